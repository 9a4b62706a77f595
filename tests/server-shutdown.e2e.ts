/**
 * Graceful shutdown of the production server (build output alone): on SIGTERM or SIGINT it stops
 * accepting, answers every request it has begun to receive, then exits 0; a request that never
 * completes is cut off at SHUTDOWN_TIMEOUT and the exit code says so.
 */
import { expect, test } from '@playwright/test';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { sampleShareCode } from '../scripts/sample-code.ts';
import { deployment, startProduction } from './server/production.ts';

test.describe.configure({ mode: 'serial' });

let dir: string;
let dispose: () => void;
test.beforeAll(() => ({ dir, dispose } = deployment()));
test.afterAll(() => dispose?.());

type Outcome = 'complete' | 'truncated' | 'refused' | 'reset before an answer';

/** One GET on its own connection: was the answer complete, cut, or never begun? */
function fetchOnce(port: number, path: string): Promise<Outcome> {
	return new Promise((resolve) => {
		let received = 0;
		let answered = false;
		const req = request({ port, host: '127.0.0.1', path, agent: false }, (res) => {
			answered = true;
			const expected = Number(res.headers['content-length'] ?? NaN);
			res.on('data', (chunk: Buffer) => (received += chunk.length));
			res.on('end', () =>
				resolve(Number.isNaN(expected) || received === expected ? 'complete' : 'truncated')
			);
			res.on('error', () => resolve('truncated'));
		});
		req.on('error', (error: NodeJS.ErrnoException) =>
			resolve(
				answered
					? 'truncated'
					: error.code === 'ECONNREFUSED'
						? 'refused'
						: 'reset before an answer'
			)
		);
		req.end();
	});
}

/** Opens a connection and sends a request without its final blank line: begun, not complete. */
function begin(port: number, path: string): Promise<{ socket: Socket; answer: Promise<string> }> {
	return new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1', () => {
			socket.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\n`);
			const chunks: Buffer[] = [];
			socket.on('data', (d) => chunks.push(d));
			const answer = new Promise<string>((done) =>
				socket.on('close', () => done(Buffer.concat(chunks).toString('utf8')))
			);
			resolve({ socket, answer });
		});
	});
}

function expectComplete(answer: string, path: string): void {
	const [head = '', body = ''] = answer.split('\r\n\r\n');
	expect(head, path).toMatch(/^HTTP\/1\.1 200 /);
	expect(head.toLowerCase(), path).toContain('connection: close');
	const length = Number(/content-length: (\d+)/i.exec(head)?.[1]);
	expect(Buffer.byteLength(answer.slice(head.length + 4)), path).toBe(length);
	expect(body.length, path).toBeGreaterThan(0);
}

test('SIGTERM under load: requests in flight are answered in full, then the process exits 0', async () => {
	test.setTimeout(60_000);
	const code = await sampleShareCode();
	const server = await startProduction(dir);
	const paths = [
		`/en/results/${code}`,
		'/en/quiz',
		'/fr/roles/trainer',
		'/nl',
		`/fr/results/${code}`
	];

	// Requests the server has begun to receive when the signal comes (opened before the load, so the
	// server has accepted their connections even on a busy machine).
	const begun = await Promise.all(paths.map((path) => begin(server.port, path)));
	await new Promise((r) => setTimeout(r, 200));

	let signalled = false;
	const outcomes: Outcome[] = [];
	const load = Array.from({ length: 24 }, async (_, i) => {
		for (let n = 0; ; n++) {
			const outcome = await fetchOnce(server.port, paths[(i + n) % paths.length]!);
			outcomes.push(outcome);
			if (signalled && outcome !== 'complete') return;
		}
	});

	// The load is running: enough complete answers before the signal (however busy the machine).
	await expect
		.poll(() => outcomes.filter((o) => o === 'complete').length, { timeout: 30_000 })
		.toBeGreaterThan(20);
	signalled = true;
	server.child.kill('SIGTERM');
	await new Promise((r) => setTimeout(r, 300));
	expect(server.alive(), 'still running while requests are in flight').toBe(true);
	for (const { socket } of begun) socket.write('\r\n');
	const answers = await Promise.all(begun.map(({ answer }) => answer));
	answers.forEach((answer, i) => expectComplete(answer, paths[i]!));

	expect(await server.exited).toBe(0);
	await Promise.all(load);
	expect(
		outcomes.filter((o) => o === 'truncated'),
		'answers cut off'
	).toEqual([]);
	// Connections the kernel queued but the server never accepted may be reset instead of refused.
	expect(outcomes, 'new connections are refused once stopped').toContain('refused');
	expect(server.output()).toContain('SIGTERM: finishing requests in flight');
});

test('SIGINT with nothing in flight exits 0 at once; /healthz and HSTS until then', async () => {
	const hsts = 'max-age=63072000; includeSubDomains';
	const server = await startProduction(dir, { HSTS: hsts });
	const health = await fetch(`${server.origin}/healthz`);
	expect(health.status).toBe(200);
	expect(await health.json()).toEqual({ status: 'ok' });
	// HSTS, when configured, goes on every answer, static pages included.
	expect(health.headers.get('strict-transport-security')).toBe(hsts);
	const home = await fetch(`${server.origin}/en`);
	expect(home.headers.get('strict-transport-security')).toBe(hsts);
	const started = Date.now();
	server.child.kill('SIGINT');
	expect(await server.exited).toBe(0);
	expect(Date.now() - started).toBeLessThan(2000);
	// Built and started without ORIGIN: the server says links point at this machine.
	expect(server.output()).toMatch(/Warning: links in pages point at http:\/\/localhost:3000/);
});

test('a request that never completes is cut off at SHUTDOWN_TIMEOUT, and the exit code is 1', async () => {
	const server = await startProduction(dir, { SHUTDOWN_TIMEOUT: '700' });
	const stuck = await begin(server.port, '/en');
	const started = Date.now();
	server.child.kill('SIGTERM');
	expect(await server.exited).toBe(1);
	expect(Date.now() - started).toBeGreaterThanOrEqual(600);
	expect(Date.now() - started).toBeLessThan(5000);
	await stuck.answer;
	expect(server.output()).toContain('cut off');
});
