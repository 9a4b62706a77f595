/**
 * Trait estimation: a linear, order-free summary of the answers with shrinkage towards neutral.
 *
 * Each answer moves each trait by a signed contribution and carries a "reach" (how far that item
 * could have moved the trait):
 * - agree scale: contribution = s · load with s = (choice − 2) / 2 ∈ [−1, 1]; reach = |load|.
 * - choice items: contribution = load of the chosen option − mean load over the options (choosing
 *   among options that all load a trait equally says nothing about it); reach = the largest such
 *   deviation.
 * evidence = Σ reach, sum = Σ contribution (|sum| ≤ evidence), and
 *   value = 0.5 + 0.5 · sum / (evidence + priorStrength),
 * so a trait with little evidence stays near the neutral 0.5 and consistent answers approach 0 or 1.
 * Skipped answers count nothing. Sums commute, so answer order never matters.
 */
import type { TraitId } from '../content/schema';
import type { Answer, BankQuestion, QuizBank } from '../bank/bank';
import { findQuestion, questionIndex } from '../bank/bank';

export type TraitEstimate = {
	/** Estimated level, 0..1 (0.5 = neutral / unknown). */
	value: number;
	/** Σ of the reach of the answered items on this trait. */
	evidence: number;
	/** Σ of the signed contributions (−evidence..evidence). */
	sum: number;
	/** evidence / (evidence + priorStrength): how much the value rests on answers rather than the prior. */
	confidence: number;
};
export type Estimate = {
	traits: Record<TraitId, TraitEstimate>;
	/** Bank indices of the answered (not skipped) items, ascending: scoring predicts what each role would have shown on them. */
	items: number[];
	/** The answer position given to each of `items`, in the same order. */
	choices: number[];
};

/** Per trait: the contribution of each answer position, and the item's reach. */
export type ItemEffect = {
	contributions: Partial<Record<TraitId, number>>[];
	reach: Partial<Record<TraitId, number>>;
};

const effectCache = new WeakMap<BankQuestion, ItemEffect>();

export function itemEffect(q: BankQuestion): ItemEffect {
	const cached = effectCache.get(q);
	if (cached) return cached;
	const contributions: Partial<Record<TraitId, number>>[] = [];
	const reach: Partial<Record<TraitId, number>> = {};
	if (q.kind === 'scale') {
		for (let c = 0; c < 5; c++) {
			const s = (c - 2) / 2;
			const row: Partial<Record<TraitId, number>> = {};
			for (const t in q.loads) row[t as TraitId] = s * (q.loads[t as TraitId] ?? 0);
			contributions.push(row);
		}
		for (const t in q.loads) reach[t as TraitId] = Math.abs(q.loads[t as TraitId] ?? 0);
	} else {
		const traits = new Set(q.options.flatMap((o) => Object.keys(o) as TraitId[]));
		contributions.push(...q.options.map(() => ({})));
		for (const t of traits) {
			const loads = q.options.map((o) => o[t] ?? 0);
			const mean = loads.reduce((a, b) => a + b, 0) / loads.length;
			loads.forEach((l, k) => (contributions[k]![t] = l - mean));
			reach[t] = Math.max(...loads.map((l) => Math.abs(l - mean)));
		}
	}
	const effect = { contributions, reach };
	effectCache.set(q, effect);
	return effect;
}

/**
 * The answers keyed by item (a later answer to the same item wins), in bank order: floating-point
 * sums then come out bit-identical whatever order the visitor answered in.
 */
export function inBankOrder(bank: QuizBank, answers: readonly Answer[]): Answer[] {
	const index = questionIndex(bank);
	const latest = new Map<string, Answer>();
	for (const a of answers) if (index.has(a.questionId)) latest.set(a.questionId, a);
	return [...latest.values()].sort(
		(a, b) => (index.get(a.questionId) ?? 0) - (index.get(b.questionId) ?? 0)
	);
}

/** The shrunk level for a sum of contributions over a given evidence. */
export const toValue = (bank: QuizBank, sum: number, evidence: number) =>
	0.5 + (0.5 * sum) / (evidence + bank.tuning.priorStrength);

export function estimateTraits(bank: QuizBank, answers: readonly Answer[]): Estimate {
	const sum: Partial<Record<TraitId, number>> = {};
	const evidence: Partial<Record<TraitId, number>> = {};
	const items: number[] = [];
	const choices: number[] = [];
	const index = questionIndex(bank);
	for (const a of inBankOrder(bank, answers)) {
		if (a.choice === null) continue;
		const q = findQuestion(bank, a.questionId);
		const row = q && itemEffect(q).contributions[a.choice];
		if (!q || !row) continue;
		items.push(index.get(a.questionId) ?? 0);
		choices.push(a.choice);
		const { reach } = itemEffect(q);
		for (const t in reach) {
			const id = t as TraitId;
			evidence[id] = (evidence[id] ?? 0) + (reach[id] ?? 0);
			sum[id] = (sum[id] ?? 0) + (row[id] ?? 0);
		}
	}
	const k = bank.tuning.priorStrength;
	const traits = {} as Record<TraitId, TraitEstimate>;
	for (const t of bank.traits) {
		const e = evidence[t] ?? 0;
		const s = sum[t] ?? 0;
		traits[t] = { value: toValue(bank, s, e), evidence: e, sum: s, confidence: e / (e + k) };
	}
	return { traits, items, choices };
}
