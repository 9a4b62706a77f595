/**
 * What the groups benchmark and the durability test share: the production server started on a
 * port with a database, a group and a campaign seeded through the storage layer, share codes of
 * simulated visitors, and a closed-loop load of concurrent clients.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { importCore } from '../core.ts';
import type { StorageConfig, Storage } from '../../src/lib/server/storage/open.ts';
import type { QuizBank, Answer } from '../../src/lib/bank/bank.ts';

type Open = { openStorage: (c: StorageConfig) => Promise<Storage> };
type Groups = typeof import('../../src/lib/server/storage/groups.ts');
type Campaigns = typeof import('../../src/lib/server/storage/campaigns.ts');

export const openModule = () => importCore<Open>('src/lib/server/storage/open.ts');
export const groupQueries = () => importCore<Groups>('src/lib/server/storage/groups.ts');
export const campaignQueries = () => importCore<Campaigns>('src/lib/server/storage/campaigns.ts');

/** The ids of the submissions stored for a group: what a load test checks its acknowledgements against. */
export async function storedSubmissionIds(storage: Storage, groupId: string): Promise<Set<string>> {
	const rows = await storage.db
		.selectFrom('submissions')
		.select('id')
		.where('group_id', '=', groupId)
		.execute();
	return new Set(rows.map((r) => r.id));
}

export type Server = { port: number; process: ChildProcess; stop: () => Promise<void> };

/**
 * Starts the production server (`npm start`: build/server.js) and waits until it answers.
 * `nodeArgs` go to Node before the script (e.g. `--cpu-prof`).
 */
export async function startServer(
	port: number,
	db: StorageConfig,
	nodeArgs: string[] = []
): Promise<Server> {
	const child = spawn(process.execPath, [...nodeArgs, 'build/server.js'], {
		env: {
			...process.env,
			PORT: String(port),
			DATA_DIR: db.dataDir ?? '',
			DATABASE_URL: db.databaseUrl ?? '',
			RATE_LIMITS: 'off'
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const deadline = Date.now() + 20_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error('The server exited at start');
		try {
			// Any answer from the groups endpoint means the server and its database are up.
			const status = await new Promise<number>((resolve, reject) =>
				request({ port, host: '127.0.0.1', path: '/api/groups/ACDEFG' }, (res) => {
					res.resume();
					resolve(res.statusCode ?? 0);
				})
					.on('error', reject)
					.end()
			);
			if (status < 500) break;
		} catch {
			// Not listening yet.
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error('The server did not start');
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	return {
		port,
		process: child,
		stop: () =>
			new Promise((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			})
	};
}

export type Seed = { joinCode: string; groupId: string; campaignId: string };

export async function seed(db: StorageConfig): Promise<Seed> {
	const { openStorage } = await openModule();
	const groups = await groupQueries();
	const campaigns = await campaignQueries();
	const storage = await openStorage(db);
	const now = Date.now();
	const joinCode = 'ACDEFG';
	const groupId = `load-${randomUUID().slice(0, 8)}`;
	const campaignId = randomUUID().replace(/-/g, '').slice(0, 12);
	await groups.insertGroup(storage.db, {
		id: groupId,
		join_code: joinCode,
		name: 'Load',
		locale: 'en',
		target_role: null,
		token_hash: '00'.repeat(32),
		created_at: now,
		expires_at: now + 86_400_000,
		closed_at: null
	});
	await campaigns.insertCampaign(storage.db, {
		id: campaignId,
		name: 'Load',
		locale: 'en',
		target_role: null,
		token_hash: '00'.repeat(32),
		created_at: now,
		expires_at: now + 86_400_000
	});
	await storage.close();
	return { joinCode, groupId, campaignId };
}

/** Share codes of simulated visitors (the same personas model the quiz benchmark uses). */
export async function shareCodes(count: number): Promise<string[]> {
	const { content } = await importCore<{ content: unknown }>('src/lib/content/catalogue.ts');
	const sim = await importCore<{
		toQuizBank: (c: unknown) => QuizBank;
		prng: (s: number) => () => number;
		persona: (p: unknown, t: readonly string[], sd: number, r: () => number) => unknown;
		atLevels: (b: QuizBank, traits: unknown) => unknown;
		runQuiz: (b: QuizBank, answering: unknown, r: () => number) => Answer[];
	}>('src/lib/quiz/simulate.ts');
	const { encodeShareCode } = await importCore<{
		encodeShareCode: (b: QuizBank, a: readonly Answer[]) => string;
	}>('src/lib/quiz/share-code.ts');
	const bank = sim.toQuizBank(content);
	const rand = sim.prng(42);
	return Array.from({ length: count }, (_, i) => {
		const role = bank.roles[i % bank.roles.length]!;
		return encodeShareCode(
			bank,
			sim.runQuiz(
				bank,
				sim.atLevels(bank, sim.persona(role.profile, bank.traits, 0.15, rand)),
				rand
			)
		);
	});
}

export type LoadResult = {
	acked: string[];
	failed: number;
	/** Why requests failed: an HTTP status, or the client's error code (e.g. ECONNRESET). */
	reasons: Map<string, number>;
	latencies: number[];
	seconds: number;
};

/** A request in flight: its key (a submission id) and the HTTP status it gets. */
export type Sent = { key: string; status: Promise<number> };

/**
 * `clients` loops, each sending one request after the other until `stop()` says so; a request
 * is acknowledged when it gets a 2xx.
 */
export async function load(
	clients: number,
	stop: () => boolean,
	send: () => Sent
): Promise<LoadResult> {
	const result = emptyResult();
	const start = performance.now();
	await Promise.all(
		Array.from({ length: clients }, async () => {
			while (!stop()) await settle(result, send(), performance.now());
		})
	);
	result.seconds = (performance.now() - start) / 1000;
	return result;
}

export const emptyResult = (): LoadResult => ({
	acked: [],
	failed: 0,
	reasons: new Map(),
	latencies: [],
	seconds: 0
});

function fail(result: LoadResult, reason: string): void {
	result.failed++;
	result.reasons.set(reason, (result.reasons.get(reason) ?? 0) + 1);
}

/** Waits for a request's answer and adds it to `result`, with its latency counted from `since`. */
export async function settle(result: LoadResult, { key, status }: Sent, since: number) {
	try {
		const code = await status;
		if (code >= 200 && code < 300) {
			result.acked.push(key);
			result.latencies.push(performance.now() - since);
		} else fail(result, String(code));
	} catch (error) {
		fail(result, (error as NodeJS.ErrnoException)?.code ?? 'error');
	}
}

export function percentile(values: number[], p: number): number {
	if (!values.length) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

// One pool of keep-alive connections, as a browser or a load balancer would keep them.
const agent = new Agent({ keepAlive: true, maxSockets: 256 });

/** POSTs a JSON body and resolves with the status once the whole answer is read. */
export function post(port: number, path: string, body: unknown): Promise<number> {
	const payload = JSON.stringify(body);
	return new Promise((resolve, reject) => {
		const req = request(
			{
				agent,
				host: '127.0.0.1',
				port,
				path,
				method: 'POST',
				headers: {
					'content-type': 'application/json',
					'content-length': Buffer.byteLength(payload)
				}
			},
			(res) => {
				res.on('data', () => {});
				res.on('end', () => resolve(res.statusCode ?? 0));
				res.on('error', reject);
			}
		);
		req.on('error', reject);
		req.end(payload);
	});
}

export function submit(port: number, joinCode: string, code: string, id = randomUUID()): Sent {
	return { key: id, status: post(port, `/api/groups/${joinCode}/shares`, { id, code }) };
}

export function event(port: number, campaignId: string): Sent {
	return {
		key: 'view',
		status: post(port, `/api/campaigns/${campaignId}/events`, { metric: 'view' })
	};
}

/** Closes the idle keep-alive connections, so the process can exit. */
export function closeConnections(): void {
	agent.destroy();
}
