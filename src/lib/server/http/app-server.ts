/**
 * The production HTTP server around SvelteKit's Node handler: security headers on every answer
 * (static files and Node's own parse errors included), guards against requests the handler would
 * crash on, one brief log line per failure, a health endpoint, and a graceful shutdown.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { securityHeaders } from '../security-headers';
import type { FastPath } from './fast-path';
import { isRoutablePath, loggedPath, rangeDecision } from './request-guard';
import type { ResponseCache } from './response-cache';

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

export type AppServerOptions = {
	handler: Handler;
	/** The Strict-Transport-Security value, when the site is only reached over HTTPS. */
	hsts?: string;
	log?: (line: string) => void;
	/** Pages kept whole in memory: the paths (never with a query) and the cache. */
	cache?: { cacheable: (pathname: string) => boolean; store: ResponseCache };
	/** Answers some requests before the handler (looked up on each request: it may come later). */
	fastPath?: () => FastPath | undefined;
};

export type AppServer = {
	server: Server;
	/** Stops accepting, lets requests in flight finish within `timeoutMs`; true if all finished. */
	shutdown: (timeoutMs: number) => Promise<boolean>;
};

const REASONS: Record<number, string> = {
	400: 'Bad Request',
	408: 'Request Timeout',
	416: 'Range Not Satisfiable',
	431: 'Request Header Fields Too Large',
	500: 'Internal Server Error',
	503: 'Service Unavailable'
};

/**
 * Lets a handler write its response into memory instead of the socket (it writes the way SvelteKit's
 * Node adapter does: headers, status, body chunks, end), then hands the body to `done`.
 */
function buffered(res: ServerResponse, done: (body: Buffer) => void): void {
	const chunks: Buffer[] = [];
	const take = (chunk: unknown, encoding: unknown) => {
		if (typeof chunk === 'string')
			chunks.push(
				Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
			);
		else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
	};
	const callback = (args: unknown[]) => args.find((a): a is () => void => typeof a === 'function');
	Object.assign(res, {
		writeHead(status: number, ...rest: unknown[]) {
			res.statusCode = status;
			const headers = rest.find((a) => typeof a === 'object' && a !== null && !Array.isArray(a));
			for (const [name, value] of Object.entries(headers ?? {}))
				res.setHeader(name, value as string);
			return res;
		},
		write(chunk: unknown, ...rest: unknown[]) {
			take(chunk, rest[0]);
			callback(rest)?.();
			return true;
		},
		end(chunk?: unknown, ...rest: unknown[]) {
			take(chunk, rest[0]);
			// Back to the real methods (these own properties shadow the prototype's).
			for (const name of ['writeHead', 'write', 'end'])
				delete (res as unknown as Record<string, unknown>)[name];
			done(Buffer.concat(chunks));
			callback(rest)?.();
			return res;
		}
	});
}

export function createAppServer({
	handler,
	hsts,
	log = console.error,
	cache,
	fastPath
}: AppServerOptions): AppServer {
	let draining = false;
	/** Sockets with a response in progress: a parse error on them must not write into that response. */
	const busy = new WeakSet<Socket>();
	const inFlight = new Set<ServerResponse>();

	function headersFor(pathname: string): Record<string, string> {
		const headers = securityHeaders(pathname);
		if (hsts) headers['strict-transport-security'] = hsts;
		return headers;
	}

	function plain(res: ServerResponse, status: number): void {
		const body = `${REASONS[status] ?? 'Error'}\n`;
		res.writeHead(status, {
			'content-type': 'text/plain; charset=utf-8',
			'content-length': Buffer.byteLength(body),
			'cache-control': 'no-store'
		});
		res.end(res.req.method === 'HEAD' ? undefined : body);
	}

	function fail(req: IncomingMessage, res: ServerResponse, error: unknown): void {
		const reason =
			error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : 'error';
		log(`500 ${req.method} ${loggedPath(req.url ?? '')} ${reason.slice(0, 200)}`);
		if (res.headersSent) res.destroy();
		else plain(res, 500);
	}

	function health(res: ServerResponse): void {
		const body = JSON.stringify({ status: draining ? 'stopping' : 'ok' });
		res.writeHead(draining ? 503 : 200, {
			'content-type': 'application/json',
			'content-length': Buffer.byteLength(body),
			'cache-control': 'no-store'
		});
		res.end(res.req.method === 'HEAD' ? undefined : body);
	}

	// Node would refuse a missing Host itself, without these headers: the check is done below instead.
	const server = createServer({ requireHostHeader: false }, (req, res) => {
		busy.add(req.socket);
		inFlight.add(res);
		res.once('close', () => {
			busy.delete(req.socket);
			inFlight.delete(res);
			if (draining) setImmediate(() => server.closeIdleConnections());
		});
		// An aborted upload is the client's business; without a listener it would end the process.
		req.once('error', () => res.destroy());
		// So would a file that fails to read: the static file server pipes files without a listener.
		res.on('pipe', (source) => source.once('error', () => res.destroy()));
		if (draining) res.setHeader('connection', 'close');

		const target = req.url ?? '';
		const hostless = req.httpVersion !== '1.0' && !req.headers.host;
		if (hostless || !isRoutablePath(target)) {
			for (const [name, value] of Object.entries(headersFor('/'))) res.setHeader(name, value);
			return plain(res, 400);
		}
		const { pathname, search } = new URL(target, 'http://localhost');
		for (const [name, value] of Object.entries(headersFor(pathname))) res.setHeader(name, value);
		if (pathname === '/healthz') return health(res);

		const range = req.headers.range;
		if (range !== undefined) {
			const decision = rangeDecision(range);
			if (decision.action === 'unsatisfiable') return plain(res, 416);
			if (decision.action === 'ignore') delete req.headers.range;
			if (decision.action === 'rewrite') req.headers.range = decision.value;
		}

		if (
			cache &&
			!search &&
			(req.method === 'GET' || req.method === 'HEAD') &&
			cache.cacheable(pathname)
		) {
			const hit = cache.store.get(pathname);
			if (hit) return cache.store.send(req, res, hit);
			if (req.method === 'GET')
				buffered(res, (body) => {
					const entry = cache.store.put(pathname, res.statusCode, res.getHeaders(), body);
					if (entry) cache.store.send(req, res, entry);
					else res.end(body);
				});
		}

		try {
			if (fastPath?.()?.(req, res, pathname, search)) return;
			const result = handler(req, res);
			if (result instanceof Promise) result.catch((error: unknown) => fail(req, res, error));
		} catch (error) {
			fail(req, res, error);
		}
	});

	// Node answers unparseable requests itself, on the raw socket: the same headers go on those.
	server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
		if (error.code === 'ECONNRESET' || !socket.writable || busy.has(socket)) {
			socket.destroy();
			return;
		}
		const status =
			error.code === 'HPE_HEADER_OVERFLOW'
				? 431
				: error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
					? 408
					: 400;
		const body = `${REASONS[status]}\n`;
		const headers = {
			...headersFor('/'),
			'content-type': 'text/plain; charset=utf-8',
			'content-length': String(Buffer.byteLength(body)),
			connection: 'close'
		};
		const head = Object.entries(headers)
			.map(([name, value]) => `${name}: ${value}\r\n`)
			.join('');
		socket.end(`HTTP/1.1 ${status} ${REASONS[status]}\r\n${head}\r\n${body}`);
	});

	function shutdown(timeoutMs: number): Promise<boolean> {
		draining = true;
		return new Promise((resolve) => {
			const timer = setTimeout(() => {
				server.closeAllConnections();
				resolve(false);
			}, timeoutMs);
			server.close(() => {
				clearTimeout(timer);
				resolve(true);
			});
			// Answers still being prepared close their connection when sent; idle ones close now.
			for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
			server.closeIdleConnections();
		});
	}

	return { server, shutdown };
}
