/**
 * Production server entry. `npm run build` bundles it with what it imports into `build/server.js`,
 * next to SvelteKit's `handler.js`, so the build output runs on its own: `npm start`.
 */
import { createAppServer } from './src/lib/server/http/app-server.ts';
import { publishedFastPath } from './src/lib/server/http/fast-path.ts';
import { createResponseCache } from './src/lib/server/http/response-cache.ts';

/** The ORIGIN the build was made with ('' if none), written in by the build. */
declare const __BUILD_ORIGIN__: string;

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
const shutdownTimeout = Number(process.env.SHUTDOWN_TIMEOUT ?? 10_000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
	console.error(`PORT must be a port number, got "${process.env.PORT}"`);
	process.exit(1);
}

// Absolute links on server-rendered pages (share links) use ORIGIN, and prerendered pages carry the
// build's. Without either, links point at this machine: right for trying it out, wrong anywhere else.
const localOrigin = `http://localhost:${port}`;
process.env.ORIGIN ||= __BUILD_ORIGIN__ || localOrigin;
if (process.env.ORIGIN === localOrigin || !__BUILD_ORIGIN__) {
	console.warn(
		`Warning: links in pages point at ${__BUILD_ORIGIN__ || 'http://localhost:3000'} (build) and ` +
			`${process.env.ORIGIN} (server). For a real deployment build with ` +
			'`ORIGIN=https://your.domain npm run build:deploy`.'
	);
} else if (process.env.ORIGIN !== __BUILD_ORIGIN__) {
	console.warn(`Warning: ORIGIN is ${process.env.ORIGIN} but the build used ${__BUILD_ORIGIN__}.`);
}

// @ts-expect-error SvelteKit's handler sits next to the bundle in build/ and has no type declarations
const { handler } = await import('./handler.js');
const { server, shutdown } = createAppServer({
	handler,
	hsts: process.env.HSTS || undefined,
	// The hot API endpoints, answered without SvelteKit's Request/Response (published by the app).
	fastPath: publishedFastPath,
	// Results are a pure function of their path (the share code) for this build's content: kept whole.
	cache: {
		cacheable: (pathname) => /^\/[a-z]{2}\/results\/[\w-]+$/.test(pathname),
		store: createResponseCache({
			maxEntries: 5000,
			maxBytes: 128 * 1024 * 1024,
			cacheControl: 'public, max-age=3600',
			statuses: [200, 404]
		})
	}
});

server.once('error', (error: NodeJS.ErrnoException) => {
	console.error(`Cannot listen on ${host}:${port}: ${error.code ?? error.message}`);
	process.exit(1);
});
server.listen(port, host, () => {
	const address = server.address();
	const actual = typeof address === 'object' && address ? address.port : port;
	console.log(`Contact Careers is listening on http://localhost:${actual}`);
});

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
	process.on(signal, async () => {
		if (stopping) return;
		stopping = true;
		console.log(`${signal}: finishing requests in flight (at most ${shutdownTimeout / 1000} s)`);
		const finished = await shutdown(shutdownTimeout);
		if (!finished) console.error('Requests still in flight were cut off at the shutdown timeout');
		// The app's own resources (the database) close on SvelteKit's shutdown event; listeners add
		// what they are waiting for to the list.
		const closing: Promise<unknown>[] = [];
		(process.emit as (event: string, ...args: unknown[]) => boolean)(
			'sveltekit:shutdown',
			signal,
			closing
		);
		await Promise.allSettled(closing);
		process.exit(finished ? 0 : 1);
	});
}
