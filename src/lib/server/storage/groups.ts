/** Groups and their shared summaries: every query the app makes on them. */
import type { Kysely, Selectable } from 'kysely';
import type { Database, GroupsTable } from './schema';

export type Group = Selectable<GroupsTable>;
type Db = Kysely<Database>;

export async function insertGroup(db: Db, group: Group): Promise<void> {
	await db.insertInto('groups').values(group).execute();
}

/** Whether the join code is taken (codes are random: the caller draws again). */
export async function joinCodeTaken(db: Db, joinCode: string): Promise<boolean> {
	const row = await db
		.selectFrom('groups')
		.select('id')
		.where('join_code', '=', joinCode)
		.executeTakeFirst();
	return row !== undefined;
}

/** A group that still exists (expired ones count as gone even before the purge). */
export async function groupById(db: Db, id: string, now: number): Promise<Group | undefined> {
	return db
		.selectFrom('groups')
		.selectAll()
		.where('id', '=', id)
		.where('expires_at', '>', now)
		.executeTakeFirst();
}

export async function groupByJoinCode(
	db: Db,
	joinCode: string,
	now: number
): Promise<Group | undefined> {
	return db
		.selectFrom('groups')
		.selectAll()
		.where('join_code', '=', joinCode)
		.where('expires_at', '>', now)
		.executeTakeFirst();
}

export type ShareOutcome = 'added' | 'duplicate' | 'closed' | 'gone';

/** Stores a summary once per submission id: a retry with the same id changes nothing. */
export async function addSubmission(
	db: Db,
	joinCode: string,
	submission: { id: string; summary: string; now: number }
): Promise<ShareOutcome> {
	const group = await groupByJoinCode(db, joinCode, submission.now);
	if (!group) return 'gone';
	if (group.closed_at !== null) {
		const known = await db
			.selectFrom('submissions')
			.select('id')
			.where('id', '=', submission.id)
			.where('group_id', '=', group.id)
			.executeTakeFirst();
		return known ? 'duplicate' : 'closed';
	}
	const result = await db
		.insertInto('submissions')
		.values({
			id: submission.id,
			group_id: group.id,
			created_at: submission.now,
			summary: submission.summary
		})
		.onConflict((oc) => oc.column('id').doNothing())
		.executeTakeFirst();
	return Number(result.numInsertedOrUpdatedRows ?? 0) > 0 ? 'added' : 'duplicate';
}

/** Removes a shared summary; true when there was one. */
export async function withdrawSubmission(db: Db, id: string): Promise<boolean> {
	const result = await db.deleteFrom('submissions').where('id', '=', id).executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}

export async function summariesOf(db: Db, groupId: string): Promise<string[]> {
	const rows = await db
		.selectFrom('submissions')
		.select('summary')
		.where('group_id', '=', groupId)
		.orderBy('created_at')
		.orderBy('id')
		.execute();
	return rows.map((r) => r.summary);
}

export async function closeGroup(db: Db, id: string, now: number): Promise<void> {
	await db
		.updateTable('groups')
		.set({ closed_at: now })
		.where('id', '=', id)
		.where('closed_at', 'is', null)
		.execute();
}

export async function deleteGroup(db: Db, id: string): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await trx.deleteFrom('submissions').where('group_id', '=', id).execute();
		await trx.deleteFrom('groups').where('id', '=', id).execute();
	});
}

/** Deletes groups past their retention date, with their summaries. */
export async function purgeExpiredGroups(db: Db, now: number): Promise<number> {
	return db.transaction().execute(async (trx) => {
		const expired = trx.selectFrom('groups').select('id').where('expires_at', '<=', now);
		await trx.deleteFrom('submissions').where('group_id', 'in', expired).execute();
		const result = await trx.deleteFrom('groups').where('expires_at', '<=', now).executeTakeFirst();
		return Number(result.numDeletedRows);
	});
}
