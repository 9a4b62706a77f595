/** Recruiters' tracked campaigns and their daily counts: every query the app makes on them. */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Storage } from './open';
import type { CampaignsTable, Database } from './schema';

export type Campaign = Selectable<CampaignsTable>;
export type CountRow = { day: string; metric: string; count: number };
type Db = Kysely<Database>;

export async function insertCampaign(db: Db, campaign: Campaign): Promise<void> {
	await db.insertInto('campaigns').values(campaign).execute();
}

export async function campaignById(db: Db, id: string, now: number): Promise<Campaign | undefined> {
	return db
		.selectFrom('campaigns')
		.selectAll()
		.where('id', '=', id)
		.where('expires_at', '>', now)
		.executeTakeFirst();
}

export type CountedEvent = { campaignId: string; day: string; metric: string };

/** Adds `by` to a campaign's metric for a day; false when the campaign does not exist. */
export async function countEvent(db: Db, event: CountedEvent, by = 1): Promise<boolean> {
	// Inserted from the campaign's own row, so an unknown campaign adds nothing and raises no error
	// (an error would abort the shared transaction of a group commit on Postgres).
	const result = await db
		.insertInto('campaign_counts')
		.columns(['campaign_id', 'day', 'metric', 'count'])
		.expression((eb) =>
			eb
				.selectFrom('campaigns')
				.select([
					'id',
					sql<string>`cast(${event.day} as text)`.as('day'),
					sql<string>`cast(${event.metric} as text)`.as('metric'),
					sql<number>`cast(${by} as integer)`.as('count')
				])
				.where('id', '=', event.campaignId)
		)
		.onConflict((oc) =>
			oc
				.columns(['campaign_id', 'day', 'metric'])
				.doUpdateSet((eb) => ({ count: eb('campaign_counts.count', '+', by) }))
		)
		.executeTakeFirst();
	return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

type Waiting = { by: number; counted: Promise<boolean> };
const waiting = new WeakMap<Storage, Map<string, Waiting>>();

/**
 * Adds one to a campaign's metric for a day in the storage's next group commit; resolves (false for
 * an unknown campaign) once that commit is on disk. Counts of the same campaign, day and metric that
 * arrive before the write runs join it: one `count + n` instead of n upserts.
 */
export function countInBatch(storage: Storage, event: CountedEvent): Promise<boolean> {
	let pending = waiting.get(storage);
	if (!pending) waiting.set(storage, (pending = new Map()));
	const key = `${event.campaignId} ${event.day} ${event.metric}`;
	const joined = pending.get(key);
	if (joined) {
		joined.by++;
		return joined.counted;
	}
	const entry: Waiting = {
		by: 1,
		counted: storage.write((tx) => {
			// Its total is fixed from here (a retry after a failed batch adds the same): later counts
			// start a new write.
			if (pending.get(key) === entry) pending.delete(key);
			return countEvent(tx, event, entry.by);
		})
	};
	pending.set(key, entry);
	return entry.counted;
}

export async function countsOf(db: Db, campaignId: string): Promise<CountRow[]> {
	return db
		.selectFrom('campaign_counts')
		.select(['day', 'metric', 'count'])
		.where('campaign_id', '=', campaignId)
		.orderBy('day')
		.orderBy('metric')
		.execute();
}

export async function deleteCampaign(db: Db, id: string): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await trx.deleteFrom('campaign_counts').where('campaign_id', '=', id).execute();
		await trx.deleteFrom('campaigns').where('id', '=', id).execute();
	});
}

export async function purgeExpiredCampaigns(db: Db, now: number): Promise<number> {
	return db.transaction().execute(async (trx) => {
		const expired = trx.selectFrom('campaigns').select('id').where('expires_at', '<=', now);
		await trx.deleteFrom('campaign_counts').where('campaign_id', 'in', expired).execute();
		const result = await trx
			.deleteFrom('campaigns')
			.where('expires_at', '<=', now)
			.executeTakeFirst();
		return Number(result.numDeletedRows);
	});
}
