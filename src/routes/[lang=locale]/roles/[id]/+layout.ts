// Static content: readable and complete without JavaScript; only a tiny enhancement script is loaded.
// Set on the layout (not the page) so the 404 for an unknown id, rendered by +error.svelte here,
// ships no Svelte client either.
export const csr = false;
