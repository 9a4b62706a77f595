import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: adapter(),
		// Root-relative asset paths: a deep unknown path gets the same small page, not `../` repeated per level.
		paths: { relative: false },
		// Stylesheets go inline (the design tokens' sheet is about 8 kB): no render-blocking request
		// before the first paint.
		inlineStyleThreshold: 16384,
		// Canonical and alternate links in prerendered pages are absolute: set ORIGIN when building for a real domain.
		prerender: {
			origin: process.env.ORIGIN ?? 'http://localhost:3000',
			entries: ['*', '/fr', '/nl', '/en'],
			handleMissingId: 'fail'
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-src': ['self']
			}
		}
	}
};

export default config;
