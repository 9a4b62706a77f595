/** The tables, as the typed query layer sees them. Times are milliseconds since 1970 (UTC). */
import type { Generated } from 'kysely';

export type GroupsTable = {
	id: string;
	join_code: string;
	name: string;
	locale: string;
	target_role: string | null;
	/** SHA-256 of the organizer's token, hex: the token itself is never stored. */
	token_hash: string;
	created_at: number;
	expires_at: number;
	closed_at: number | null;
};

export type SubmissionsTable = {
	/** Chosen by the visitor's device, which alone knows it (it lets them withdraw). */
	id: string;
	group_id: string;
	created_at: number;
	/** The anonymous summary, as JSON. */
	summary: string;
};

export type CampaignsTable = {
	id: string;
	name: string;
	locale: string;
	target_role: string | null;
	token_hash: string;
	created_at: number;
	expires_at: number;
};

export type CampaignCountsTable = {
	campaign_id: string;
	/** The calendar day in Brussels/Paris time, YYYY-MM-DD. */
	day: string;
	metric: string;
	count: Generated<number>;
};

export type Database = {
	groups: GroupsTable;
	submissions: SubmissionsTable;
	campaigns: CampaignsTable;
	campaign_counts: CampaignCountsTable;
};
