/**
 * Group commit: writes that arrive within a short window run in one transaction, and each caller's
 * promise settles only once that transaction has committed. A durable commit (an fsync) costs about
 * a millisecond whatever it holds, so sharing it is what lets a small server acknowledge thousands
 * of writes a second while still only acknowledging what is on disk.
 *
 * A write that throws fails alone: the batch is rolled back and its writes are run again one
 * transaction each, so one bad request never fails the others.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';

export type Db = Kysely<Database>;
export type Write<T> = (db: Db) => Promise<T>;
export type GroupCommit = {
	/** Runs `write` in the next batch's transaction; resolves after the commit. */
	run<T>(write: Write<T>): Promise<T>;
	/** Waits until every write queued so far has been committed (or failed). */
	drain(): Promise<void>;
};
export type GroupCommitOptions = {
	/** How long the first write of a batch waits for others to join it. */
	windowMs?: number;
	maxBatch?: number;
	/** Batches in flight at once: 1 for SQLite (one writer), a few for Postgres (a pool). */
	concurrency?: number;
	/**
	 * The statement that opens a transaction. SQLite needs `begin immediate`: it takes the write
	 * lock at once (waiting on the busy timeout) instead of failing when another instance took it.
	 */
	begin?: 'begin' | 'begin immediate';
};

type Job = {
	write: Write<unknown>;
	resolve: (value: unknown) => void;
	reject: (e: unknown) => void;
};

export function groupCommit(db: Db, options: GroupCommitOptions = {}): GroupCommit {
	const { windowMs = 1, maxBatch = 500, concurrency = 1, begin = 'begin' } = options;
	const queue: Job[] = [];
	let timer: ReturnType<typeof setTimeout> | null = null;
	let inFlight = 0;
	const idle: (() => void)[] = [];

	async function transaction(jobs: Job[]): Promise<unknown[]> {
		return db.connection().execute(async (connection) => {
			await sql.raw(begin).execute(connection);
			try {
				const results: unknown[] = [];
				for (const job of jobs) results.push(await job.write(connection));
				await sql.raw('commit').execute(connection);
				return results;
			} catch (error) {
				await sql
					.raw('rollback')
					.execute(connection)
					.catch(() => {});
				throw error;
			}
		});
	}

	async function commit(jobs: Job[]): Promise<void> {
		try {
			const results = await transaction(jobs);
			jobs.forEach((job, k) => job.resolve(results[k]));
		} catch (error) {
			if (jobs.length === 1) return jobs[0]!.reject(error);
			// Find the failing write: each one again in a transaction of its own.
			for (const job of jobs) await commit([job]);
		}
	}

	function schedule(): void {
		if (timer || !queue.length || inFlight >= concurrency) return;
		timer = setTimeout(() => {
			timer = null;
			const jobs = queue.splice(0, maxBatch);
			inFlight++;
			void commit(jobs).finally(() => {
				inFlight--;
				schedule();
				if (!inFlight && !queue.length) for (const done of idle.splice(0)) done();
			});
			schedule();
		}, windowMs);
	}

	return {
		run<T>(write: Write<T>): Promise<T> {
			return new Promise<T>((resolve, reject) => {
				queue.push({ write, resolve: resolve as (value: unknown) => void, reject });
				schedule();
			});
		},
		drain() {
			if (!inFlight && !queue.length) return Promise.resolve();
			return new Promise<void>((resolve) => idle.push(resolve));
		}
	};
}
