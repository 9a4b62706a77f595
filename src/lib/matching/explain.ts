/**
 * Why a role fits: which traits raised its score (and which answers showed them), and where the role
 * asks clearly more than the answers showed.
 */
import type { TraitId } from '../content/schema';
import type { Answer, QuizBank } from '../bank/bank';
import { findQuestion } from '../bank/bank';
import { inBankOrder, itemEffect, type Estimate } from './estimate';
import {
	expectedLevels,
	ownLevel,
	roleDistance,
	toScore,
	traitPenalty,
	traitWeights
} from './score';

export type Strength = { trait: TraitId; effect: number; answers: string[] };
export type Gap = { trait: TraitId; asked: number; shown: number };
export type Explanation = { roleId: string; strengths: Strength[]; gaps: Gap[] };

/**
 * effect = score points the trait adds compared with a neutral (0.5) level on it, the rest unchanged.
 * Only traits the visitor showed (above neutral) count as strengths; the answers listed are those
 * that raised the trait, strongest first.
 */
export function explainMatch(
	bank: QuizBank,
	answers: readonly Answer[],
	estimate: Estimate,
	roleId: string
): Explanation {
	const r = bank.roles.findIndex((x) => x.id === roleId);
	const role = bank.roles[r];
	if (!role) return { roleId, strengths: [], gaps: [] };
	const distance = roleDistance(bank, estimate, r);
	const expected = expectedLevels(bank, estimate, r);
	const weights = traitWeights(bank, estimate, r);
	const den = weights.reduce((a, b) => a + b, 0);
	const own = ownLevel(bank, estimate);
	const ordered = inBankOrder(bank, answers);

	const strengths: Strength[] = [];
	const gaps: Gap[] = [];
	bank.traits.forEach((t, k) => {
		const { value, evidence } = estimate.traits[t];
		const p = role.profile[t];
		const w = weights[k]! / den;
		// Compared with showing the neutral level on this trait.
		const gain =
			w *
			(traitPenalty(bank, p, expected[t], 0.5, own) -
				traitPenalty(bank, p, expected[t], value, own));
		// Score with this trait at neutral would rest on distance + gain.
		const effect = toScore(bank, distance) - toScore(bank, distance + gain);
		// "Why you match" names what the visitor showed, not a match on traits both lack.
		if (gain > 1e-9 && value > 0.5)
			strengths.push({ trait: t, effect, answers: drivers(bank, ordered, t) });
		// "Asked" = the level a typical person in the role shows on these items, on the same scale as "shown".
		if (evidence >= bank.tuning.gapEvidence && expected[t] - value >= bank.tuning.gapMargin)
			gaps.push({ trait: t, asked: expected[t], shown: value });
	});
	strengths.sort((a, b) => b.effect - a.effect);
	gaps.sort((a, b) => b.asked - b.shown - (a.asked - a.shown));
	return { roleId, strengths: strengths.slice(0, bank.tuning.strengthsShown), gaps };
}

function drivers(bank: QuizBank, answers: Answer[], trait: TraitId): string[] {
	return answers
		.map((a) => {
			const q = findQuestion(bank, a.questionId);
			const c = q && a.choice !== null ? (itemEffect(q).contributions[a.choice]?.[trait] ?? 0) : 0;
			return { id: a.questionId, c };
		})
		.filter((d) => d.c > 1e-9)
		.sort((a, b) => b.c - a.c)
		.slice(0, bank.tuning.answersPerStrength)
		.map((d) => d.id);
}

/** The award trait the visitor shows most (ties: more evidence, then trait order). */
export function awardCategory(bank: QuizBank, estimate: Estimate): TraitId | null {
	let best: TraitId | null = null;
	for (const t of bank.awardTraits) {
		const b = best && estimate.traits[best];
		const e = estimate.traits[t];
		if (!b || e.value > b.value || (e.value === b.value && e.evidence > b.evidence)) best = t;
	}
	return best;
}
