// Static content: readable and complete without JavaScript; only a tiny enhancement script is loaded.
export const csr = false;
