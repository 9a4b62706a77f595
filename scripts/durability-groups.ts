/**
 * Nothing acknowledged is lost: the production server is killed with SIGKILL in the middle of a
 * load of submissions and campaign counts, on SQLite and on Postgres; after a restart every
 * submission that got a 2xx must be stored, counts must be at least the acknowledged ones, and
 * retried submissions (same id) must count once. Needs `npm run build`. Prints one line per check
 * and a closing `N passed, N failed`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgres } from './postgres.ts';
import {
	campaignQueries,
	event,
	groupQueries,
	storedSubmissionIds,
	load,
	openModule,
	seed,
	shareCodes,
	startServer,
	submit
} from './load/harness.ts';

const codes = await shareCodes(50);
let passed = 0;
let failed = 0;
function check(label: string, ok: boolean, detail: string): void {
	console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}: ${detail}`);
	if (ok) passed++;
	else failed++;
}

async function run(dialect: string, db: { dataDir?: string; databaseUrl?: string }, port: number) {
	const { joinCode, groupId, campaignId } = await seed(db);
	const server = await startServer(port, db);
	let killed = false;
	setTimeout(() => {
		killed = true;
		server.process.kill('SIGKILL');
	}, 2500);
	let i = 0;
	const [subs, events] = await Promise.all([
		load(
			25,
			() => killed,
			() => submit(port, joinCode, codes[i++ % codes.length]!)
		),
		load(
			25,
			() => killed,
			() => event(port, campaignId)
		)
	]);
	if (server.process.exitCode === null && server.process.signalCode === null)
		await new Promise((r) => server.process.once('exit', r));

	// Restart, and retry some acknowledged submissions: they must count once.
	const again = await startServer(port, db);
	const retried = subs.acked.slice(0, 20);
	const retries = await Promise.all(
		retried.map((id, k) => submit(port, joinCode, codes[k % codes.length]!, id).status)
	);
	await again.stop();

	const { openStorage } = await openModule();
	const storage = await openStorage(db);
	const stored = await storedSubmissionIds(storage, groupId);
	const summaries = await (await groupQueries()).summariesOf(storage.db, groupId);
	const counts = await (await campaignQueries()).countsOf(storage.db, campaignId);
	await storage.close();
	const views = counts.filter((c) => c.metric === 'view').reduce((a, c) => a + c.count, 0);
	const lost = subs.acked.filter((id) => !stored.has(id)).length;
	check(
		`${dialect}: acknowledged submissions survive SIGKILL`,
		subs.acked.length > 0 && lost === 0,
		`${subs.acked.length} acknowledged, ${lost} lost`
	);
	check(
		`${dialect}: acknowledged counts survive SIGKILL`,
		events.acked.length > 0 && views >= events.acked.length,
		`${events.acked.length} acknowledged, ${views} stored`
	);
	check(
		`${dialect}: a retried submission counts once`,
		retries.every((status) => status === 200) && summaries.length === stored.size,
		`${retries.filter((status) => status === 200).length}/${retried.length} answered as already stored`
	);
}

const dataDir = mkdtempSync(join(tmpdir(), 'cc-durable-'));
try {
	await run('sqlite', { dataDir }, 4228);
} catch (error) {
	check('sqlite: run', false, String(error));
} finally {
	rmSync(dataDir, { recursive: true, force: true });
}
let pg: ReturnType<typeof startPostgres> | null = null;
try {
	pg = startPostgres(Number(process.env.PG_DURABILITY_PORT ?? 54328));
	await run('postgres', { databaseUrl: pg.url }, 4229);
} catch (error) {
	check('postgres: run', false, String(error));
} finally {
	pg?.stop();
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
