/**
 * How a person with given trait levels answers an item: the model behind item selection (predicting
 * what each candidate role would answer) and the simulated personas of the benchmark.
 *
 * Choice items: utility of an option = loads · (traits − 0.5); options are picked with softmax
 * probabilities (equivalently: highest utility plus Gumbel noise). Agree scale: a graded response,
 * P(response ≥ j) = logistic((utility − threshold_j) / temperature) with thresholds evenly spaced
 * around 0.
 */
import type { BankQuestion, Loads, QuizBank } from '../bank/bank';
import type { TraitId } from '../content/schema';
import type { Tuning } from '../bank/tuning';

export type TraitLevels = Partial<Record<TraitId, number>>;

export function utility(loads: Loads, traits: TraitLevels): number {
	let u = 0;
	for (const t in loads) u += (loads[t as TraitId] ?? 0) * ((traits[t as TraitId] ?? 0.5) - 0.5);
	return u;
}

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/** Probability of each answer position (option index, or 0..4 on the scale). */
export function responseProbs(
	q: BankQuestion,
	traits: TraitLevels,
	tuning: Pick<Tuning, 'scaleStep' | 'responseTemperature'>,
	temperature: number = tuning.responseTemperature
): number[] {
	if (q.kind === 'scale') {
		const u = utility(q.loads, traits);
		const step = tuning.scaleStep;
		// P(≥ j) for j = 1..4, thresholds at −1.5, −0.5, 0.5, 1.5 steps.
		const atLeast = [
			1,
			...[-1.5, -0.5, 0.5, 1.5].map((b) => logistic((u - b * step) / temperature)),
			0
		];
		return [0, 1, 2, 3, 4].map((j) => (atLeast[j] ?? 0) - (atLeast[j + 1] ?? 0));
	}
	const us = q.options.map((o) => utility(o, traits) / temperature);
	const max = Math.max(...us);
	const e = us.map((u) => Math.exp(u - max));
	const sum = e.reduce((a, b) => a + b, 0);
	return e.map((x) => x / sum);
}

/**
 * Predicted answers of people who fit each role: [role][question][position]. The response model at the
 * role's `answering` levels, pulled towards the answers the role's panel personas gave (`answered`):
 * (counts + modelWeight · model) / (people + modelWeight), so the model counts as modelWeight people.
 * It keeps what the trait levels cannot say (which of two sales-minded answers a retention specialist
 * picks) and fills in where the panel is thin.
 */
const predictionCache = new WeakMap<QuizBank, number[][][]>();
export function rolePredictions(bank: QuizBank): number[][][] {
	let p = predictionCache.get(bank);
	if (!p) {
		const k = bank.tuning.modelWeight;
		p = bank.roles.map((r) =>
			bank.questions.map((q, qi) => {
				const model = responseProbs(q, r.answering, bank.tuning);
				const counts = r.answered[qi] ?? [];
				const people = counts.reduce((a, b) => a + b, 0);
				return model.map((x, j) => ((counts[j] ?? 0) + k * x) / (people + k));
			})
		);
		predictionCache.set(bank, p);
	}
	return p;
}
