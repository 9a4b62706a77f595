import { dev } from '$app/environment';

// Pages are complete without JavaScript and ship no Svelte client; a page that needs one says
// `csr = true`, and interactive parts elsewhere are islands (see $lib/ui/island.ts). In development
// the client stays on for hot reload.
export const csr = dev;
