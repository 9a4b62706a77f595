/**
 * The anonymous summary a visitor may share with a group: their top roles with fit levels, the
 * best role to start in now, trait levels, Awards category and experience stage (when they gave it). Never an answer, a name or anything about the device. Computed on the server from the
 * share code, so a summary always is what the quiz would show; trait levels are rounded to steps
 * of 10 so that a summary is not a fingerprint of someone's answers.
 */
import * as v from 'valibot';
import type { TraitId } from '../content/schema';
import { STAGES, type Answer, type QuizBank, type Stage } from '../bank/bank';
import { ranked } from '../matching';

export const FIT_BANDS = ['strong', 'medium', 'weak'] as const;
export type FitBand = (typeof FIT_BANDS)[number];

/** Fit levels from a 0–100 match score (the same cut-offs for groups and campaigns). */
export function fitBand(score: number): FitBand {
	return score >= 70 ? 'strong' : score >= 50 ? 'medium' : 'weak';
}

const RoleFit = v.object({ role: v.pipe(v.string(), v.maxLength(60)), fit: v.picklist(FIT_BANDS) });

export const SummarySchema = v.object({
	v: v.literal(1),
	top: v.pipe(v.array(RoleFit), v.maxLength(3)),
	target: v.optional(RoleFit),
	startNow: v.nullable(v.pipe(v.string(), v.maxLength(60))),
	traits: v.record(
		v.pipe(v.string(), v.maxLength(40)),
		v.pipe(v.number(), v.minValue(0), v.maxValue(100))
	),
	award: v.nullable(v.pipe(v.string(), v.maxLength(40))),
	/** Where the visitor stands (the quiz's optional experience answer); absent when not given. */
	stage: v.optional(v.pipe(v.string(), v.maxLength(40)))
});
export type AnonymousSummary = v.InferOutput<typeof SummarySchema>;

export function anonymousSummary(
	bank: QuizBank,
	answers: readonly Answer[],
	targetRole: string | null,
	stage: Stage = null
): AnonymousSummary {
	const r = ranked(bank, answers, targetRole, stage);
	const levels = new Map(bank.roles.map((role) => [role.id, role.level]));
	// With an experience answer the ranking lists the roles one can start in now first.
	const entry =
		stage !== null ? r.ranking[0] : r.ranking.find((s) => levels.get(s.roleId) === 'entry');
	const summary: AnonymousSummary = {
		v: 1,
		top: r.top.map((m) => ({ role: m.roleId, fit: fitBand(m.score) })),
		startNow: entry?.roleId ?? null,
		traits: Object.fromEntries(
			bank.traits.map((id: TraitId) => [id, Math.round(r.estimate.traits[id].value * 10) * 10])
		),
		award: r.award
	};
	if (stage !== null) summary.stage = STAGES[stage];
	if (r.target) summary.target = { role: r.target.roleId, fit: fitBand(r.target.score) };
	return summary;
}

/** A stored summary, or null when it is not one (never trusted blindly, even from our own DB). */
export function parseSummary(json: string): AnonymousSummary | null {
	try {
		const parsed = v.safeParse(SummarySchema, JSON.parse(json));
		return parsed.success ? parsed.output : null;
	} catch {
		return null;
	}
}
