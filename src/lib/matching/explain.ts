/**
 * Why a role fits, as one story: the traits that raised its score (and which answers showed them),
 * where the role asks clearly more than the answers showed (a trait is one or the other, never
 * both), and the answers the visitor shares with people who suit the role, which the score also
 * weighs (its surprise term) and which traits alone do not tell.
 */
import type { TraitId } from '../content/schema';
import type { Answer, QuizBank } from '../bank/bank';
import { findQuestion, questionIndex } from '../bank/bank';
import { inBankOrder, itemEffect, type Estimate } from './estimate';
import { rolePredictions } from './response';
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
export type Explanation = {
	roleId: string;
	strengths: Strength[];
	gaps: Gap[];
	/** Question ids of answers typical of people who suit the role, most telling first. */
	shared: string[];
};

/**
 * effect = score points the trait adds compared with a neutral (0.5) level on it, the rest unchanged.
 * A strength is a trait the role asks for (profile ≥ definingLevel), that the visitor clearly showed
 * (≥ strengthLevel), that added at least strengthEffect points, and on which the visitor does not fall
 * short of the role (that is a gap). The answers listed are those that raised the trait, strongest
 * first.
 */
export function explainMatch(
	bank: QuizBank,
	answers: readonly Answer[],
	estimate: Estimate,
	roleId: string
): Explanation {
	const r = bank.roles.findIndex((x) => x.id === roleId);
	const role = bank.roles[r];
	if (!role) return { roleId, strengths: [], gaps: [], shared: [] };
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
		// "Asked" = the level a typical person in the role shows on these items, on the same scale as "shown".
		const gap = evidence >= bank.tuning.gapEvidence && expected[t] - value >= bank.tuning.gapMargin;
		if (gap) gaps.push({ trait: t, asked: expected[t], shown: value });
		// "Why you match" names what the visitor showed and the role uses, not a match on traits both
		// lack, nor a trait the role asks little of.
		else if (
			p >= bank.tuning.definingLevel &&
			value >= bank.tuning.strengthLevel &&
			effect >= bank.tuning.strengthEffect
		)
			strengths.push({ trait: t, effect, answers: drivers(bank, ordered, t) });
	});
	strengths.sort((a, b) => b.effect - a.effect);
	gaps.sort((a, b) => b.asked - b.shown - (a.asked - a.shown));
	const shown = strengths.slice(0, bank.tuning.strengthsShown);
	const listed = new Set(shown.flatMap((s) => s.answers));
	return { roleId, strengths: shown, gaps, shared: sharedAnswers(bank, ordered, r, listed) };
}

/**
 * Answers that people who suit role r give at least `sharedLikely` of the time and `sharedLift` times
 * as often as people across all roles, the most telling (highest ratio) first; answers already listed
 * under a strength are left out.
 */
function sharedAnswers(
	bank: QuizBank,
	answers: Answer[],
	r: number,
	listed: Set<string>
): string[] {
	const predictions = rolePredictions(bank);
	const index = questionIndex(bank);
	const { sharedLikely, sharedLift, sharedShown } = bank.tuning;
	return answers
		.flatMap((a) => {
			const qi = index.get(a.questionId);
			if (a.choice === null || qi === undefined || listed.has(a.questionId)) return [];
			const share = predictions[r]![qi]![a.choice] ?? 0;
			const across =
				predictions.reduce((sum, role) => sum + (role[qi]![a.choice!] ?? 0), 0) /
				predictions.length;
			return share >= sharedLikely && share >= sharedLift * across
				? [{ id: a.questionId, ratio: share / across }]
				: [];
		})
		.sort((a, b) => b.ratio - a.ratio)
		.slice(0, sharedShown)
		.map((x) => x.id);
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

/**
 * Per trait, how many answers said something about it (items covering it, `coverLoad`): the words
 * "little evidence" rest on this count, which a visitor can check against their answers.
 */
export function answersPerTrait(
	bank: QuizBank,
	answers: readonly Answer[]
): Record<TraitId, number> {
	const counts = Object.fromEntries(bank.traits.map((t) => [t, 0])) as Record<TraitId, number>;
	for (const a of inBankOrder(bank, answers)) {
		const q = a.choice === null ? undefined : findQuestion(bank, a.questionId);
		if (!q) continue;
		for (const [t, reach] of Object.entries(itemEffect(q).reach) as [TraitId, number][])
			if (reach >= bank.tuning.coverLoad && t in counts) counts[t] += 1;
	}
	return counts;
}
