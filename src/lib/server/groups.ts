/**
 * Class and coaching sessions: creating a group, sharing a summary with it, and what its organizer
 * may see and do. The organizer's token is checked here and nowhere else.
 */
import { content } from '$lib/content/catalogue';
import { JOIN_ALPHABET, JOIN_LENGTH } from '$lib/groups/join-code';
import { groupReport, type GroupReport } from '$lib/groups/report';
import { anonymousSummary, parseSummary, type AnonymousSummary } from '$lib/groups/summary';
import type { Locale } from '$lib/i18n/locales';
import { decodeShareCode } from '$lib/quiz/share-code';
import { ApiFailure } from './api';
import { bank, bankHistory } from './quiz';
import * as db from './storage/groups';
import { retentionDays, storage } from './storage';
import { hashToken, newId, newToken, randomCode, tokenMatches } from './tokens';

const DAY = 86_400_000;

export type NewGroup = { name: string; locale: Locale; targetRole: string | null };
export type CreatedGroup = { id: string; joinCode: string; token: string; expiresAt: number };

export async function createGroup(input: NewGroup, now = Date.now()): Promise<CreatedGroup> {
	const { db: kdb } = await storage();
	const token = newToken();
	for (let attempt = 0; ; attempt++) {
		const joinCode = randomCode(JOIN_ALPHABET, JOIN_LENGTH);
		if (await db.joinCodeTaken(kdb, joinCode)) {
			if (attempt < 10) continue;
			throw new Error('No free join code');
		}
		const group = {
			id: newId(),
			join_code: joinCode,
			name: input.name,
			locale: input.locale,
			target_role: input.targetRole,
			token_hash: hashToken(token),
			created_at: now,
			expires_at: now + retentionDays() * DAY,
			closed_at: null
		};
		try {
			await db.insertGroup(kdb, group);
		} catch (error) {
			// Drawn by another request at the same moment: draw again.
			if (attempt < 10 && (await db.joinCodeTaken(kdb, joinCode))) continue;
			throw error;
		}
		return { id: group.id, joinCode, token, expiresAt: group.expires_at };
	}
}

/** What anyone with the join code may know: the group's name, language, target role, state. */
export type PublicGroup = {
	name: string;
	locale: string;
	targetRole: string | null;
	closed: boolean;
};

export async function publicGroup(joinCode: string): Promise<PublicGroup | null> {
	const group = await db.groupByJoinCode((await storage()).db, joinCode, Date.now());
	if (!group) return null;
	return {
		name: group.name,
		locale: group.locale,
		targetRole: group.target_role,
		closed: group.closed_at !== null
	};
}

/** Computes the summary from the visitor's share code and stores it once per submission id. */
export async function share(
	joinCode: string,
	submissionId: string,
	shareCode: string
): Promise<'added' | 'duplicate'> {
	const decoded = decodeShareCode(bank, shareCode, bankHistory);
	if (!decoded.ok) throw new ApiFailure('invalid');
	const store = await storage();
	const group = await db.groupByJoinCode(store.db, joinCode, Date.now());
	if (!group) throw new ApiFailure('notFound');
	const summary: AnonymousSummary = anonymousSummary(
		bank,
		decoded.answers,
		group.target_role ?? decoded.targetRole ?? null,
		decoded.stage ?? null
	);
	const submission = { id: submissionId, summary: JSON.stringify(summary), now: Date.now() };
	// Checked again inside the write: the group may have been closed or deleted meanwhile.
	const outcome = await store.write((tx) => db.addSubmission(tx, joinCode, submission));
	if (outcome === 'gone') throw new ApiFailure('notFound');
	if (outcome === 'closed') throw new ApiFailure('closed');
	return outcome;
}

export async function withdraw(submissionId: string): Promise<boolean> {
	return db.withdrawSubmission((await storage()).db, submissionId);
}

/** The group, when the token is its organizer's; otherwise the same failure whether or not it exists. */
export async function organizerGroup(id: string, token: string): Promise<db.Group> {
	const group = await db.groupById((await storage()).db, id, Date.now());
	// Compare against a dummy hash when the group is unknown, so both paths cost the same.
	const matches = tokenMatches(token, group?.token_hash ?? hashToken(''));
	if (!group || !matches) throw new ApiFailure('unauthorized');
	return group;
}

export type OrganizerView = {
	group: {
		name: string;
		joinCode: string;
		locale: string;
		targetRole: string | null;
		closed: boolean;
		expiresAt: number;
	};
	report: GroupReport;
};

export async function organizerView(id: string, token: string): Promise<OrganizerView> {
	const group = await organizerGroup(id, token);
	const summaries = (await db.summariesOf((await storage()).db, group.id))
		.map(parseSummary)
		.filter((s): s is AnonymousSummary => s !== null);
	return {
		group: {
			name: group.name,
			joinCode: group.join_code,
			locale: group.locale,
			targetRole: group.target_role,
			closed: group.closed_at !== null,
			expiresAt: group.expires_at
		},
		report: groupReport(
			summaries,
			content.traits.map((t) => t.id)
		)
	};
}

export async function closeGroup(id: string, token: string): Promise<void> {
	const group = await organizerGroup(id, token);
	await db.closeGroup((await storage()).db, group.id, Date.now());
}

export async function deleteGroup(id: string, token: string): Promise<void> {
	const group = await organizerGroup(id, token);
	await db.deleteGroup((await storage()).db, group.id);
}
