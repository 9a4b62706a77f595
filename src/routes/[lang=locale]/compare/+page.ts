// Reads the query (?roles=a,b,c), so it is rendered on the server per request; it needs no JavaScript.
export const prerender = false;
export const csr = false;
