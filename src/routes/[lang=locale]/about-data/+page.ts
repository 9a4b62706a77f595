// Static content: readable and complete without JavaScript, so none is shipped.
export const csr = false;
