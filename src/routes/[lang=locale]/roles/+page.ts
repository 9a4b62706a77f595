// Prerendered with every role; filtering and search are a small enhancement script, not a Svelte client.
export const csr = false;
