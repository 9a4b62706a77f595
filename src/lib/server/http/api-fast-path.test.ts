import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiReply, ApiRequest } from '../api';
import { apiFastPath } from './api-fast-path';
import { createAppServer } from './app-server';

// The endpoints' own code is tested through SvelteKit; here only which requests take the fast path
// and how their answers are written.
const { calls, answer } = vi.hoisted(() => {
	const calls: { route: string; param: string; body: string; locale: string; address: string }[] =
		[];
	const answer =
		(reply: ApiReply) =>
		async (request: ApiRequest, param: string): Promise<ApiReply> => {
			calls.push({
				route: request.route,
				param,
				body: await request.text(),
				locale: request.locale(),
				address: request.clientAddress()
			});
			return reply;
		};
	return { calls, answer };
});
vi.mock('../hot-endpoints', () => ({
	postShare: answer({
		status: 201,
		headers: { 'cache-control': 'no-store' },
		json: { outcome: 'added' }
	}),
	postEvent: answer({ status: 204, headers: { 'cache-control': 'no-store' } })
}));

const fastPath = apiFastPath({})!;
const { server } = createAppServer({
	handler: (_req, res) => {
		res.writeHead(299, { 'content-type': 'text/plain' });
		res.end('sveltekit');
	},
	fastPath: () => fastPath,
	log: () => {}
});
let base = '';
beforeAll(async () => {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
	fetch(`${base}${path}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body
	});

describe('apiFastPath', () => {
	it('answers a share and a count itself, with the JSON body, status and headers of the reply', async () => {
		calls.length = 0;
		const shared = await post('/api/groups/ACDEFG/shares', '{"id":"x"}');
		expect(shared.status).toBe(201);
		expect(shared.headers.get('content-type')).toBe('application/json');
		expect(shared.headers.get('cache-control')).toBe('no-store');
		expect(shared.headers.get('x-frame-options')).toBe('DENY');
		expect(await shared.json()).toEqual({ outcome: 'added' });
		const counted = await post('/api/campaigns/abcdefabcdef/events', '{"metric":"view"}');
		expect(counted.status).toBe(204);
		expect(await counted.text()).toBe('');
		expect(calls.map(({ route, param, body }) => [route, param, body])).toEqual([
			['/api/groups/[code]/shares', 'ACDEFG', '{"id":"x"}'],
			['/api/campaigns/[id]/events', 'abcdefabcdef', '{"metric":"view"}']
		]);
		expect(calls[0]!.address).toMatch(/127\.0\.0\.1/);
	});

	it('gives errors the language SvelteKit would: ?lang=, the saved choice, then Accept-Language', async () => {
		calls.length = 0;
		await post('/api/campaigns/abcdefabcdef/events', '{}', { cookie: 'a=1; lang=en' });
		await post('/api/campaigns/abcdefabcdef/events', '{}', { 'accept-language': 'nl-BE,nl;q=0.9' });
		await post('/api/campaigns/abcdefabcdef/events', '{}');
		await post('/api/groups/ACDEFG/shares?lang=nl', '{}', { cookie: 'lang=en' });
		await post('/api/groups/ACDEFG/shares?lang=xx', '{}', { cookie: 'lang=en' });
		expect(calls.map((c) => c.locale)).toEqual(['en', 'nl', 'fr', 'nl', 'en']);
	});

	it('leaves everything else to SvelteKit', async () => {
		calls.length = 0;
		const others = [
			post('/api/campaigns/abcdefabcdef/events/', '{}'),
			post('/api/campaigns/abc%64efabcdef/events', '{}'),
			post('/api/campaigns/abcdefabcdef/events', '{}', { 'content-type': 'text/plain' }),
			post('/api/campaigns/abcdefabcdef/events', 'x'.repeat(5000)),
			post('/api/groups/ACDEFG', '{}'),
			fetch(`${base}/api/groups/ACDEFG/shares`)
		];
		for (const response of await Promise.all(others)) {
			expect(response.status).toBe(299);
			expect(await response.text()).toBe('sveltekit');
		}
		expect(calls).toEqual([]);
	});

	it('is off with API_FAST_PATH=off, or when the address comes from a header', () => {
		expect(apiFastPath({ API_FAST_PATH: 'off' })).toBeUndefined();
		expect(apiFastPath({ ADDRESS_HEADER: 'x-forwarded-for' })).toBeUndefined();
		expect(apiFastPath({ ENV_PREFIX: 'APP_', APP_ADDRESS_HEADER: 'x-real-ip' })).toBeUndefined();
		expect(apiFastPath({})).toBeTypeOf('function');
	});
});
