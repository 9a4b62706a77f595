/**
 * Opens the database: an embedded SQLite file in a data folder by default, Postgres when a
 * `postgres://` URL is given. Both go through the same typed query layer (Kysely); the migrations
 * are applied before the storage is returned.
 */
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { Migrator, type MigrationResultSet } from 'kysely/migration';
import pg from 'pg';
import { groupCommit, type Write } from './group-commit';
import { MIGRATIONS } from './migrations';
import type { Database } from './schema';

export type Dialect = 'sqlite' | 'postgres';
export type Storage = {
	db: Kysely<Database>;
	dialect: Dialect;
	/** Runs a write in a shared transaction (group commit); resolves once it is on disk. */
	write: <T>(write: Write<T>) => Promise<T>;
	close: () => Promise<void>;
};
export type StorageConfig = { databaseUrl?: string; dataDir?: string };

export const SQLITE_FILE = 'contact-careers.sqlite';

// Postgres returns 64-bit integers (our millisecond times, counts) as strings: they fit a double.
const types = {
	getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
		oid === pg.types.builtins.INT8
			? (value: string) => Number(value)
			: pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser
};

function postgres(url: string): Kysely<Database> {
	const pool = new pg.Pool({
		connectionString: url,
		max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
		// Fail fast when the database is down: callers keep the page working and say so.
		connectionTimeoutMillis: 3000,
		types
	});
	// A connection dropped while idle (database restarted) must not crash the process.
	pool.on('error', () => {});
	return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * A worker thread's code (passed as source: it imports nothing) that checkpoints the WAL on its own
 * connection: a PASSIVE checkpoint every half second copies it into the database file without
 * holding up writers. Under a load that never pauses it would never quite catch up, and the WAL
 * only starts over once it has, so past a few thousand pages a RESTART finishes the little the
 * passive one left (blocking writers only that long) and lets the next commit start the WAL over.
 */
function checkpointer(): void {
	const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
	const { createRequire } = process.getBuiltinModule('node:module');
	const Driver: typeof SQLite = createRequire(workerData.driver)(workerData.driver);
	const db = new Driver(workerData.file);
	db.pragma('busy_timeout = 5000');
	const checkpoint = (mode: string) =>
		db.pragma(`wal_checkpoint(${mode})`) as { busy: number; log: number; checkpointed: number }[];
	const timer = setInterval(() => {
		try {
			if (checkpoint('PASSIVE')[0]!.log > 4000) checkpoint('RESTART');
		} catch {
			// Busy (another instance is checkpointing): the next round does it.
		}
	}, 500);
	parentPort!.once('message', () => {
		clearInterval(timer);
		db.close();
		parentPort!.close();
	});
}

/** The database, and how to stop its checkpoints before it closes. */
function sqlite(dataDir: string): { db: Kysely<Database>; stop: () => Promise<void> } {
	mkdirSync(dataDir, { recursive: true });
	const path = join(dataDir, SQLITE_FILE);
	const file = new SQLite(path);
	// WAL with synchronous=FULL: every commit is on disk (fsync) before it is acknowledged, so
	// it survives a crash of the process and of the machine; group commit shares the fsync between
	// writes. Several instances may share the file.
	file.pragma('journal_mode = WAL');
	file.pragma('synchronous = FULL');
	file.pragma('foreign_keys = ON');
	file.pragma('busy_timeout = 5000');
	// A checkpoint run by a commit (SQLite's default, every 1000 pages) stalls the event loop for
	// tens of ms; a worker thread does them instead. Should it fail, commits take them over again.
	file.pragma('wal_autocheckpoint = 0');
	const driver = createRequire(import.meta.url).resolve('better-sqlite3');
	const worker = new Worker(`(${checkpointer})()`, {
		eval: true,
		workerData: { file: path, driver }
	});
	worker.unref();
	worker.once('error', () => file.open && file.pragma('wal_autocheckpoint = 1000'));
	// The app runs a few dozen distinct statements: prepare each once, not on every query.
	const statements = new Map<string, SQLite.Statement>();
	const database = {
		prepare(text: string) {
			let statement = statements.get(text);
			if (!statement) {
				if (statements.size >= 500) statements.clear();
				statement = file.prepare(text);
				statements.set(text, statement);
			}
			return statement;
		},
		close: () => file.close()
	};
	return {
		db: new Kysely<Database>({ dialect: new SqliteDialect({ database }) }),
		// The worker's connection closes first: the last one to close checkpoints and removes the WAL.
		stop: async () => {
			if (worker.threadId === -1) return;
			const exited = once(worker, 'exit');
			// Unreferenced, the thread would not keep this process up while it closes.
			worker.ref();
			worker.postMessage('close');
			await exited;
		}
	};
}

function migrator(db: Kysely<Database>): Migrator {
	return new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
}

function check({ error, results }: MigrationResultSet): void {
	if (error) {
		const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
		throw new Error(`Database migration ${failed} failed`, { cause: error });
	}
}

/** Applies the migrations up to and including `name` (tests of upgrades), or all of them. */
export async function migrate(db: Kysely<Database>, name?: string): Promise<void> {
	const m = migrator(db);
	check(name ? await m.migrateTo(name) : await m.migrateToLatest());
}

/** Opens without migrating (tests of upgrades start from an older version). */
export function connect(config: StorageConfig): Storage {
	const url = config.databaseUrl;
	if (url && /^postgres(ql)?:\/\//.test(url)) return wrap(postgres(url), 'postgres');
	if (url) throw new Error('DATABASE_URL must be a postgres:// URL');
	const { db, stop } = sqlite(config.dataDir ?? 'data');
	return wrap(db, 'sqlite', stop);
}

function wrap(db: Kysely<Database>, dialect: Dialect, stop = async () => {}): Storage {
	const writes =
		dialect === 'sqlite'
			? groupCommit(db, { begin: 'begin immediate', concurrency: 1 })
			: groupCommit(db, { concurrency: 4 });
	return {
		db,
		dialect,
		write: (write) => writes.run(write),
		close: async () => {
			await writes.drain();
			await stop();
			await db.destroy();
		}
	};
}

export async function openStorage(config: StorageConfig): Promise<Storage> {
	const storage = connect(config);
	try {
		await migrate(storage.db);
	} catch (error) {
		await storage.close().catch(() => {});
		throw error;
	}
	return storage;
}
