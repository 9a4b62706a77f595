/**
 * Which item to ask next, and when to stop.
 *
 * 1. Opening: a short fixed sequence (openingMin..openingMax items) chosen greedily so that together
 *    the items cover every trait: a broad first picture before adapting.
 * 2. Adaptive: the next item is the unanswered one that best tells the current top candidate roles
 *    apart: the mutual information between "which candidate" (weights from their scores) and the
 *    predicted answer (response model at each role's profile), scaled by how uncertain the traits the
 *    item measures still are. Target-role mode adds a bonus for measuring the target's top traits.
 * 3. Stop when the top three (in order) have not changed over the last `stableFor` answers and the
 *    third leads the fourth by `separation` points; never before `floor` items, always at `ceiling`
 *    or when the bank runs out. Skips count as items shown.
 * Everything is a pure function of the bank, the answers and the target, so it is deterministic.
 */
import type { TraitId } from '../content/schema';
import { estimateTraits, itemEffect, type Estimate } from '../matching/estimate';
import { rolePredictions } from '../matching/response';
import { scoreRoles, type RoleScore } from '../matching/score';
import type { Answer, QuizBank } from './bank';
import { TUNING } from './tuning';

type Target = string | null | undefined;

const openingCache = new WeakMap<QuizBank, string[]>();

/** The fixed opening: greedy by traits newly covered, then by reach on the least-covered traits. */
export function opening(bank: QuizBank): string[] {
	const cached = openingCache.get(bank);
	if (cached) return cached;
	const covered = new Map<TraitId, number>(bank.traits.map((t) => [t, 0]));
	const chosen: string[] = [];
	const allCovered = () => [...covered.values()].every((c) => c > 0);
	while (chosen.length < TUNING.openingMax && chosen.length < bank.questions.length) {
		if (allCovered() && chosen.length >= TUNING.openingMin) break;
		let best: { id: string; gain: number } | null = null;
		for (const q of bank.questions) {
			if (chosen.includes(q.id)) continue;
			let gain = 0;
			for (const [t, r] of Object.entries(itemEffect(q).reach) as [TraitId, number][]) {
				const c = covered.get(t);
				if (c === undefined || r < TUNING.coverLoad) continue;
				// A newly covered trait outweighs any amount of extra reach on covered ones.
				gain += (c === 0 ? 10 : 0) + r / (1 + c);
			}
			if (!best || gain > best.gain) best = { id: q.id, gain };
		}
		if (!best) break;
		chosen.push(best.id);
		const q = bank.questions.find((x) => x.id === best.id)!;
		for (const [t, r] of Object.entries(itemEffect(q).reach) as [TraitId, number][])
			if (r >= TUNING.coverLoad && covered.has(t)) covered.set(t, (covered.get(t) ?? 0) + 1);
	}
	openingCache.set(bank, chosen);
	return chosen;
}

const entropy = (p: readonly number[]) => p.reduce((h, x) => (x > 0 ? h - x * Math.log(x) : h), 0);

/** The roles the next item should separate, with weights; the target is always among them. */
function candidates(bank: QuizBank, ranking: RoleScore[], target: Target) {
	const top = ranking.slice(0, TUNING.candidates);
	if (target && !top.some((r) => r.roleId === target)) {
		const t = ranking.find((r) => r.roleId === target);
		if (t) top[top.length - 1] = t;
	}
	const best = top[0]?.score ?? 0;
	const index = new Map(bank.roles.map((r, i) => [r.id, i]));
	return top.map((r) => ({
		i: index.get(r.roleId) ?? 0,
		w: Math.exp((r.score - best) / TUNING.candidateSpread)
	}));
}

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
	const total = cands.reduce((s, c) => s + c.w, 0);
	const mix = new Array<number>(preds[0]?.[qi]?.length ?? 0).fill(0);
	let within = 0;
	for (const c of cands) {
		const p = preds[c.i]![qi]!;
		p.forEach((x, k) => (mix[k]! += (c.w / total) * x));
		within += (c.w / total) * entropy(p);
	}
	const info = entropy(mix) - within;
	let reachSum = 0;
	let open = 0;
	let targetOpen = 0;
	for (const [t, r] of Object.entries(itemEffect(q).reach) as [TraitId, number][]) {
		const unsure = 1 - estimate.traits[t].confidence;
		reachSum += r;
		open += r * unsure;
		if (targetTraits.includes(t)) targetOpen += r * unsure;
	}
	const uncertainty = reachSum > 0 ? open / reachSum : 0;
	return info * uncertainty + TUNING.targetBonus * targetOpen;
}

function topTraits(bank: QuizBank, target: Target): TraitId[] {
	const role = target ? bank.roles.find((r) => r.id === target) : undefined;
	if (!role) return [];
	return [...bank.traits]
		.sort((a, b) => role.profile[b] - role.profile[a])
		.slice(0, TUNING.targetTraits);
}

/** The next item to ask, or null when every item has been asked or the ceiling is reached. */
export function nextQuestion(
	bank: QuizBank,
	answers: readonly Answer[],
	target?: Target
): string | null {
	if (answers.length >= TUNING.ceiling) return null;
	const asked = new Set(answers.map((a) => a.questionId));
	const fixed = opening(bank).find((id) => !asked.has(id));
	if (fixed && answers.length < opening(bank).length) return fixed;
	const estimate = estimateTraits(bank, answers);
	const cands = candidates(bank, scoreRoles(bank, estimate), target);
	const traits = topTraits(bank, target);
	let best: { id: string; v: number } | null = null;
	bank.questions.forEach((q, qi) => {
		if (asked.has(q.id)) return;
		const v = itemValue(bank, qi, estimate, cands, traits);
		if (!best || v > best.v) best = { id: q.id, v };
	});
	return (best as { id: string } | null)?.id ?? null;
}

/**
 * The stop rule re-ranks the last few answer prefixes, and the machine's guards, its next step and the
 * progress estimate all ask for the same prefixes: remember recent rankings (they only depend on the
 * answers, in any order) so one answer costs one new ranking, not a dozen.
 */
const rankingCache = new WeakMap<QuizBank, Map<string, RoleScore[]>>();
const RANKINGS_KEPT = 64;
function ranking(bank: QuizBank, answers: readonly Answer[]): RoleScore[] {
	let cache = rankingCache.get(bank);
	if (!cache) rankingCache.set(bank, (cache = new Map()));
	const key = answers
		.map((a) => `${a.questionId}=${a.choice}`)
		.sort()
		.join('&');
	let out = cache.get(key);
	if (!out) {
		out = scoreRoles(bank, estimateTraits(bank, answers));
		if (cache.size >= RANKINGS_KEPT) cache.delete(cache.keys().next().value!);
		cache.set(key, out);
	}
	return out;
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
function streaks(bank: QuizBank, answers: readonly Answer[]) {
	const now = ranking(bank, answers);
	const out = { leader: 0, top: 0, now };
	let leaderOn = true;
	let topOn = true;
	for (let back = 1; back <= TUNING.stableFor && back <= answers.length; back++) {
		const before = ranking(bank, answers.slice(0, answers.length - back));
		leaderOn &&= leaderKey(before) === leaderKey(now);
		topOn &&= leaderOn && topKey(before) === topKey(now);
		if (leaderOn) out.leader = back;
		if (topOn) out.top = back;
		if (!leaderOn && !topOn) break;
	}
	return out;
}

export type StopReason = 'stable' | 'ceiling' | 'exhausted';

/**
 * Why the quiz may end now, or null if it should go on. "Stable" = over the last stableFor answers
 * the leader stayed the same, and either the top three (as a set) stayed the same too and the third
 * leads the fourth by `separation` points, or the leader leads the second by `leadGap` points (places
 * behind a clear leader may keep swapping without changing the advice).
 */
export function stopReason(bank: QuizBank, answers: readonly Answer[]): StopReason | null {
	const asked = new Set(answers.map((a) => a.questionId));
	if (bank.questions.every((q) => asked.has(q.id))) return 'exhausted';
	if (answers.length >= TUNING.ceiling) return 'ceiling';
	if (answers.length < TUNING.floor) return null;
	const { leader, top, now } = streaks(bank, answers);
	const score = (i: number) => now[i]?.score ?? 0;
	const stableTop = top >= TUNING.stableFor && score(2) - score(3) >= TUNING.separation;
	const clearLeader = leader >= TUNING.stableFor && score(0) - score(1) >= TUNING.leadGap;
	return stableTop || clearLeader ? 'stable' : null;
}

/** Items the visitor should expect still to see (for a progress indicator); 0 when the quiz may stop. */
export function estimatedRemaining(
	bank: QuizBank,
	answers: readonly Answer[],
	target?: Target
): number {
	void target; // the stop rule is the same in target-role mode
	if (stopReason(bank, answers)) return 0;
	const n = answers.length;
	const left = Math.min(
		TUNING.ceiling - n,
		bank.questions.length - new Set(answers.map((a) => a.questionId)).size
	);
	const guess = Math.max(
		TUNING.floor - n,
		TUNING.stableFor - streaks(bank, answers).leader,
		expectedLength(bank) - n,
		1
	);
	return Math.min(guess, left);
}

/** The typical number of items, for the intro ("about 12 questions"). */
export function expectedLength(bank: QuizBank): number {
	return Math.min(
		Math.max(TUNING.typicalLength, TUNING.floor),
		TUNING.ceiling,
		bank.questions.length
	);
}
