/**
 * Which item to ask next, and when to stop.
 *
 * 1. Opening: a short sequence (openingMin..openingMax items) chosen greedily so that together the
 *    items cover every trait: a broad first picture before adapting. It starts from a different item
 *    for each answer to the experience question, so not every visitor sees the same first items.
 * 2. Adaptive: the next item is the unanswered one that best tells the current top candidate roles
 *    apart: the mutual information between "which candidate" (weights from their scores) and the
 *    predicted answer (response model at each role's answering levels), scaled by how uncertain the
 *    traits the item measures still are. Target-role mode adds a bonus for measuring the target's top traits.
 * 3. Stop when the evidence says the advice is settled: the leader has held over the last `stableFor`
 *    answers and either holds `leaderProbability` of a posterior over roles (softmax of −distance), or
 *    the top three, unchanged as a set, hold `topProbability` together; never before `floor` items,
 *    always at `ceiling` or when the bank runs out. Skips count as items shown.
 * Everything is a pure function of the bank, the answers, the target and the experience answer.
 */
import type { TraitId } from '../content/schema';
import { estimateTraits, itemEffect, type Estimate } from '../matching/estimate';
import { rolePredictions } from '../matching/response';
import { buildScoringTables, scoreRoles, type RoleScore } from '../matching/score';
import type { Answer, QuizBank, Stage } from '../bank/bank';

type Target = string | null | undefined;

const openingCache = new WeakMap<QuizBank, Map<Stage, string[]>>();

/**
 * The opening for an experience answer: greedy by traits newly covered, then by reach on the
 * least-covered traits; variant k starts from the k-th best first item instead of the best.
 */
export function opening(bank: QuizBank, stage: Stage = null): string[] {
	let byStage = openingCache.get(bank);
	if (!byStage) openingCache.set(bank, (byStage = new Map()));
	const cached = byStage.get(stage);
	if (cached) return cached;
	const { openingMax, openingMin, coverLoad } = bank.tuning;
	const covered = new Map<TraitId, number>(bank.traits.map((t) => [t, 0]));
	const chosen: string[] = [];
	const allCovered = () => [...covered.values()].every((c) => c > 0);
	const gainOf = (q: QuizBank['questions'][number]) => {
		let gain = 0;
		for (const [t, r] of Object.entries(itemEffect(q).reach) as [TraitId, number][]) {
			const c = covered.get(t);
			if (c === undefined || r < coverLoad) continue;
			// A newly covered trait outweighs any amount of extra reach on covered ones.
			gain += (c === 0 ? 10 : 0) + r / (1 + c);
		}
		return gain;
	};
	const variant = stage === null ? 0 : stage + 1;
	while (chosen.length < openingMax && chosen.length < bank.questions.length) {
		if (allCovered() && chosen.length >= openingMin) break;
		const ranked = bank.questions
			.filter((q) => !chosen.includes(q.id))
			.map((q, i) => ({ q, i, gain: gainOf(q) }))
			.sort((a, b) => b.gain - a.gain || a.i - b.i);
		const pick = ranked[chosen.length === 0 ? variant % Math.min(ranked.length, 8) : 0];
		if (!pick) break;
		chosen.push(pick.q.id);
		for (const [t, r] of Object.entries(itemEffect(pick.q).reach) as [TraitId, number][])
			if (r >= coverLoad && covered.has(t)) covered.set(t, (covered.get(t) ?? 0) + 1);
	}
	byStage.set(stage, chosen);
	return chosen;
}

const entropy = (p: readonly number[]) => p.reduce((h, x) => (x > 0 ? h - x * Math.log(x) : h), 0);

/** The roles the next item should separate, with weights; the target is always among them. */
function candidates(bank: QuizBank, ranking: RoleScore[], target: Target) {
	const top = ranking.slice(0, bank.tuning.candidates);
	if (target && !top.some((r) => r.roleId === target)) {
		const t = ranking.find((r) => r.roleId === target);
		if (t) top[top.length - 1] = t;
	}
	const best = top[0]?.score ?? 0;
	const index = new Map(bank.roles.map((r, i) => [r.id, i]));
	return top.map((r) => ({
		i: index.get(r.roleId) ?? 0,
		w: Math.exp((r.score - best) / bank.tuning.candidateSpread)
	}));
}

/**
 * What itemValue reads for every item on every answer, computed once per bank: each item's reach
 * as [trait, reach] pairs and the entropy of each role's predicted answer to it ([role][item]).
 */
type ItemTables = { reach: [TraitId, number][][]; entropy: number[][] };
const tablesCache = new WeakMap<QuizBank, ItemTables>();
function itemTables(bank: QuizBank): ItemTables {
	let tables = tablesCache.get(bank);
	if (!tables) {
		tables = {
			reach: bank.questions.map((q) => Object.entries(itemEffect(q).reach) as [TraitId, number][]),
			entropy: rolePredictions(bank).map((byItem) => byItem.map(entropy))
		};
		tablesCache.set(bank, tables);
	}
	return tables;
}

/**
 * The per-bank tables the first adaptive item needs (predicted answers, expected levels and surprise
 * per role, item entropies), built once; as separate steps, so they can be built in short idle tasks
 * while the visitor reads the first questions rather than in one long task later.
 */
export const tableSteps = (bank: QuizBank): (() => void)[] => [
	() => rolePredictions(bank),
	() => itemTables(bank),
	() => buildScoringTables(bank)
];

/** How useful asking item qi would be now (higher = better). */
export function itemValue(
	bank: QuizBank,
	qi: number,
	estimate: Estimate,
	cands: { i: number; w: number }[],
	targetTraits: TraitId[]
): number {
	const q = bank.questions[qi]!;
	const preds = rolePredictions(bank);
	const tables = itemTables(bank);
	const total = cands.reduce((s, c) => s + c.w, 0);
	const mix = new Array<number>(preds[0]?.[qi]?.length ?? 0).fill(0);
	let within = 0;
	for (const c of cands) {
		const p = preds[c.i]![qi]!;
		p.forEach((x, k) => (mix[k]! += (c.w / total) * x));
		within += (c.w / total) * tables.entropy[c.i]![qi]!;
	}
	const info = entropy(mix) - within;
	let reachSum = 0;
	let open = 0;
	let targetOpen = 0;
	for (const [t, r] of tables.reach[qi]!) {
		const unsure = 1 - estimate.traits[t].confidence;
		reachSum += r;
		open += r * unsure;
		if (targetTraits.includes(t)) targetOpen += r * unsure;
	}
	const uncertainty = reachSum > 0 ? open / reachSum : 0;
	const kind = q.kind === 'scale' ? bank.tuning.scaleItemValue : 1;
	return kind * info * uncertainty + bank.tuning.targetBonus * targetOpen;
}

function topTraits(bank: QuizBank, target: Target): TraitId[] {
	const role = target ? bank.roles.find((r) => r.id === target) : undefined;
	if (!role) return [];
	return [...bank.traits]
		.sort((a, b) => role.profile[b] - role.profile[a])
		.slice(0, bank.tuning.targetTraits);
}

/** The next item to ask, or null when every item has been asked or the ceiling is reached. */
export function nextQuestion(
	bank: QuizBank,
	answers: readonly Answer[],
	target?: Target,
	stage: Stage = null
): string | null {
	if (answers.length >= bank.tuning.ceiling) return null;
	const asked = new Set(answers.map((a) => a.questionId));
	const first = opening(bank, stage);
	const fixed = first.find((id) => !asked.has(id));
	if (fixed && answers.length < first.length) return fixed;
	return remembered(nextCache, bank, `${target ?? ''}|${answersKey(answers, stage)}`, () => {
		const estimate = estimateTraits(bank, answers);
		const cands = candidates(bank, ranking(bank, answers, stage), target);
		const traits = topTraits(bank, target);
		let best: { id: string; v: number } | null = null;
		bank.questions.forEach((q, qi) => {
			if (asked.has(q.id)) return;
			const v = itemValue(bank, qi, estimate, cands, traits);
			if (!best || v > best.v) best = { id: q.id, v };
		});
		return (best as { id: string } | null)?.id ?? null;
	});
}

/**
 * The stop rule re-ranks the last few answer prefixes, and the machine's guards, its next step and the
 * progress estimate all ask for the same prefixes: remember recent rankings and next items so one
 * answer costs one new ranking, not a dozen, and work done ahead (see `anticipate` in machine.ts)
 * is found ready.
 */
const rankingCache = new WeakMap<QuizBank, Map<string, RoleScore[]>>();
const nextCache = new WeakMap<QuizBank, Map<string, string | null>>();
// Enough for the prefixes the stop rule re-reads plus every anticipated answer to the current item.
const RESULTS_KEPT = 96;
/** The answers as a key: their results depend on the set of answers, not on their order. */
const answersKey = (answers: readonly Answer[], stage: Stage) =>
	`${stage}|${answers
		.map((a) => `${a.questionId}=${a.choice}`)
		.sort()
		.join('&')}`;

function remembered<T>(
	caches: WeakMap<QuizBank, Map<string, T>>,
	bank: QuizBank,
	key: string,
	compute: () => T
): T {
	let cache = caches.get(bank);
	if (!cache) caches.set(bank, (cache = new Map()));
	if (cache.has(key)) return cache.get(key)!;
	const out = compute();
	if (cache.size >= RESULTS_KEPT) cache.delete(cache.keys().next().value!);
	cache.set(key, out);
	return out;
}

function ranking(bank: QuizBank, answers: readonly Answer[], stage: Stage): RoleScore[] {
	return remembered(rankingCache, bank, answersKey(answers, stage), () =>
		scoreRoles(bank, estimateTraits(bank, answers), { stage })
	);
}

/** Keys of the ranking that must stay put: the leader, and (with it) the top three as a set. */
const leaderKey = (r: RoleScore[]) => r[0]?.roleId ?? '';
const topKey = (r: RoleScore[]) =>
	r
		.slice(0, 3)
		.map((x) => x.roleId)
		.sort()
		.join();

/** For each key: how many of the latest answers left it unchanged (up to stableFor). */
function streaks(bank: QuizBank, answers: readonly Answer[], stage: Stage) {
	const now = ranking(bank, answers, stage);
	const out = { leader: 0, top: 0, now };
	let leaderOn = true;
	let topOn = true;
	for (let back = 1; back <= bank.tuning.stableFor && back <= answers.length; back++) {
		const before = ranking(bank, answers.slice(0, answers.length - back), stage);
		leaderOn &&= leaderKey(before) === leaderKey(now);
		topOn &&= leaderOn && topKey(before) === topKey(now);
		if (leaderOn) out.leader = back;
		if (topOn) out.top = back;
		if (!leaderOn && !topOn) break;
	}
	return out;
}

/**
 * The share of a posterior over the roles shown first (softmax of −distance / posteriorScale) held by
 * the leader and by the top three: how sure the evidence is that they stay where they are.
 */
export function settledness(bank: QuizBank, shown: RoleScore[]): { leader: number; top: number } {
	const pool = shown.some((r) => r.startNow) ? shown.filter((r) => r.startNow) : shown;
	const best = pool[0]?.distance ?? 0;
	const mass = pool.map((r) => Math.exp(-(r.distance - best) / bank.tuning.posteriorScale));
	const total = mass.reduce((a, b) => a + b, 0) || 1;
	return {
		leader: (mass[0] ?? 0) / total,
		top: mass.slice(0, 3).reduce((a, b) => a + b, 0) / total
	};
}

export type StopReason = 'stable' | 'ceiling' | 'exhausted';

/**
 * Why the quiz may end now, or null if it should go on. "Stable" = over the last stableFor answers
 * the leader stayed the same, and either it holds leaderProbability of the posterior, or the top three
 * (unchanged as a set) hold topProbability together (places among them may keep swapping without
 * changing the advice).
 */
export function stopReason(
	bank: QuizBank,
	answers: readonly Answer[],
	stage: Stage = null
): StopReason | null {
	const { ceiling, floor, stableFor, leaderProbability, topProbability } = bank.tuning;
	const asked = new Set(answers.map((a) => a.questionId));
	if (bank.questions.every((q) => asked.has(q.id))) return 'exhausted';
	if (answers.length >= ceiling) return 'ceiling';
	if (answers.length < floor) return null;
	const { leader, top, now } = streaks(bank, answers, stage);
	const p = settledness(bank, now);
	const clearLeader = leader >= stableFor && p.leader >= leaderProbability;
	const settledTop = top >= stableFor && p.top >= topProbability;
	return clearLeader || settledTop ? 'stable' : null;
}

/**
 * Items the visitor should expect still to see (for a progress indicator); 0 when the quiz may stop.
 * From the typical lengths (bank.lengths): the median of what is left in the runs that went past this
 * point. "About 1 left" only when the ceiling is one item away, so it is never shown twice.
 */
export function estimatedRemaining(
	bank: QuizBank,
	answers: readonly Answer[],
	stage: Stage = null
): number {
	if (stopReason(bank, answers, stage)) return 0;
	const n = answers.length;
	const left = Math.min(
		bank.tuning.ceiling - n,
		bank.questions.length - new Set(answers.map((a) => a.questionId)).size
	);
	const longer = typicalLengths(bank).filter((l) => l > n);
	const guess = longer.length ? median(longer) - n : left;
	return left <= 1 ? left : Math.min(left, Math.max(2, Math.round(guess)));
}

const median = (xs: readonly number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Quiz lengths of simulated visitors, sorted (bank.lengths, filled by the server); floor..ceiling without them. */
const typicalLengths = (bank: QuizBank): number[] =>
	bank.lengths?.length ? bank.lengths : [bank.tuning.floor, bank.tuning.ceiling];

/** The typical number of items and the usual range (10th to 90th percentile), for the intro. */
export function expectedLength(bank: QuizBank): { typical: number; min: number; max: number } {
	const l = typicalLengths(bank);
	const at = (q: number) => l[Math.min(l.length - 1, Math.floor(q * l.length))]!;
	return { typical: Math.round(median(l)), min: at(0.1), max: at(0.9) };
}
