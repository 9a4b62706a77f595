// Static content: the focused map is plain links and lists, complete without JavaScript. Set on the
// layout so the 404 for an unknown id ships no Svelte client either.
export const csr = false;
