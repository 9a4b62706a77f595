/**
 * Fresh, isolated databases for tests: a temporary folder for SQLite, and for Postgres a new
 * database on the server named by TEST_DATABASE_URL (`npm test` starts an ephemeral cluster and sets
 * it; without it only SQLite is tested).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { connect, type Dialect, type Storage, type StorageConfig } from './open';

export const TEST_DIALECTS: Dialect[] = process.env.TEST_DATABASE_URL
	? ['sqlite', 'postgres']
	: ['sqlite'];

/** A config for an empty database of the dialect, and a function that removes it. */
export async function emptyDatabase(
	dialect: Dialect
): Promise<{ config: StorageConfig; drop: () => Promise<void> }> {
	if (dialect === 'sqlite') {
		const dataDir = mkdtempSync(join(tmpdir(), 'cc-sqlite-'));
		return {
			config: { dataDir },
			drop: async () => rmSync(dataDir, { recursive: true, force: true })
		};
	}
	const server = process.env.TEST_DATABASE_URL!;
	const name = `test_${randomBytes(6).toString('hex')}`;
	const admin: Storage = connect({ databaseUrl: server });
	await sql`create database ${sql.id(name)}`.execute(admin.db);
	const url = new URL(server);
	url.pathname = `/${name}`;
	return {
		config: { databaseUrl: url.href },
		drop: async () => {
			await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
			await admin.close();
		}
	};
}
