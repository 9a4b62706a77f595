/**
 * Groups and campaigns under load: 50 concurrent clients (keep-alive connections) sharing
 * summaries, then sending campaign counts, against the production build on SQLite and on an
 * ephemeral Postgres, after a short warm-up. Two loads of 20 s each:
 * - saturated: every client sends its next request as soon as the last one is answered (the
 *   most the server can acknowledge; with 50 clients waiting, latency is 50 / throughput);
 * - at the budget's rate (500 submissions/s, 2,000 events/s spread over the 50 clients): the
 *   latency a visitor sees at that load, timed from when each request was due, so a slow answer
 *   also delays the ones behind it (no coordinated omission).
 * Prints throughput and p50/p99 latency of acknowledged requests against the budgets, the
 * servers' CPU time per request (a machine to itself allows about 1000 / that many requests/s per
 * core) and the load average, and checks that every acknowledged submission is in the database
 * (lost must be 0). Needs `npm run build`. Options: --seconds N, --clients N,
 * --only sqlite|postgres, --instances N (servers sharing the database, requests spread over them),
 * --port N (the first server's), --profile DIR (CPU profiles of the servers).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startPostgres } from './postgres.ts';
import {
	closeConnections,
	emptyResult,
	event,
	groupQueries,
	storedSubmissionIds,
	load,
	openModule,
	percentile,
	seed,
	settle,
	shareCodes,
	startServer,
	submit,
	type LoadResult,
	type Sent,
	type Server
} from './load/harness.ts';

const { values } = parseArgs({
	options: {
		seconds: { type: 'string', default: '20' },
		clients: { type: 'string', default: '50' },
		instances: { type: 'string', default: '1' },
		port: { type: 'string', default: '4227' },
		only: { type: 'string' },
		profile: { type: 'string' }
	}
});
const seconds = Number(values.seconds);
const clients = Number(values.clients);
const instances = Math.max(1, Number(values.instances));
const firstPort = Number(values.port);
const WARM_UP_MS = 2000;
// Budgets on SQLite: at least these many acknowledged a second, p99 under 50 ms at that rate.
const SUBMISSIONS_BUDGET = 500;
const EVENTS_BUDGET = 2000;
const codes = await shareCodes(200);
const fmt = (n: number) => n.toFixed(n < 10 ? 1 : 0);
const reasons = (r: LoadResult) =>
	r.failed ? ` (${[...r.reasons].map(([why, n]) => `${why} ×${n}`).join(', ')})` : '';
const loadAverage = () =>
	loadavg()
		.map((l) => l.toFixed(2))
		.join(' ');

/** CPU time (user + system) a process has used so far, in ms; Linux only (null elsewhere). */
function cpuMs(pid: number | undefined): number | null {
	try {
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
		// utime and stime are fields 14 and 15 of the line, in clock ticks (100 a second).
		return (Number(fields[11]) + Number(fields[12])) * 10;
	} catch {
		return null;
	}
}

const serversCpu = (servers: Server[]) => {
	const all = servers.map((s) => cpuMs(s.process.pid));
	return all.some((x) => x === null) ? null : all.reduce((a, b) => a! + b!, 0)!;
};

/**
 * `clients` loops sharing a schedule of one request every 1000 / rate ms; a request's latency runs
 * from the moment it was due.
 */
async function paced(rate: number, ms: number, send: () => Sent): Promise<LoadResult> {
	const result = emptyResult();
	const start = performance.now();
	const total = Math.floor((rate * ms) / 1000);
	await Promise.all(
		Array.from({ length: clients }, async (_, c) => {
			for (let k = c; k < total; k += clients) {
				const due = start + (k * 1000) / rate;
				const wait = due - performance.now();
				if (wait > 0) await new Promise((r) => setTimeout(r, wait));
				await settle(result, send(), due);
			}
		})
	);
	result.seconds = (performance.now() - start) / 1000;
	return result;
}

/**
 * Runs a load spread over the servers (saturated, or at `rate` requests/s); returns it with the
 * servers' and this client's CPU time.
 */
async function measure(servers: Server[], ms: number, send: (port: number) => Sent, rate?: number) {
	let next = 0;
	const serverBefore = serversCpu(servers);
	const clientBefore = process.cpuUsage();
	const end = Date.now() + ms;
	const spread = () => send(servers[next++ % servers.length]!.port);
	const result = rate
		? await paced(rate, ms, spread)
		: await load(clients, () => Date.now() >= end, spread);
	const serverAfter = serversCpu(servers);
	const client = process.cpuUsage(clientBefore);
	return {
		result,
		serverCpu: serverBefore === null || serverAfter === null ? null : serverAfter - serverBefore,
		clientCpu: (client.user + client.system) / 1000
	};
}

async function bench(
	dialect: 'sqlite' | 'postgres',
	db: { dataDir?: string; databaseUrl?: string }
) {
	const { joinCode, groupId, campaignId } = await seed(db);
	const servers: Server[] = [];
	try {
		for (let k = 0; k < instances; k++) {
			const args = values.profile
				? ['--cpu-prof', `--cpu-prof-dir=${resolve(values.profile)}`]
				: [];
			servers.push(await startServer(firstPort + k, db, args));
		}
		let i = 0;
		const share = (port: number) => submit(port, joinCode, codes[i++ % codes.length]!);
		const count = (port: number) => event(port, campaignId);
		const warmUp = await measure(servers, WARM_UP_MS, share);
		await measure(servers, WARM_UP_MS, count);
		console.log(`${dialect.padEnd(8)} load average before: ${loadAverage()}`);
		const subs = await measure(servers, seconds * 1000, share);
		const events = await measure(servers, seconds * 1000, count);
		const subsAtRate = await measure(servers, seconds * 1000, share, SUBMISSIONS_BUDGET);
		const eventsAtRate = await measure(servers, seconds * 1000, count, EVENTS_BUDGET);
		console.log(`${dialect.padEnd(8)} load average after:  ${loadAverage()}`);

		const { openStorage } = await openModule();
		const storage = await openStorage(db);
		const stored = await storedSubmissionIds(storage, groupId);
		const counted = await (await groupQueries()).summariesOf(storage.db, groupId);
		await storage.close();
		const acked = [...warmUp.result.acked, ...subs.result.acked, ...subsAtRate.result.acked];
		const lost = acked.filter((id) => !stored.has(id)).length;
		const report = (label: string, m: Awaited<ReturnType<typeof measure>>, budget: number) => {
			const r: LoadResult = m.result;
			const rate = r.acked.length / r.seconds;
			const p99 = percentile(r.latencies, 99);
			// Saturated, the budget is the throughput; at the budget's rate, it is the latency.
			const ok =
				r.failed === 0 &&
				(label.endsWith('/s') ? p99 < 50 && rate >= budget * 0.98 : rate >= budget);
			const perRequest = (ms: number | null) =>
				ms === null ? 'n/a' : `${(ms / Math.max(1, r.acked.length)).toFixed(3)} ms`;
			console.log(
				`${dialect.padEnd(8)} ${label.padEnd(24)} ${fmt(rate).padStart(6)}/s  p50 ${fmt(percentile(r.latencies, 50))} ms  p99 ${fmt(p99)} ms  errors ${r.failed}${reasons(r)}` +
					`  CPU/request: server ${perRequest(m.serverCpu)}, client ${perRequest(m.clientCpu)}` +
					(dialect === 'sqlite' ? `  (budget: ${ok ? 'met' : 'missed'})` : '')
			);
		};
		report('submissions, saturated', subs, SUBMISSIONS_BUDGET);
		report('events, saturated', events, EVENTS_BUDGET);
		report(`submissions at ${SUBMISSIONS_BUDGET}/s`, subsAtRate, SUBMISSIONS_BUDGET);
		report(`events at ${EVENTS_BUDGET}/s`, eventsAtRate, EVENTS_BUDGET);
		console.log(
			`${dialect.padEnd(8)} acknowledged ${acked.length}, stored ${counted.length}, lost ${lost}`
		);
		return lost;
	} finally {
		await Promise.all(servers.map((s) => s.stop()));
	}
}

let lost = 0;
console.log(
	`${clients} concurrent clients, ${seconds} s per load, ${instances} server instance(s), production build`
);
if (values.only !== 'postgres') {
	const dataDir = mkdtempSync(join(tmpdir(), 'cc-bench-'));
	try {
		lost += await bench('sqlite', { dataDir });
	} finally {
		rmSync(dataDir, { recursive: true, force: true });
	}
}
if (values.only !== 'sqlite') {
	const pg = startPostgres(Number(process.env.PG_PORT ?? 54328));
	try {
		lost += await bench('postgres', { databaseUrl: pg.url });
	} finally {
		pg.stop();
	}
}
closeConnections();
process.exit(lost > 0 ? 1 : 0);
