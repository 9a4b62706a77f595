/**
 * Groups and campaigns under load: 50 concurrent clients for 20 s sharing summaries, then 20 s
 * sending campaign counts, against the production build on SQLite and on an ephemeral Postgres.
 * Prints throughput and p50/p99 latency of acknowledged requests against the budgets, and checks
 * that every acknowledged submission is in the database (lost must be 0). Needs `npm run build`.
 * Options: --seconds N, --clients N, --only sqlite|postgres.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startPostgres } from './postgres.ts';
import {
	event,
	groupQueries,
	storedSubmissionIds,
	load,
	openModule,
	percentile,
	seed,
	shareCodes,
	startServer,
	submit
} from './load/harness.ts';

const { values } = parseArgs({
	options: {
		seconds: { type: 'string', default: '20' },
		clients: { type: 'string', default: '50' },
		only: { type: 'string' }
	}
});
const seconds = Number(values.seconds);
const clients = Number(values.clients);
const codes = await shareCodes(200);
const fmt = (n: number) => n.toFixed(n < 10 ? 1 : 0);

async function bench(
	dialect: 'sqlite' | 'postgres',
	db: { dataDir?: string; databaseUrl?: string }
) {
	const { joinCode, groupId, campaignId } = await seed(db);
	const server = await startServer(4227, db);
	try {
		let i = 0;
		const until = (ms: number) => {
			const end = Date.now() + ms;
			return () => Date.now() >= end;
		};
		const subs = await load(clients, until(seconds * 1000), () =>
			submit(server.port, joinCode, codes[i++ % codes.length]!)
		);
		const events = await load(clients, until(seconds * 1000), () => event(server.port, campaignId));
		const { openStorage } = await openModule();
		const storage = await openStorage(db);
		const stored = await storedSubmissionIds(storage, groupId);
		const counted = await (await groupQueries()).summariesOf(storage.db, groupId);
		await storage.close();
		const lost = subs.acked.filter((id) => !stored.has(id)).length;
		const report = (label: string, r: typeof subs, budget: number) => {
			const rate = r.acked.length / r.seconds;
			const p99 = percentile(r.latencies, 99);
			const ok = dialect === 'postgres' || (rate >= budget && p99 < 50);
			console.log(
				`${dialect.padEnd(8)} ${label.padEnd(11)} ${fmt(rate).padStart(6)}/s  p50 ${fmt(percentile(r.latencies, 50))} ms  p99 ${fmt(p99)} ms  errors ${r.failed}` +
					(dialect === 'sqlite'
						? `  (budget ≥ ${budget}/s, p99 < 50 ms: ${ok ? 'met' : 'missed'})`
						: '')
			);
		};
		report('submissions', subs, 500);
		report('events', events, 2000);
		console.log(
			`${dialect.padEnd(8)} acknowledged ${subs.acked.length}, stored ${counted.length}, lost ${lost}`
		);
		return lost;
	} finally {
		await server.stop();
	}
}

let lost = 0;
console.log(`${clients} concurrent clients, ${seconds} s per load, production build`);
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
process.exit(lost > 0 ? 1 : 0);
