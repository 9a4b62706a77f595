// Reads the query (?roles=a,b,c), so it is rendered on the server per request.
export const prerender = false;
