/**
 * Calibration of the response model on the persona panel (`npm run fit:levels`): for each role, the
 * levels at which people who fit it answer the items. A role's profile says what the job needs; the
 * people the raters wrote for it show that through their answers in their own way (a school leaver
 * who would suit advisor work still says something about leading a group). Scoring compares a
 * visitor with what people who fit a role would have shown on the same items, so those expected
 * answers should come from levels that reproduce how such people answer.
 *
 * Per role: the mean level its panel personas showed on each trait (every item answered), then the
 * levels whose predicted answers show exactly that (a fixed-point iteration through the response model
 * and the estimator), pulled towards the profile by n / (n + shrinkage): with few people the profile
 * keeps most of its say. Alongside, the answers those people gave to each item, counted: the
 * response model's prediction at the fitted levels is pulled towards them (see `rolePredictions`).
 */
import { choiceCount, type Answer, type QuizBank } from '../bank/bank';
import type { Content } from '../content/validate';
import type { Calibration, Profile, TraitId } from '../content/schema';
import { estimateTraits, toValue, type Estimate } from '../matching/estimate';
import { responseProbs } from '../matching/response';
import { expectedContribution } from '../matching/score';
import { panelAnswers, type Persona } from './panel';

/** How strongly the profile holds: the weight of the profile in people (see the module comment). */
export const SHRINKAGE = 3;
const ITERATIONS = 40;
const LEVEL_RANGE = [0.02, 0.98] as const;

/** Levels shown (estimator output) on each trait, over every item, by someone answering at `levels`. */
function shownAt(bank: QuizBank, all: Estimate, levels: Profile): Record<TraitId, number> {
	const sums = new Float64Array(bank.traits.length);
	for (const qi of all.items) {
		const q = bank.questions[qi]!;
		const row = expectedContribution(bank, q, responseProbs(q, levels, bank.tuning));
		for (let k = 0; k < row.length; k++) sums[k]! += row[k]!;
	}
	const out = {} as Record<TraitId, number>;
	bank.traits.forEach((t, k) => (out[t] = toValue(bank, sums[k]!, all.traits[t].evidence)));
	return out;
}

/**
 * An estimate with every item answered: its evidence (and so any level computed over it) depends on
 * which items were answered, never on the answers, so any full answer sheet will do.
 */
export const everyItemAnswered = (bank: QuizBank): Estimate =>
	estimateTraits(
		bank,
		bank.questions.map((q) => ({ questionId: q.id, choice: 0 }))
	);

export function fitLevels(
	bank: QuizBank,
	content: Content,
	panel: readonly Persona[],
	shrinkage = SHRINKAGE
): Calibration {
	const shown = panel.map((p) => {
		const answers = panelAnswers(bank, content.questions, p);
		return { p, answers, estimate: estimateTraits(bank, answers) };
	});
	const all = everyItemAnswered(bank);
	const levels: Record<string, Profile> = {};
	const answered: Calibration['answered'] = {};
	for (const role of bank.roles) {
		const mine = shown.filter((s) => s.p.expected === role.id);
		answered[role.id] = answerCounts(
			bank,
			mine.map((m) => m.answers)
		);
		if (!mine.length) {
			levels[role.id] = { ...role.profile };
			continue;
		}
		const target = Object.fromEntries(
			bank.traits.map((t) => [
				t,
				mine.reduce((s, m) => s + m.estimate.traits[t].value, 0) / mine.length
			])
		) as Record<TraitId, number>;
		let fit: Profile = { ...role.profile };
		for (let i = 0; i < ITERATIONS; i++) {
			const now = shownAt(bank, all, fit);
			fit = Object.fromEntries(
				bank.traits.map((t) => [t, clamp(fit[t] + target[t] - now[t])])
			) as Profile;
		}
		const pull = mine.length / (mine.length + shrinkage);
		levels[role.id] = Object.fromEntries(
			bank.traits.map((t) => [t, round(role.profile[t] + pull * (fit[t] - role.profile[t]))])
		) as Profile;
	}
	return { people: panel.length, shrinkage, levels, answered };
}

/** How many of these answer sheets (in bank order) gave each answer to each item, by item id. */
function answerCounts(bank: QuizBank, sheets: readonly Answer[][]) {
	const out: Record<string, number[]> = {};
	for (const sheet of sheets)
		sheet.forEach((a, qi) => {
			if (a.choice === null) return;
			const q = bank.questions[qi]!;
			const counts = (out[q.id] ??= new Array<number>(choiceCount(q)).fill(0));
			counts[a.choice]!++;
		});
	return out;
}

const clamp = (x: number) => Math.min(LEVEL_RANGE[1], Math.max(LEVEL_RANGE[0], x));
const round = (x: number) => Math.round(x * 1000) / 1000;
