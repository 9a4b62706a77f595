// Static content: the map and its list are complete without JavaScript; a tiny script highlights
// the visitor's top matches when the quiz saved them on this device.
export const csr = false;
