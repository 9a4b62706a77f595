/**
 * Production server: SvelteKit's Node handler behind the security headers. adapter-node serves
 * prerendered pages as static files, past the `handle` hook, so the headers are set here.
 */
import { createServer } from 'node:http';
import { securityHeaders } from './src/lib/server/security-headers.ts';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
// Absolute links on server-rendered pages (share links) use ORIGIN; without it adapter-node assumes
// https. Locally that is this plain-http server; in production set ORIGIN to the public address.
process.env.ORIGIN ??= `http://localhost:${port}`;
// @ts-expect-error the build output has no type declarations
const { handler } = await import('./build/handler.js');

createServer((req, res) => {
	const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
	for (const [name, value] of Object.entries(securityHeaders(pathname))) res.setHeader(name, value);
	handler(req, res);
}).listen(port, host, () => {
	console.log(`Contact Careers is listening on http://localhost:${port}`);
});
