/**
 * The app's storage: opened (and migrated) on first use from the environment — `DATABASE_URL`
 * (postgres://…) or else an SQLite file in `DATA_DIR` (default `data`). When the database cannot
 * be reached the call fails and the next one tries again, so pages keep working and features that
 * need the database say so. Expired groups and campaigns are purged at start and every hour.
 */
import { env } from '$env/dynamic/private';
import { openStorage, type Storage } from './open';
import { purgeExpiredGroups } from './groups';
import { purgeExpiredCampaigns } from './campaigns';

export type { Storage } from './open';

const PURGE_EVERY = 3_600_000;
let opening: Promise<Storage> | null = null;
let purgeTimer: ReturnType<typeof setInterval> | null = null;

async function purge(storage: Storage): Promise<void> {
	const now = Date.now();
	await purgeExpiredGroups(storage.db, now);
	await purgeExpiredCampaigns(storage.db, now);
}

export function storage(): Promise<Storage> {
	opening ??= openStorage({
		databaseUrl: env.DATABASE_URL || undefined,
		dataDir: env.DATA_DIR || 'data'
	}).then(
		(opened) => {
			void purge(opened).catch(() => {});
			purgeTimer = setInterval(() => void purge(opened).catch(() => {}), PURGE_EVERY);
			purgeTimer.unref();
			return opened;
		},
		(error: unknown) => {
			opening = null;
			throw error;
		}
	);
	return opening;
}

// adapter-node's (and our server's) shutdown signal: close the connections cleanly. Our server passes
// a list of what to wait for before it exits.
process.once('sveltekit:shutdown', (_reason: unknown, closing?: Promise<unknown>[]) => {
	const closed = closeStorage();
	closing?.push(closed);
});

/** Closes the connections (graceful shutdown). */
export async function closeStorage(): Promise<void> {
	const current = opening;
	opening = null;
	if (purgeTimer) clearInterval(purgeTimer);
	if (current) await (await current.catch(() => null))?.close();
}

/** Days a group or campaign is kept, from `RETENTION_DAYS` (default 30). */
export function retentionDays(): number {
	const days = Number(env.RETENTION_DAYS);
	return Number.isInteger(days) && days > 0 && days <= 400 ? days : 30;
}
