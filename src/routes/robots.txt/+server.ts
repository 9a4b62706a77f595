import type { RequestHandler } from './$types';

export const prerender = true;

// Prerendered rather than a static file: the Sitemap line must be an absolute URL on the configured ORIGIN.
export const GET: RequestHandler = ({ url }) =>
	new Response(
		`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', url.origin).href}\n`,
		{
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		}
	);
