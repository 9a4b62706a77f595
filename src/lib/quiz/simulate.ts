/**
 * Simulated visitors for the benchmark (scripts/bench-match.ts) and the seeded recovery test: personas
 * drawn around the levels at which people who fit each role answer (`answering`), through the response
 * model, with the real selection, stop rule and matching. Seeded, so every run gives the same figures.
 */
import type { TraitId } from '../content/schema';
import { responseProbs, rolePredictions, type TraitLevels } from '../matching/response';
import { results } from '../matching/index';
import { questionIndex, type Answer, type BankQuestion, type QuizBank } from '../bank/bank';
import { nextQuestion, stopReason } from './select';

// Re-exported so scripts can load the whole engine through one module runner.
export { toQuizBank } from '../bank/bank';
export { results } from '../matching/index';

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function gaussian(rand: () => number): number {
	const u = Math.max(rand(), 1e-12);
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/** A persona: the profile plus Gaussian noise (sd), clamped to 0..1. */
export function persona(
	profile: TraitLevels,
	traits: readonly TraitId[],
	sd: number,
	rand: () => number
) {
	const out: TraitLevels = {};
	for (const t of traits)
		out[t] = Math.min(1, Math.max(0, (profile[t] ?? 0.5) + sd * gaussian(rand)));
	return out;
}

function sample(probs: number[], rand: () => number): number {
	let x = rand();
	for (let i = 0; i < probs.length; i++) {
		x -= probs[i] ?? 0;
		if (x < 0) return i;
	}
	return probs.length - 1;
}

/** How a simulated visitor answers: the probability of each answer to the item at this bank index. */
export type Answering = (q: BankQuestion, index: number) => number[];

/** A person at these trait levels, answering through the response model. */
export const atLevels =
	(bank: QuizBank, traits: TraitLevels, temperature?: number): Answering =>
	(q) =>
		responseProbs(q, traits, bank.tuning, temperature);

/** Someone who answers like the people who fit role r (`rolePredictions`: the panel's answers included). */
export const likeRole =
	(bank: QuizBank, r: number): Answering =>
	(_, index) =>
		rolePredictions(bank)[r]![index]!;

/** Runs one quiz to its stop rule, each answer drawn from `answering`. */
export function runQuiz(
	bank: QuizBank,
	answering: Answering,
	rand: () => number,
	options: { target?: string | null } = {}
): Answer[] {
	const answers: Answer[] = [];
	const index = questionIndex(bank);
	while (!stopReason(bank, answers)) {
		const id = nextQuestion(bank, answers, options.target);
		const i = id ? index.get(id) : undefined;
		if (i === undefined) break;
		const q = bank.questions[i]!;
		answers.push({ questionId: q.id, choice: sample(answering(q, i), rand) });
	}
	return answers;
}

/**
 * The bank with `lengths`: how long the quiz runs for simulated visitors (two per role, seeded, each
 * answering like the people who fit the role), so the intro's length and the progress estimate are
 * computed from the current items and stop rule rather than copied from a run. On the persona panel
 * the quiz takes 12 questions at the median and 14 at the 90th percentile; these visitors give the
 * same, where visitors answering through the model alone ran longer (12 to 18).
 */
export function withLengths(bank: QuizBank): QuizBank {
	const rand = prng(11);
	const lengths: number[] = [];
	bank.roles.forEach((_, r) => {
		for (let i = 0; i < 2; i++) lengths.push(runQuiz(bank, likeRole(bank, r), rand).length);
	});
	return { ...bank, lengths: lengths.sort((a, b) => a - b) };
}

export type Study = {
	top1: number;
	top3: number;
	meanQuestions: number;
	maxQuestions: number;
	runs: number;
};

/** Recovery study: `perRole` personas per role; a persona is recovered when its role ranks first / top 3. */
export function study(
	bank: QuizBank,
	options: {
		perRole: number;
		seed: number;
		sd?: number;
		temperature?: number;
		targetMode?: boolean;
		onRun?: (answers: Answer[], target: string | null) => void;
	}
): Study {
	const rand = prng(options.seed);
	let top1 = 0;
	let top3 = 0;
	let total = 0;
	let max = 0;
	let runs = 0;
	for (const role of bank.roles) {
		for (let i = 0; i < options.perRole; i++) {
			const traits = persona(role.answering, bank.traits, options.sd ?? 0.1, rand);
			const target = options.targetMode ? role.id : null;
			const answers = runQuiz(bank, atLevels(bank, traits, options.temperature), rand, { target });
			options.onRun?.(answers, target);
			const ranking = results(bank, answers, target).ranking;
			const rank = ranking.findIndex((r) => r.roleId === role.id);
			if (rank === 0) top1++;
			if (rank >= 0 && rank < 3) top3++;
			total += answers.length;
			max = Math.max(max, answers.length);
			runs++;
		}
	}
	return {
		top1: top1 / runs,
		top3: top3 / runs,
		meanQuestions: total / runs,
		maxQuestions: max,
		runs
	};
}
