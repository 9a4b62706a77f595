/**
 * Fault injection against the production server as deployed (build output alone, started with the
 * `start` script's command): hostile paths, headers, methods and bodies, a fixed corpus and generated
 * ones, sent over raw sockets. No request may stop the server or get a 5xx; every answer carries the
 * security headers; afterwards every page type still serves.
 */
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sampleShareCode } from '../scripts/sample-code.ts';
import { expectEveryPageServes } from './server/pages.ts';
import { deployment, startProduction, type RunningServer } from './server/production.ts';
import { rawRequest, type RawResponse } from './server/raw.ts';

test.describe.configure({ mode: 'serial' });

let server: RunningServer;
let dir: string;
let dispose: () => void;
let code: string;

test.beforeAll(async () => {
	({ dir, dispose } = deployment());
	server = await startProduction(dir);
	code = await sampleShareCode();
});

test.afterAll(async () => {
	await server?.stop();
	dispose?.();
});

const get = (target: string, headers: string[] = []) =>
	[`GET ${target} HTTP/1.1`, 'Host: localhost', ...headers, 'Connection: close', '', ''].join(
		'\r\n'
	);

/** An answer that is not a server failure, with the security headers; or no answer at all. */
function expectHandled(response: RawResponse, label: string): void {
	if (response.status === null) return;
	expect(response.status, label).toBeLessThan(500);
	expect(response.headers['x-content-type-options'], label).toBe('nosniff');
	expect(response.headers['content-security-policy'], label).toContain('frame-ancestors');
}

test('the build output runs on its own: build/, package.json and production dependencies', async () => {
	// Besides what was copied, only the database folder the server creates at start (DATA_DIR).
	expect(
		readdirSync(dir)
			.filter((name) => name !== 'data')
			.sort()
	).toEqual(['build', 'node_modules', 'package.json']);
	const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
		dependencies: Record<string, string>;
		devDependencies: Record<string, string>;
	};
	const installed = readdirSync(join(dir, 'node_modules')).flatMap((name) =>
		name.startsWith('@')
			? readdirSync(join(dir, 'node_modules', name)).map((n) => `${name}/${n}`)
			: [name]
	);
	expect(installed).toEqual(expect.arrayContaining(Object.keys(pkg.dependencies)));
	expect(installed.filter((name) => name in pkg.devDependencies)).toEqual([]);
	await expectEveryPageServes(server.origin, code);
});

test('the reported crashes answer 400 and 416, and the server keeps serving', async () => {
	for (const path of ['//', '///', '/\\', '//[', '//x:99999/', '//%zz/en']) {
		const response = await rawRequest(server.port, get(path));
		expect(response.status, path).toBe(400);
		expectHandled(response, path);
	}
	for (const range of ['bytes=2-1', 'bytes=99999999999999999999-']) {
		for (const path of ['/en', '/favicon.svg', `/en/results/${code}`]) {
			const response = await rawRequest(server.port, get(path, [`Range: ${range}`]));
			expect([416, 200], `${path} ${range}`).toContain(response.status);
			expectHandled(response, `${path} ${range}`);
		}
		expect((await rawRequest(server.port, get('/en', [`Range: ${range}`]))).status).toBe(416);
	}
	const huge = await rawRequest(server.port, get('/en', ['Range: bytes=0-99999999999999999999']));
	expect(huge.status).toBe(206);
	expect(server.alive()).toBe(true);
	await expectEveryPageServes(server.origin, code);
});

const deep = `/${'a/'.repeat(4000)}`;
const CORPUS: { label: string; request: string | Buffer; status?: (number | null)[] }[] = [
	// Paths
	...[
		'*',
		'http://evil.example/en',
		'/en/%',
		'/%zz',
		'/en/../../etc/passwd',
		'/%2e%2e/%2e%2e/etc/passwd'
	]
		.concat([
			'/_app/../../package.json',
			'/en/results/../../..//evil.example',
			'/en/%00',
			'/en/%C0%AE'
		])
		.concat([
			'/build/server.js',
			'/.env',
			'/en/roles/%3Cscript%3E',
			'/en/results/%3Cimg%20src%3Dx%3E'
		])
		.map((path) => ({ label: `path ${path}`, request: get(path) })),
	{ label: 'deep unknown path', request: get(deep), status: [404] },
	{
		label: 'deep unknown path in a language',
		request: get(`/en${deep.slice(0, -1)}`),
		status: [404]
	},
	{ label: 'path over the header limit', request: get(`/${'a'.repeat(20_000)}`), status: [431] },
	{
		label: 'raw bytes in the path',
		request: Buffer.from('GET /en/\xff\xfe HTTP/1.1\r\nHost: x\r\n\r\n', 'latin1')
	},
	// The language switch
	...[
		'/en/../..//',
		'%2F%2Fevil.example',
		'%2Fen%2F%0D%0ASet-Cookie%3A%20x%3D1',
		'%00',
		'%2Fen%2F%E9',
		'%2Fen%2F%C3%A9'
	].map((to) => ({
		label: `language to ${to}`,
		request: get(`/language?to=${to}`),
		status: [303]
	})),
	// Range
	...[
		'bytes=-0',
		'bytes=-1',
		'bytes=0-1,2-3',
		'bytes=abc',
		'bytes=9999999-',
		'bytes=0-0',
		'items=0-1',
		'bytes=1-0',
		'bytes= 1-2'
	].flatMap((range) =>
		['/en', '/favicon.svg', '/en/quiz'].map((path) => ({
			label: `range ${range} on ${path}`,
			request: get(path, [`Range: ${range}`]),
			status: [200, 206, 416]
		}))
	),
	// Host
	{ label: 'no Host', request: 'GET /en HTTP/1.1\r\nConnection: close\r\n\r\n', status: [400] },
	{
		label: 'two Hosts',
		request: 'GET /en/quiz HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n',
		status: [400, 200]
	},
	{
		label: 'odd Host',
		request: get('/en/results/x').replace('Host: localhost', 'Host: evil.example:99999/x?@')
	},
	{ label: 'empty Host', request: get('/fr').replace('Host: localhost', 'Host: ') },
	{ label: 'HTTP/1.0 without Host', request: 'GET /en HTTP/1.0\r\n\r\n', status: [200] },
	// Accept-Language and Cookie
	...[
		'Accept-Language: ' + 'en;q=0.9,'.repeat(800),
		'Accept-Language: *;q=NaN, nl;q=-1, fr;q=1e999',
		'Accept-Language: \xff\xfe',
		'Cookie: lang=%zz',
		'Cookie: lang=en; lang=fr; lang',
		'Cookie: ' + 'x=1; '.repeat(3000),
		'Cookie: lang=\u0000'
	].flatMap((header) =>
		['/', '/en/no-such-page', '/language?to=/nl'].map((path) => ({
			label: `${header.slice(0, 30)} on ${path}`,
			request: Buffer.from(get(path, [header]), 'latin1')
		}))
	),
	// Content-Length, Transfer-Encoding, bodies and methods
	{
		label: 'negative Content-Length',
		request: 'POST /en HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
		status: [400]
	},
	{
		label: 'text Content-Length',
		request: 'POST /en HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n',
		status: [400]
	},
	{
		label: 'two Content-Lengths',
		request: 'POST /en HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab',
		status: [400]
	},
	{
		label: 'Content-Length and chunked',
		request:
			'POST /language HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
		status: [400]
	},
	{
		label: 'bad chunk',
		request:
			'POST /language HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n',
		status: [400, 405, null]
	},
	{
		label: 'body shorter than announced',
		request: 'POST /language HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc'
	},
	{
		label: 'body over the size limit',
		request: `POST /language HTTP/1.1\r\nHost: x\r\nContent-Length: 700000\r\nConnection: close\r\n\r\n${'a'.repeat(700_000)}`
	},
	{
		label: 'JSON to a results page',
		request: `POST /en/results/${'A'.repeat(20)} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`
	},
	{
		label: 'form to the home page',
		request:
			'POST /en HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\nConnection: close\r\n\r\na=1'
	},
	...['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'FOO', 'get', 'HEAD'].map((method) => ({
		label: `method ${method}`,
		request: `${method} /en/quiz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`
	})),
	{
		label: 'CONNECT',
		request: 'CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n'
	},
	{
		label: 'Expect: 100-continue',
		request:
			'POST /en HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello'
	},
	{
		label: 'Upgrade: websocket',
		request: get('/en', [
			'Upgrade: websocket',
			'Connection: Upgrade',
			'Sec-WebSocket-Key: x',
			'Sec-WebSocket-Version: 13'
		])
	},
	{ label: 'HTTP/2 preface', request: 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', status: [400] },
	{ label: 'garbage', request: Buffer.from([0, 1, 2, 255, 13, 10, 13, 10]), status: [400] },
	{ label: 'unknown HTTP version', request: 'GET /en HTTP/9.9\r\nHost: x\r\n\r\n' },
	{
		label: 'pipelined, one bad',
		request: `${get('/en').replace('Connection: close\r\n', '')}GET // HTTP/1.1\r\nHost: x\r\n\r\n`
	}
];

test('a corpus of hostile requests gets 4xx or normal answers, never a failure', async () => {
	test.setTimeout(120_000);
	for (const { label, request, status } of CORPUS) {
		const response = await rawRequest(server.port, request);
		expectHandled(response, label);
		if (status) expect(status, `${label}: got ${response.status}`).toContain(response.status);
		expect(server.alive(), `server alive after ${label}`).toBe(true);
	}
	const deepAnswer = await rawRequest(server.port, get(deep));
	expect(deepAnswer.text.length, 'a deep unknown path gets a small answer').toBeLessThan(20_000);
	await expectEveryPageServes(server.origin, code);
});

test('generated requests never fail the server', async () => {
	test.setTimeout(180_000);
	const printable = fc.string({
		unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)),
		maxLength: 60
	});
	const anyByte = fc.string({
		unit: fc.integer({ min: 0, max: 255 }).map((c) => String.fromCharCode(c)),
		maxLength: 40
	});
	const path = fc.oneof(
		printable.map((p) => `/${p}`),
		printable.map((p) => `//${p}`),
		fc
			.constantFrom('/en', '/fr/roles', '/nl/quiz', `/en/results/`, '/language?to=')
			.chain((base) => printable.map((p) => base + p)),
		fc.webPath(),
		anyByte.map((p) => `/${p}`)
	);
	const header = fc.oneof(
		fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => `Range: bytes=${a}-${b}`),
		fc
			.tuple(fc.bigInt({ min: 0n, max: 10n ** 25n }), fc.bigInt({ min: 0n, max: 10n ** 25n }))
			.map(([a, b]) => `Range: bytes=${a}-${b}`),
		printable.map((v) => `Range: ${v}`),
		printable.map((v) => `Accept-Language: ${v}`),
		printable.map((v) => `Cookie: ${v}`),
		anyByte.map((v) => `Cookie: lang=${v}`),
		printable.map((v) => `If-None-Match: ${v}`),
		fc.integer({ min: -5, max: 5 }).map((n) => `Content-Length: ${n}`)
	);
	const method = fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'OPTIONS', 'DELETE', 'X');
	await fc.assert(
		fc.asyncProperty(method, path, fc.array(header, { maxLength: 3 }), async (m, p, headers) => {
			const request = Buffer.from(
				[`${m} ${p} HTTP/1.1`, 'Host: localhost', ...headers, 'Connection: close', '', ''].join(
					'\r\n'
				),
				'latin1'
			);
			const response = await rawRequest(server.port, request, 2000);
			expectHandled(response, `${m} ${JSON.stringify(p)} ${JSON.stringify(headers)}`);
			expect(server.alive()).toBe(true);
		}),
		{ numRuns: 300, seed: 16 }
	);
	await expectEveryPageServes(server.origin, code);
	// One brief line per failure, no hostile text: nothing was logged as a failure at all.
	expect(server.output()).not.toMatch(/\b5\d\d (GET|HEAD|POST)/);
});

test('a static file that fails to read cuts that answer only', async () => {
	const chunks = join(dir, 'build/client/_app/immutable/chunks');
	const name = readdirSync(chunks).find((file) => file.endsWith('.js'))!;
	// The file list is read at start; the file disappears afterwards.
	rmSync(join(chunks, name));
	await rawRequest(server.port, get(`/_app/immutable/chunks/${name}`));
	expect(server.alive()).toBe(true);
	await expectEveryPageServes(server.origin, code);
});
