import { afterEach, describe, expect, it, vi } from 'vitest';
import { sql } from 'kysely';
import { connect, migrate, openStorage, type Storage } from './open';
import { MIGRATIONS } from './migrations';
import * as groups from './groups';
import * as campaigns from './campaigns';
import { emptyDatabase, TEST_DIALECTS } from './test-databases';
import type { Group } from './groups';
import type { Campaign } from './campaigns';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 26, 12);

function group(id: string, joinCode: string, overrides: Partial<Group> = {}): Group {
	return {
		id,
		join_code: joinCode,
		name: 'Classe 5B',
		locale: 'fr',
		target_role: null,
		token_hash: 'ab'.repeat(32),
		created_at: NOW,
		expires_at: NOW + 30 * DAY,
		closed_at: null,
		...overrides
	};
}

function campaign(id: string, overrides: Partial<Campaign> = {}): Campaign {
	return {
		id,
		name: 'Salon',
		locale: 'fr',
		target_role: null,
		token_hash: 'cd'.repeat(32),
		created_at: NOW,
		expires_at: NOW + 10 * DAY,
		...overrides
	};
}

describe.each(TEST_DIALECTS)('storage on %s', (dialect) => {
	const cleanups: (() => Promise<void>)[] = [];
	afterEach(async () => {
		while (cleanups.length) await cleanups.pop()!();
	});

	async function fresh(): Promise<Storage> {
		const { config, drop } = await emptyDatabase(dialect);
		const storage = await openStorage(config);
		cleanups.push(drop, storage.close);
		return storage;
	}

	it('creates every table from an empty database, and opening again changes nothing', async () => {
		const { config, drop } = await emptyDatabase(dialect);
		cleanups.push(drop);
		const first = await openStorage(config);
		await first.close();
		const second = await openStorage(config);
		cleanups.push(second.close);
		const applied = await second.db
			.selectFrom('kysely_migration' as never)
			.select(sql<string>`name`.as('name'))
			.orderBy(sql`name`)
			.execute();
		expect(applied.map((r) => r.name)).toEqual(Object.keys(MIGRATIONS));
		const tables = (await second.db.introspection.getTables()).map((t) => t.name).sort();
		expect(tables).toEqual(['campaign_counts', 'campaigns', 'groups', 'submissions']);
	});

	it('upgrades a database of the previous version without losing its data', async () => {
		const { config, drop } = await emptyDatabase(dialect);
		cleanups.push(drop);
		const names = Object.keys(MIGRATIONS);
		const old = connect(config);
		await migrate(old.db, names.at(-2));
		await groups.insertGroup(old.db, group('g1', 'ACDEFG'));
		await groups.addSubmission(old.db, 'ACDEFG', { id: 's1', summary: '{"v":1}', now: NOW });
		await old.close();

		const upgraded = await openStorage(config);
		cleanups.push(upgraded.close);
		expect(await groups.summariesOf(upgraded.db, 'g1')).toEqual(['{"v":1}']);
		await campaigns.insertCampaign(
			upgraded.db,
			campaign('c1', { name: 'Jobs', locale: 'nl', expires_at: NOW + DAY })
		);
		expect(
			await campaigns.countEvent(upgraded.db, {
				campaignId: 'c1',
				day: '2026-11-26',
				metric: 'view'
			})
		).toBe(true);
	});

	it('stores a submission once per id, refuses new ones once closed, and withdraws', async () => {
		const { db } = await fresh();
		await groups.insertGroup(db, group('g1', 'ACDEFG'));
		const share = (id: string) =>
			groups.addSubmission(db, 'ACDEFG', { id, summary: `{"id":"${id}"}`, now: NOW });
		expect(await share('s1')).toBe('added');
		expect(await share('s1')).toBe('duplicate');
		expect(await share('s2')).toBe('added');
		expect(await groups.summariesOf(db, 'g1')).toHaveLength(2);

		await groups.closeGroup(db, 'g1', NOW + 1);
		expect(await share('s3')).toBe('closed');
		expect(await share('s2')).toBe('duplicate');
		expect(await groups.addSubmission(db, 'QQQQQQ', { id: 's4', summary: '{}', now: NOW })).toBe(
			'gone'
		);

		expect(await groups.withdrawSubmission(db, 's1')).toBe(true);
		expect(await groups.withdrawSubmission(db, 's1')).toBe(false);
		expect(await groups.summariesOf(db, 'g1')).toEqual(['{"id":"s2"}']);
	});

	it('counts a burst of retries of one submission once', async () => {
		const { db } = await fresh();
		await groups.insertGroup(db, group('g1', 'ACDEFG'));
		const outcomes = await Promise.all(
			Array.from({ length: 40 }, () =>
				groups.addSubmission(db, 'ACDEFG', { id: 'same', summary: '{}', now: NOW })
			)
		);
		expect(outcomes.filter((o) => o === 'added')).toHaveLength(1);
		expect(await groups.summariesOf(db, 'g1')).toHaveLength(1);
	});

	it('finds groups by code or id until they expire, then purges them with their summaries', async () => {
		const { db } = await fresh();
		await groups.insertGroup(db, group('g1', 'ACDEFG', { expires_at: NOW + DAY }));
		await groups.insertGroup(db, group('g2', 'HJKMNP', { expires_at: NOW + 3 * DAY }));
		await groups.addSubmission(db, 'ACDEFG', { id: 's1', summary: '{}', now: NOW });
		expect(await groups.joinCodeTaken(db, 'ACDEFG')).toBe(true);
		expect((await groups.groupByJoinCode(db, 'ACDEFG', NOW))?.id).toBe('g1');
		expect(await groups.groupByJoinCode(db, 'ACDEFG', NOW + DAY)).toBeUndefined();
		expect(await groups.groupById(db, 'g1', NOW + DAY)).toBeUndefined();

		expect(await groups.purgeExpiredGroups(db, NOW + 2 * DAY)).toBe(1);
		expect(await groups.joinCodeTaken(db, 'ACDEFG')).toBe(false);
		expect(await groups.withdrawSubmission(db, 's1')).toBe(false);
		expect((await groups.groupById(db, 'g2', NOW + 2 * DAY))?.join_code).toBe('HJKMNP');
	});

	it('deletes a group at once with its summaries', async () => {
		const { db } = await fresh();
		await groups.insertGroup(db, group('g1', 'ACDEFG'));
		await groups.addSubmission(db, 'ACDEFG', { id: 's1', summary: '{}', now: NOW });
		await groups.deleteGroup(db, 'g1');
		expect(await groups.groupById(db, 'g1', NOW)).toBeUndefined();
		expect(await groups.summariesOf(db, 'g1')).toEqual([]);
	});

	it('counts campaign events per day and metric, also when they arrive together', async () => {
		const { db } = await fresh();
		await campaigns.insertCampaign(db, campaign('c1', { target_role: 'team-leader' }));
		const count = (day: string, metric: string) =>
			campaigns.countEvent(db, { campaignId: 'c1', day, metric });
		await Promise.all(Array.from({ length: 30 }, () => count('2026-11-26', 'view')));
		await count('2026-11-26', 'start');
		await count('2026-11-27', 'view');
		expect(
			await campaigns.countEvent(db, { campaignId: 'nope', day: '2026-11-26', metric: 'view' })
		).toBe(false);
		expect(await campaigns.countsOf(db, 'c1')).toEqual([
			{ day: '2026-11-26', metric: 'start', count: 1 },
			{ day: '2026-11-26', metric: 'view', count: 30 },
			{ day: '2026-11-27', metric: 'view', count: 1 }
		]);
		expect((await campaigns.campaignById(db, 'c1', NOW))?.target_role).toBe('team-leader');

		expect(await campaigns.purgeExpiredCampaigns(db, NOW + 11 * DAY)).toBe(1);
		expect(await campaigns.countsOf(db, 'c1')).toEqual([]);
	});
	it('commits writes arriving together in shared transactions, all stored once acknowledged', async () => {
		const { config, drop } = await emptyDatabase(dialect);
		cleanups.push(drop);
		const storage = await openStorage(config);
		await groups.insertGroup(storage.db, group('g1', 'ACDEFG'));
		const transactions = new Set<unknown>();
		const writes = Array.from({ length: 200 }, (_, k) =>
			storage.write((tx) => {
				transactions.add(tx);
				return groups.addSubmission(tx, 'ACDEFG', { id: `s${k}`, summary: '{}', now: NOW });
			})
		);
		// Closing waits for what was queued: nothing acknowledged is dropped at shutdown.
		const closed = storage.close();
		expect(new Set(await Promise.all(writes))).toEqual(new Set(['added']));
		await closed;
		expect(transactions.size).toBeLessThan(10);
		const reopened = await openStorage(config);
		cleanups.push(reopened.close);
		expect(await groups.summariesOf(reopened.db, 'g1')).toHaveLength(200);
	});

	it('joins counts waiting for the same commit into one write, each answered after it', async () => {
		const storage = await fresh();
		await campaigns.insertCampaign(storage.db, campaign('c1'));
		const write = vi.fn();
		const counting: Storage = {
			...storage,
			write: (batched) => {
				write();
				return storage.write(batched);
			}
		};
		const count = (campaignId: string, metric = 'view') =>
			campaigns.countInBatch(counting, { campaignId, day: '2026-11-26', metric });
		const first = await Promise.all([
			...Array.from({ length: 40 }, () => count('c1')),
			count('c1', 'start'),
			count('nope'),
			count('nope')
		]);
		expect(first).toEqual([...Array.from({ length: 41 }, () => true), false, false]);
		expect(write).toHaveBeenCalledTimes(3);
		await count('c1');
		expect(await campaigns.countsOf(storage.db, 'c1')).toEqual([
			{ day: '2026-11-26', metric: 'start', count: 1 },
			{ day: '2026-11-26', metric: 'view', count: 41 }
		]);
	});

	it('fails only the write that throws in a shared transaction; an unknown campaign counts nothing', async () => {
		const storage = await fresh();
		await groups.insertGroup(storage.db, group('g1', 'ACDEFG'));
		await campaigns.insertCampaign(storage.db, campaign('c1'));
		const share = (id: string) =>
			storage.write((tx) => groups.addSubmission(tx, 'ACDEFG', { id, summary: '{}', now: NOW }));
		const count = (campaignId: string) =>
			storage.write((tx) =>
				campaigns.countEvent(tx, { campaignId, day: '2026-11-26', metric: 'view' })
			);
		const results = await Promise.allSettled([
			share('a'),
			count('nope'),
			storage.write((tx) =>
				// A duplicate primary key: an error from the database itself.
				tx.insertInto('groups').values(group('g1', 'QQQQQQ')).execute()
			),
			count('c1'),
			share('b')
		]);
		expect(results.map((r) => r.status)).toEqual([
			'fulfilled',
			'fulfilled',
			'rejected',
			'fulfilled',
			'fulfilled'
		]);
		expect(results.map((r) => (r.status === 'fulfilled' ? r.value : null))).toEqual([
			'added',
			false,
			null,
			true,
			'added'
		]);
		expect(await groups.summariesOf(storage.db, 'g1')).toHaveLength(2);
		expect(await campaigns.countsOf(storage.db, 'c1')).toEqual([
			{ day: '2026-11-26', metric: 'view', count: 1 }
		]);
	});
});
