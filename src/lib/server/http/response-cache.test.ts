import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createResponseCache } from './response-cache';

const options = {
	maxEntries: 2,
	maxBytes: 1000,
	cacheControl: 'public, max-age=60',
	statuses: [200, 404]
};
const page = (text: string) => Buffer.from(text);
const html = { 'content-type': 'text/html', connection: 'close', 'content-length': '4' };

describe('createResponseCache', () => {
	it('keeps pages and their "not found" answers, not failures or answers with cookies', () => {
		const cache = createResponseCache(options);
		expect(cache.put('/a', 200, html, page('a'))).not.toBeNull();
		expect(cache.put('/b', 404, html, page('b'))?.status).toBe(404);
		expect(cache.put('/c', 500, html, page('c'))).toBeNull();
		expect(cache.put('/d', 200, { ...html, 'set-cookie': 'x=1' }, page('d'))).toBeNull();
		expect(cache.get('/a')?.body.toString()).toBe('a');
		expect(cache.get('/c')).toBeUndefined();
	});

	it('drops per-connection headers and adds Cache-Control and an ETag of the body', () => {
		const cache = createResponseCache(options);
		const a = cache.put('/a', 200, html, page('same'))!;
		const b = cache.put('/b', 200, html, page('same'))!;
		const c = cache.put('/c', 200, html, page('other'))!;
		expect(a.headers).toEqual({
			'content-type': 'text/html',
			'cache-control': 'public, max-age=60',
			etag: a.etag
		});
		expect(a.etag).toBe(b.etag);
		expect(a.etag).not.toBe(c.etag);
	});

	it('evicts the least recently used entry beyond its count or its bytes', () => {
		const cache = createResponseCache(options);
		cache.put('/a', 200, html, page('a'));
		cache.put('/b', 200, html, page('b'));
		cache.get('/a');
		cache.put('/c', 200, html, page('c'));
		expect([cache.get('/a'), cache.get('/b'), cache.get('/c')].map((e) => !!e)).toEqual([
			true,
			false,
			true
		]);
		const small = createResponseCache({ ...options, maxEntries: 10, maxBytes: 10 });
		small.put('/x', 200, html, page('123456'));
		small.put('/y', 200, html, page('123456'));
		expect(small.get('/x')).toBeUndefined();
		expect(small.get('/y')).toBeDefined();
		small.put('/huge', 200, html, page('x'.repeat(11)));
		expect(small.get('/huge')).toBeUndefined();
	});

	describe('send', () => {
		const cache = createResponseCache(options);
		const entry = cache.put('/a', 200, html, page('hello'))!;
		const server = createServer((req, res) => cache.send(req, res, entry)).listen(0);
		const url = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/a`;
		afterAll(() => void server.close());

		it('sends the page with its length, validators and headers', async () => {
			const response = await fetch(url());
			expect(response.status).toBe(200);
			expect(await response.text()).toBe('hello');
			expect(response.headers.get('content-length')).toBe('5');
			expect(response.headers.get('etag')).toBe(entry.etag);
			expect(response.headers.get('cache-control')).toBe('public, max-age=60');
		});

		it('answers 304 without a body when the browser already has this version', async () => {
			const response = await fetch(url(), { headers: { 'if-none-match': `"x", ${entry.etag}` } });
			expect(response.status).toBe(304);
			expect(await response.text()).toBe('');
			const other = await fetch(url(), { headers: { 'if-none-match': '"x"' } });
			expect(other.status).toBe(200);
		});
	});
});
