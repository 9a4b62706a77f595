/**
 * Headers every response carries, static files included: the production server sets them before
 * SvelteKit or its static file handler answers. Only the embed route may be framed by other sites.
 * Also bundled into the production server (build/server.js).
 */
export function isEmbedPath(pathname: string): boolean {
	return pathname === '/embed' || pathname.startsWith('/embed/');
}

export function frameAncestors(pathname: string): string {
	return isEmbedPath(pathname) ? 'frame-ancestors *' : "frame-ancestors 'none'";
}

export function securityHeaders(pathname: string): Record<string, string> {
	const headers: Record<string, string> = {
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'no-referrer',
		'permissions-policy':
			'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
		'cross-origin-opener-policy': 'same-origin',
		// Prerendered pages carry their script hashes in a meta CSP; this header adds what a meta tag cannot.
		'content-security-policy': `${frameAncestors(pathname)}; object-src 'none'; base-uri 'self'`
	};
	if (!isEmbedPath(pathname)) headers['x-frame-options'] = 'DENY';
	return headers;
}
