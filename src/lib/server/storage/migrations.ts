/**
 * Versioned, forward-only migrations, applied in order at start (Kysely's migrator records them
 * and, on Postgres, holds a lock so several instances starting together apply each once). A change
 * to the schema is a new entry at the end; an entry, once released, never changes.
 */
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

export const MIGRATIONS: Record<string, Migration> = {
	'001-groups': {
		async up(db: Kysely<unknown>) {
			await db.schema
				.createTable('groups')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('join_code', 'text', (c) => c.notNull().unique())
				.addColumn('name', 'text', (c) => c.notNull())
				.addColumn('locale', 'text', (c) => c.notNull())
				.addColumn('target_role', 'text')
				.addColumn('token_hash', 'text', (c) => c.notNull())
				.addColumn('created_at', 'bigint', (c) => c.notNull())
				.addColumn('expires_at', 'bigint', (c) => c.notNull())
				.addColumn('closed_at', 'bigint')
				.execute();
			await db.schema.createIndex('groups_expires_at').on('groups').column('expires_at').execute();
			await db.schema
				.createTable('submissions')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('group_id', 'text', (c) =>
					c.notNull().references('groups.id').onDelete('cascade')
				)
				.addColumn('created_at', 'bigint', (c) => c.notNull())
				.addColumn('summary', 'text', (c) => c.notNull())
				.execute();
			await db.schema
				.createIndex('submissions_group_id')
				.on('submissions')
				.column('group_id')
				.execute();
		}
	},
	'002-campaigns': {
		async up(db: Kysely<unknown>) {
			await db.schema
				.createTable('campaigns')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('name', 'text', (c) => c.notNull())
				.addColumn('locale', 'text', (c) => c.notNull())
				.addColumn('target_role', 'text')
				.addColumn('token_hash', 'text', (c) => c.notNull())
				.addColumn('created_at', 'bigint', (c) => c.notNull())
				.addColumn('expires_at', 'bigint', (c) => c.notNull())
				.execute();
			await db.schema
				.createTable('campaign_counts')
				.addColumn('campaign_id', 'text', (c) =>
					c.notNull().references('campaigns.id').onDelete('cascade')
				)
				.addColumn('day', 'text', (c) => c.notNull())
				.addColumn('metric', 'text', (c) => c.notNull())
				.addColumn('count', 'integer', (c) => c.notNull().defaultTo(0))
				.addPrimaryKeyConstraint('campaign_counts_pk', ['campaign_id', 'day', 'metric'])
				.execute();
		}
	}
};
