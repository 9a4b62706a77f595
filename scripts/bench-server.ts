/**
 * Server benchmark against the production build (run `npm run build` first): starts the production
 * server and, for a role page, the quiz page and a results page, keeps 50 connections busy and prints
 * requests per second and latency (p50, p99) with the error count. Budget for results pages:
 * >= 2,000 req/s with p99 < 50 ms and no errors. Prints figures, never fails on a missed budget.
 * Usage: npm run bench:server [-- --seconds 5 --connections 50]
 */
import { Agent, request } from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from './bench/server.ts';
import { sampleShareCode } from './sample-code.ts';

const { values } = parseArgs({
	options: {
		seconds: { type: 'string', default: '5' },
		connections: { type: 'string', default: '50' }
	}
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(`${root}build/server.js`)) {
	console.error('bench:server: no production build in build/ — run `npm run build` first.');
	process.exit(1);
}

type Figures = { requests: number; errors: number; perSecond: number; p50: number; p99: number };

/** `connections` loops, each sending its next request when the last answer is read in full. */
async function load(origin: string, path: string, durationMs: number): Promise<Figures> {
	const agent = new Agent({ keepAlive: true, maxSockets: connections });
	const latencies: number[] = [];
	let errors = 0;
	const end = performance.now() + durationMs;
	const once = () =>
		new Promise<void>((resolve) => {
			const started = performance.now();
			const req = request(
				`${origin}${path}`,
				{ agent, headers: { 'accept-encoding': 'gzip', accept: 'text/html' } },
				(res) => {
					res.on('data', () => {});
					res.on('end', () => {
						if (res.statusCode === 200) latencies.push(performance.now() - started);
						else errors++;
						resolve();
					});
				}
			);
			req.on('error', () => {
				errors++;
				resolve();
			});
			req.end();
		});
	const started = performance.now();
	await Promise.all(
		Array.from({ length: connections }, async () => {
			while (performance.now() < end) await once();
		})
	);
	const elapsed = (performance.now() - started) / 1000;
	agent.destroy();
	latencies.sort((a, b) => a - b);
	const at = (q: number) =>
		latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
	return {
		requests: latencies.length,
		errors,
		perSecond: latencies.length / elapsed,
		p50: at(0.5),
		p99: at(0.99)
	};
}

const code = await sampleShareCode();
const pages = [
	{ name: 'role page', path: '/en/roles/customer-service-advisor' },
	{ name: 'quiz page', path: '/en/quiz' },
	{ name: 'results page', path: `/en/results/${code}`, budget: { perSecond: 2000, p99: 50 } }
];

const server = await startServer(root);
try {
	console.log(
		`bench:server: ${connections} connections, ${seconds} s per page, after 1 s of warm-up`
	);
	// The client runs on the same machine; other load there shows in the latency tail.
	console.log(
		`machine: ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} before the run`
	);
	for (const page of pages) {
		await load(server.origin, page.path, 1000);
		const f = await load(server.origin, page.path, seconds * 1000);
		const budget = page.budget
			? ` (budget >= ${page.budget.perSecond} req/s, p99 < ${page.budget.p99} ms, no errors: ${
					f.perSecond >= page.budget.perSecond && f.p99 < page.budget.p99 && f.errors === 0
						? 'met'
						: 'MISSED'
				})`
			: '';
		console.log(
			`${page.name.padEnd(13)} ${f.perSecond.toFixed(0).padStart(6)} req/s  p50 ${f.p50.toFixed(1)} ms  p99 ${f.p99.toFixed(1)} ms  errors ${f.errors}${budget}`
		);
	}
} finally {
	await server.stop();
}
