/**
 * Role scoring: an evidence-weighted, asymmetric distance between the trait levels the visitor showed
 * and the levels a typical person in the role would have shown on the same items (see README.md).
 *
 * "Would have shown": the response model predicts how a person at the role's profile answers each
 * answered item; pushing those expected answers through the same estimator gives the role's expected
 * level e on each trait. Comparing v with e rather than with the raw profile p keeps the comparison
 * fair: both went through the same items, the same shrinkage, the same multiple-choice asymmetry.
 *
 * Per trait:  penalty = shortfallWeight · max(0, e − v)
 *                     + surplusWeight · max(0, (definingLevel − p) / definingLevel) · max(0, v − e)
 * - Showing less than the role asks costs most.
 * - Showing more than the role asks costs less, and only on traits the role asks little of (surplus
 *   is free at p ≥ definingLevel): a role that barely uses your strengths is a weaker fit, but being
 *   better than needed at what a role is about never hurts.
 * distance = Σ w · penalty / Σ w with w = evidence + evidenceFloor, so traits the answers said little
 * about count little; score = 100 · exp(−distance / scoreScale) ∈ (0, 100].
 *
 * Monotonicity (tested): e and w depend only on which items were answered, not on the answers; for a
 * trait with p ≥ definingLevel the penalty is non-increasing in v. So raising the visitor's level on a
 * role's defining traits (e.g. agreeing more strongly with an item that loads only on them) never
 * lowers that role's score.
 */
import type { TraitId } from '../content/schema';
import type { QuizBank } from '../quiz/bank';
import { TUNING } from '../quiz/tuning';
import { itemEffect, toValue, type Estimate } from './estimate';
import { rolePredictions } from './response';

export type RoleScore = {
	roleId: string;
	/** 0..100, higher = better fit. */
	score: number;
	distance: number;
	/** 1 = best fit. */
	rank: number;
	/** Set on the role the visitor is checking their fit for (target-role mode). */
	target?: true;
};

/** Expected contribution of each item to each trait for a person at each role's profile: [role][question]. */
const expectedCache = new WeakMap<QuizBank, Partial<Record<TraitId, number>>[][]>();
function expectedContributions(bank: QuizBank) {
	let out = expectedCache.get(bank);
	if (!out) {
		const preds = rolePredictions(bank);
		out = bank.roles.map((_, r) =>
			bank.questions.map((q, qi) => {
				const { contributions, reach } = itemEffect(q);
				const e: Partial<Record<TraitId, number>> = {};
				for (const t in reach)
					e[t as TraitId] = contributions.reduce(
						(s, row, k) => s + (preds[r]![qi]![k] ?? 0) * (row[t as TraitId] ?? 0),
						0
					);
				return e;
			})
		);
		expectedCache.set(bank, out);
	}
	return out;
}

/** The level a typical person in role r would have shown on each trait, over the answered items. */
export function expectedLevels(
	bank: QuizBank,
	estimate: Estimate,
	r: number
): Record<TraitId, number> {
	const ec = expectedContributions(bank)[r]!;
	const sums: Partial<Record<TraitId, number>> = {};
	for (const qi of estimate.items)
		for (const [t, c] of Object.entries(ec[qi]!) as [TraitId, number][])
			sums[t] = (sums[t] ?? 0) + c;
	const out = {} as Record<TraitId, number>;
	for (const t of bank.traits) out[t] = toValue(sums[t] ?? 0, estimate.traits[t].evidence);
	return out;
}

/** Penalty on one trait: p = profile, e = level the role would show, v = level shown. */
export function traitPenalty(p: number, e: number, v: number): number {
	const { shortfallWeight, surplusWeight, definingLevel } = TUNING;
	const surplusShare = Math.max(0, (definingLevel - p) / definingLevel);
	return shortfallWeight * Math.max(0, e - v) + surplusWeight * surplusShare * Math.max(0, v - e);
}

export const traitWeight = (estimate: Estimate, t: TraitId) =>
	estimate.traits[t].evidence + TUNING.evidenceFloor;

export function roleDistance(bank: QuizBank, estimate: Estimate, r: number): number {
	const role = bank.roles[r]!;
	const e = expectedLevels(bank, estimate, r);
	let num = 0;
	let den = 0;
	for (const t of bank.traits) {
		const w = traitWeight(estimate, t);
		num += w * traitPenalty(role.profile[t], e[t], estimate.traits[t].value);
		den += w;
	}
	return den > 0 ? num / den : 0;
}

export const toScore = (distance: number) => 100 * Math.exp(-distance / TUNING.scoreScale);

/** All roles, best first (ties keep bank order); the target role, if any, is flagged. */
export function scoreRoles(
	bank: QuizBank,
	estimate: Estimate,
	options: { targetRole?: string | null } = {}
): RoleScore[] {
	return bank.roles
		.map((role, i) => ({ role, i, distance: roleDistance(bank, estimate, i) }))
		.sort((a, b) => a.distance - b.distance || a.i - b.i)
		.map(({ role, distance }, i) => ({
			roleId: role.id,
			score: toScore(distance),
			distance,
			rank: i + 1,
			...(role.id === options.targetRole ? { target: true as const } : {})
		}));
}
