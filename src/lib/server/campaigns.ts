/** Recruiters' tracked campaigns: creation, anonymous counting, and what their owner may see. */
import { campaignDay, funnel, storedMetric, type Band, type Funnel } from '$lib/campaign/funnel';
import type { TrackedEvent } from '$lib/campaign/tracking';
import { fitBand } from '$lib/groups/summary';
import type { Locale } from '$lib/i18n/locales';
import { ranked } from '$lib/matching';
import { decodeShareCode } from '$lib/quiz/share-code';
import { env } from '$env/dynamic/private';
import { ApiFailure } from './api';
import { bank, bankHistory } from './quiz';
import * as db from './storage/campaigns';
import { storage } from './storage';
import { hashToken, newId, newToken, tokenMatches } from './tokens';

const DAY = 86_400_000;

/** Days a campaign's figures are kept: `CAMPAIGN_RETENTION_DAYS`, default 395 (13 months). */
function retention(): number {
	const days = Number(env.CAMPAIGN_RETENTION_DAYS);
	return Number.isInteger(days) && days > 0 && days <= 760 ? days : 395;
}

export type NewCampaign = { name: string; locale: Locale; targetRole: string | null };

export async function createCampaign(input: NewCampaign, now = Date.now()) {
	const token = newToken();
	const campaign = {
		id: newId(),
		name: input.name,
		locale: input.locale,
		target_role: input.targetRole,
		token_hash: hashToken(token),
		created_at: now,
		expires_at: now + retention() * DAY
	};
	await db.insertCampaign((await storage()).db, campaign);
	return { id: campaign.id, token, expiresAt: campaign.expires_at };
}

/** Counts one step of a visit; a finish is counted with its fit band for the target role. */
export async function count(
	campaignId: string,
	event: TrackedEvent,
	now = Date.now()
): Promise<void> {
	const store = await storage();
	let band: Band | undefined;
	if (event.metric === 'finish') {
		const decoded = decodeShareCode(bank, event.code, bankHistory);
		if (!decoded.ok) throw new ApiFailure('invalid');
		const campaign = await db.campaignById(store.db, campaignId, now);
		if (!campaign) throw new ApiFailure('notFound');
		const target = campaign.target_role ?? decoded.targetRole ?? null;
		const fit = target ? ranked(bank, decoded.answers, target).target : null;
		band = fit ? fitBand(fit.score) : undefined;
	}
	const row = { campaignId, day: campaignDay(now), metric: storedMetric(event.metric, band) };
	const counted = await db.countInBatch(store, row);
	if (!counted) throw new ApiFailure('notFound');
}

export type CampaignView = {
	campaign: { name: string; locale: string; targetRole: string | null; expiresAt: number };
	funnel: Funnel;
};

async function owned(id: string, token: string): Promise<db.Campaign> {
	const campaign = await db.campaignById((await storage()).db, id, Date.now());
	const matches = tokenMatches(token, campaign?.token_hash ?? hashToken(''));
	if (!campaign || !matches) throw new ApiFailure('unauthorized');
	return campaign;
}

export async function campaignView(id: string, token: string): Promise<CampaignView> {
	const campaign = await owned(id, token);
	const rows = await db.countsOf((await storage()).db, campaign.id);
	return {
		campaign: {
			name: campaign.name,
			locale: campaign.locale,
			targetRole: campaign.target_role,
			expiresAt: campaign.expires_at
		},
		funnel: funnel(rows)
	};
}

export async function deleteCampaign(id: string, token: string): Promise<void> {
	const campaign = await owned(id, token);
	await db.deleteCampaign((await storage()).db, campaign.id);
}
