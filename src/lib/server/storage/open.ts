/**
 * Opens the database: an embedded SQLite file in a data folder by default, Postgres when a
 * `postgres://` URL is given. Both go through the same typed query layer (Kysely); the migrations
 * are applied before the storage is returned.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
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

function sqlite(dataDir: string): Kysely<Database> {
	mkdirSync(dataDir, { recursive: true });
	const file = new SQLite(join(dataDir, SQLITE_FILE));
	// WAL with synchronous=FULL: every commit is on disk (fsync) before it is acknowledged, so
	// it survives a crash of the process and of the machine; group commit shares the fsync between
	// writes. Several instances may share the file.
	file.pragma('journal_mode = WAL');
	file.pragma('synchronous = FULL');
	file.pragma('foreign_keys = ON');
	file.pragma('busy_timeout = 5000');
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
	return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
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
	return wrap(sqlite(config.dataDir ?? 'data'), 'sqlite');
}

function wrap(db: Kysely<Database>, dialect: Dialect): Storage {
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
