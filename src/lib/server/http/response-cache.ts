/**
 * A bounded in-memory cache of whole responses, for pages that are a pure function of their path
 * (results: the share code holds everything, and the content version is fixed for the process).
 * The production server answers hits itself, without SvelteKit: one write of a ready buffer. Least
 * recently used entries go first once either bound is reached. Every entry carries an ETag, so
 * browsers and proxies revalidate with a 304 instead of a new body.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

export type CachedResponse = {
	status: number;
	headers: OutgoingHttpHeaders;
	body: Buffer;
	etag: string;
};

export type ResponseCache = {
	get(key: string): CachedResponse | undefined;
	/** Keeps a response if it may be kept (an expected status, no cookie); returns the entry. */
	put(
		key: string,
		status: number,
		headers: OutgoingHttpHeaders,
		body: Buffer
	): CachedResponse | null;
	send(req: IncomingMessage, res: ServerResponse, entry: CachedResponse): void;
};

/** Headers that belong to one connection or one transfer, not to the page. */
const PER_RESPONSE = ['connection', 'content-length', 'transfer-encoding', 'date', 'keep-alive'];

export function createResponseCache(options: {
	maxEntries: number;
	maxBytes: number;
	cacheControl: string;
	/** Statuses worth keeping: a page and its "not found" answer are both deterministic. */
	statuses: number[];
}): ResponseCache {
	const entries = new Map<string, CachedResponse>();
	let bytes = 0;

	function get(key: string): CachedResponse | undefined {
		const entry = entries.get(key);
		if (entry) {
			// Most recently used goes last, so eviction takes the least recently used first.
			entries.delete(key);
			entries.set(key, entry);
		}
		return entry;
	}

	function put(
		key: string,
		status: number,
		headers: OutgoingHttpHeaders,
		body: Buffer
	): CachedResponse | null {
		if (!options.statuses.includes(status) || headers['set-cookie'] !== undefined) return null;
		const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
		const kept: OutgoingHttpHeaders = { ...headers };
		for (const name of PER_RESPONSE) delete kept[name];
		const entry = {
			status,
			headers: { ...kept, 'cache-control': options.cacheControl, etag },
			body,
			etag
		};
		if (body.byteLength > options.maxBytes) return entry;
		const previous = entries.get(key);
		if (previous) bytes -= previous.body.byteLength;
		entries.delete(key);
		entries.set(key, entry);
		bytes += body.byteLength;
		for (const [oldest, old] of entries) {
			if (entries.size <= options.maxEntries && bytes <= options.maxBytes) break;
			entries.delete(oldest);
			bytes -= old.body.byteLength;
		}
		return entry;
	}

	function send(req: IncomingMessage, res: ServerResponse, entry: CachedResponse): void {
		const tags = req.headers['if-none-match']?.split(',').map((tag) => tag.trim());
		if (tags?.includes(entry.etag) || tags?.includes('*')) {
			res.writeHead(304, { etag: entry.etag, 'cache-control': options.cacheControl });
			res.end();
			return;
		}
		res.writeHead(entry.status, { ...entry.headers, 'content-length': entry.body.byteLength });
		res.end(req.method === 'HEAD' ? undefined : entry.body);
	}

	return { get, put, send };
}
