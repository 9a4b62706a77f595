/**
 * Role scoring: how far the visitor's answers are from those of people who fit each role, in two parts
 * (see README.md):
 * 1. the trait distance: an evidence-weighted, asymmetric distance between the trait levels the
 *    visitor showed and the levels people in the role would have shown on the same items;
 * 2. the surprise: how unlikely the visitor's answers are, item by item, for people in the role.
 * distance = trait distance + likelihoodWeight · surprise; score = 100 · exp(−distance / scoreScale).
 *
 * "Would have shown": `rolePredictions` says how people who fit the role answer each item (the
 * response model at the role's answering levels, pulled towards the answers its panel personas gave);
 * pushing those expected answers through the same estimator gives the role's expected level e on each
 * trait. Comparing v with e rather than with the raw profile p keeps the comparison fair: both went
 * through the same items, the same shrinkage, the same multiple-choice asymmetry.
 *
 * Trait distance, per trait:
 *   penalty = shortfallWeight · max(0, e − v)
 *           + surplusWeight · max(0, (definingLevel − p) / definingLevel) · max(0, v − max(e, own))
 * - Showing less than the role asks costs most.
 * - Showing more than the role asks costs less, and only on traits the role asks little of (surplus
 *   is free at p ≥ definingLevel): a role that barely uses your strengths is a weaker fit, but being
 *   better than needed at what a role is about never hurts.
 * - Surplus counts only above the visitor's own general level (own, `ownLevel`): a visitor strong on
 *   everything is not charged on every trait a specialised role barely uses, so broad roles that ask
 *   a moderate amount of everything do not win by default.
 * trait distance = Σ w · penalty / Σ w with w = importance · (evidence + evidenceFloor): what weighs is
 * how much the trait matters for the role (importance = importanceFloor + |p − the role's mean level|:
 * the traits that set the role apart, high or low) times how much the answers said about it.
 *
 * The surprise (`surprise`) sees what trait levels blur: two answers can show the same levels and
 * still be given by different people. On the persona panel it is what tells retention from customer
 * service and social media care from chat and email (`npm run eval:match`).
 *
 * Monotonicity of the trait distance (tested): e and w depend only on which items were answered, not
 * on the answers; for a trait with p ≥ definingLevel the penalty is non-increasing in v, and raising v
 * raises own, which can only lower the surplus on the other traits. The surprise instead rewards
 * answering as people in the role do, which is not always the strongest agreement.
 */
import type { TraitId } from '../content/schema';
import type { BankQuestion, BankRole, QuizBank, Stage } from '../bank/bank';
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
	/** Whether the visitor can start in the role now, given their answer to the experience question. */
	startNow: boolean;
};

/**
 * Expected contribution of each item to each trait for a person at each role's profile, as dense
 * rows in bank trait order (0 where the item does not reach the trait): [role][question][trait].
 * Computed once per bank, so scoring a role per answer is sums over arrays, not object lookups.
 */
const expectedCache = new WeakMap<QuizBank, Float64Array[][]>();
function expectedContributions(bank: QuizBank): Float64Array[][] {
	let out = expectedCache.get(bank);
	if (!out) {
		const preds = rolePredictions(bank);
		out = bank.roles.map((_, r) =>
			bank.questions.map((q, qi) => expectedContribution(bank, q, preds[r]![qi]!))
		);
		expectedCache.set(bank, out);
	}
	return out;
}

/**
 * Expected contribution of one item to each trait (bank order) for someone who answers with these
 * probabilities (0 where the item does not reach the trait).
 */
export function expectedContribution(
	bank: QuizBank,
	q: BankQuestion,
	probs: readonly number[]
): Float64Array {
	const { contributions, reach } = itemEffect(q);
	return Float64Array.from(bank.traits, (t) =>
		t in reach ? contributions.reduce((s, row, k) => s + (probs[k] ?? 0) * (row[t] ?? 0), 0) : 0
	);
}

/** The level a typical person in role r would have shown on each trait, over the answered items. */
export function expectedLevels(
	bank: QuizBank,
	estimate: Estimate,
	r: number
): Record<TraitId, number> {
	const sums = expectedSums(bank, estimate, r);
	const out = {} as Record<TraitId, number>;
	bank.traits.forEach((t, k) => (out[t] = toValue(bank, sums[k]!, estimate.traits[t].evidence)));
	return out;
}

function expectedSums(bank: QuizBank, estimate: Estimate, r: number): Float64Array {
	const ec = expectedContributions(bank)[r]!;
	const sums = new Float64Array(bank.traits.length);
	for (const qi of estimate.items) {
		const row = ec[qi]!;
		for (let k = 0; k < row.length; k++) sums[k]! += row[k]!;
	}
	return sums;
}

/**
 * The visitor's own general level: the evidence-weighted mean of the levels they showed (0.5 with no
 * answers). Someone who agrees with most things shows a high one; only what stands out above it, and
 * above what the role would show, is surplus.
 */
export function ownLevel(bank: QuizBank, estimate: Estimate): number {
	let evidence = 0;
	let sum = 0;
	for (const t of bank.traits) {
		evidence += estimate.traits[t].evidence;
		sum += estimate.traits[t].evidence * estimate.traits[t].value;
	}
	return evidence > 0 ? sum / evidence : 0.5;
}

/**
 * Penalty on one trait: p = profile, e = level the role would show, v = level shown, own = the
 * visitor's own general level (`ownLevel`).
 */
export function traitPenalty(bank: QuizBank, p: number, e: number, v: number, own: number): number {
	const { shortfallWeight, surplusWeight, definingLevel } = bank.tuning;
	const surplusShare = Math.max(0, (definingLevel - p) / definingLevel);
	return (
		shortfallWeight * Math.max(0, e - v) +
		surplusWeight * surplusShare * Math.max(0, v - Math.max(e, own))
	);
}

/** How much each trait matters for each role: [role][trait in bank order]. */
const importanceCache = new WeakMap<QuizBank, number[][]>();
export function importance(bank: QuizBank, r: number): number[] {
	let all = importanceCache.get(bank);
	if (!all) {
		all = bank.roles.map((role) => {
			const levels = bank.traits.map((t) => role.profile[t]);
			const mean = levels.reduce((a, b) => a + b, 0) / levels.length;
			return levels.map((p) => bank.tuning.importanceFloor + Math.abs(p - mean));
		});
		importanceCache.set(bank, all);
	}
	return all[r]!;
}

/** Weight of each trait in role r's distance (bank order); depends on which items were answered only. */
export function traitWeights(bank: QuizBank, estimate: Estimate, r: number): number[] {
	const imp = importance(bank, r);
	return bank.traits.map(
		(t, k) => imp[k]! * (estimate.traits[t].evidence + bank.tuning.evidenceFloor)
	);
}

export function roleDistance(
	bank: QuizBank,
	estimate: Estimate,
	r: number,
	own = ownLevel(bank, estimate)
): number {
	const role = bank.roles[r]!;
	const sums = expectedSums(bank, estimate, r);
	const imp = importance(bank, r);
	const floor = bank.tuning.evidenceFloor;
	let num = 0;
	let den = 0;
	bank.traits.forEach((t, k) => {
		const { evidence, value } = estimate.traits[t];
		const w = imp[k]! * (evidence + floor);
		const e = toValue(bank, sums[k]!, evidence);
		num += w * traitPenalty(bank, role.profile[t], e, value, own);
		den += w;
	});
	const traits = den > 0 ? num / den : 0;
	return traits + bank.tuning.likelihoodWeight * surprise(bank, estimate, r);
}

/**
 * How unlikely the visitor's answers are for people who fit role r: Σ over the answered items of
 * ln P(the role's likeliest answer) − ln P(the visitor's answer), in nats (0 when every answer is the
 * one such people give most). It sees what the trait levels blur: two answers can show the same
 * levels and still be given by different people (see `rolePredictions`).
 */
export function surprise(bank: QuizBank, estimate: Estimate, r: number): number {
	const table = surpriseTables(bank)[r]!;
	let s = 0;
	estimate.items.forEach((qi, j) => (s += table[qi]![estimate.choices[j]!] ?? 0));
	return s;
}

/**
 * Builds the per-bank tables scoring reads (expected contributions, importance, surprise), each once;
 * a no-op when they are built. Lets the quiz build them ahead, in an idle moment.
 */
export function buildScoringTables(bank: QuizBank): void {
	expectedContributions(bank);
	bank.roles.forEach((_, r) => importance(bank, r));
	surpriseTables(bank);
}

/** ln P(likeliest answer) − ln P(answer), per role, item and answer: [role][question][position]. */
const surpriseCache = new WeakMap<QuizBank, number[][][]>();
function surpriseTables(bank: QuizBank): number[][][] {
	let tables = surpriseCache.get(bank);
	if (!tables) {
		tables = rolePredictions(bank).map((byItem) =>
			byItem.map((p) => p.map((x) => Math.log(Math.max(...p) / x)))
		);
		surpriseCache.set(bank, tables);
	}
	return tables;
}

export const toScore = (bank: QuizBank, distance: number) =>
	100 * Math.exp(-distance / bank.tuning.scoreScale);

const LEVEL_RANK = { entry: 0, experienced: 1, senior: 2 } as const;

/**
 * Whether someone with this answer to the experience question (null = not given) can start in a role
 * now. An experienced role whose door is a degree is open to graduates starting out; a senior role
 * always asks for years in the sector, degree or not; a role reached only by an internal move asks for
 * contact-center experience.
 */
export function canStartNow(bank: QuizBank, role: BankRole, stage: Stage): boolean {
	if (stage === null) return true;
	if (role.internalOnly && stage < bank.tuning.internalFrom) return false;
	const byDegree =
		role.level === 'experienced' &&
		role.requirement === 'qualification' &&
		stage >= bank.tuning.qualifiedFrom;
	return (byDegree ? 0 : LEVEL_RANK[role.level]) <= (bank.tuning.stageReach[stage] ?? 2);
}

/**
 * All roles by fit, best first (ties keep bank order); the target role, if any, is flagged. Given an
 * experience answer, the roles one can start in now come first, then the ones to grow into: the fit
 * itself never depends on it.
 */
export function scoreRoles(
	bank: QuizBank,
	estimate: Estimate,
	options: { targetRole?: string | null; stage?: Stage } = {}
): RoleScore[] {
	const stage = options.stage ?? null;
	const own = ownLevel(bank, estimate);
	return bank.roles
		.map((role, i) => ({
			role,
			i,
			distance: roleDistance(bank, estimate, i, own),
			startNow: canStartNow(bank, role, stage)
		}))
		.sort((a, b) => +b.startNow - +a.startNow || a.distance - b.distance || a.i - b.i)
		.map(({ role, distance, startNow }, i) => ({
			roleId: role.id,
			score: toScore(bank, distance),
			distance,
			rank: i + 1,
			startNow,
			...(role.id === options.targetRole ? { target: true as const } : {})
		}));
}
