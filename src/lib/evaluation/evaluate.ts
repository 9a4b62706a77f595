/**
 * The matching evaluation (`npm run eval:match`, and the floor test): the real machine on three
 * sources that do not share the engine's assumptions: the persona panel, synthetic O*NET-based
 * visitors with their own response model, and the panel re-run with small answer changes.
 */
import { findQuestion, withCalibration, type QuizBank } from '../bank/bank';
import { fitLevels } from './calibrate';
import type { Content } from '../content/validate';
import { proxiesFromTraits } from '../content/onet/derive';
import type { OnetTables } from '../content/onet/derive';
import { prng } from '../quiz/simulate';
import {
	panelAnswers,
	panelChoices,
	panelRespondent,
	perturbed,
	stageOf,
	type Persona
} from './panel';
import { responseProbs } from '../matching/response';
import { canStartNow } from '../matching/score';
import type { Profile } from '../content/schema';
import { rankingOf, runMachine } from './run';
import { stageFor, syntheticCentre, syntheticPerson } from './synthetic';

export type Outcome = {
	id: string;
	expected: string;
	acceptable: string[];
	ranking: string[];
	questions: number;
	/** Items the machine asked that the persona had no answer for (skipped). */
	missing: number;
};

export type Summary = {
	runs: number;
	top1: number;
	top3: number;
	okAt1: number;
	meanQuestions: number;
	maxQuestions: number;
	missing: number;
};

export function summarize(outcomes: readonly Outcome[]): Summary {
	const n = outcomes.length || 1;
	const share = (f: (o: Outcome) => boolean) => outcomes.filter(f).length / n;
	return {
		runs: outcomes.length,
		top1: share((o) => o.ranking[0] === o.expected),
		top3: share((o) => o.ranking.slice(0, 3).includes(o.expected)),
		okAt1: share((o) => [o.expected, ...o.acceptable].includes(o.ranking[0] ?? '')),
		meanQuestions: outcomes.reduce((s, o) => s + o.questions, 0) / n,
		maxQuestions: Math.max(0, ...outcomes.map((o) => o.questions)),
		missing: outcomes.reduce((s, o) => s + o.missing, 0)
	};
}

/** Each persona through the adaptive quiz. */
export function panelRuns(bank: QuizBank, content: Content, panel: readonly Persona[]): Outcome[] {
	return panel.map((p) => {
		const { respond, missing } = panelRespondent(panelChoices(content.questions, p));
		const run = runMachine(bank, respond, stageOf(p));
		return outcome(p, run.ranking, run.answers.length, missing.size);
	});
}

/**
 * The outcomes as the results page lists them. With an experience answer, the page shows two lists,
 * roles to start in now and roles to grow into; each ranking is cut to the list that holds the
 * expected role, so top-1 reads "the expected role heads its list". Without one, nothing changes.
 */
export function byList(
	bank: QuizBank,
	panel: readonly Persona[],
	outcomes: readonly Outcome[]
): Outcome[] {
	const stages = new Map(panel.map((p) => [p.id, stageOf(p)]));
	const roles = new Map(bank.roles.map((r) => [r.id, r]));
	return outcomes.map((o) => {
		const stage = stages.get(o.id) ?? null;
		const now = (id: string) => canStartNow(bank, roles.get(id)!, stage);
		const list = now(o.expected);
		return { ...o, ranking: o.ranking.filter((id) => now(id) === list) };
	});
}

/** Each persona with every item it answered: what the bank can do at best. */
export function panelAllItems(
	bank: QuizBank,
	content: Content,
	panel: readonly Persona[]
): Outcome[] {
	return panel.map((p) => {
		const answers = panelAnswers(bank, content.questions, p);
		const missing = answers.filter((a) => a.choice === null).length;
		return outcome(p, rankingOf(bank, answers, stageOf(p)), answers.length, missing);
	});
}

const outcome = (p: Persona, ranking: string[], questions: number, missing: number): Outcome => ({
	id: p.id,
	expected: p.expected,
	acceptable: p.acceptable,
	ranking,
	questions,
	missing
});

export type Stability = {
	sameFirst: number;
	expectedInTop3: number;
	runs: number;
	/**
	 * Every re-run as an outcome: the panel's figures over many answer paths per person rather than one.
	 * Read with `summarize` and `perRole`, they move far less with one persona's path than the panel's
	 * own figures, so they tell a real change from a lucky one.
	 */
	outcomes: Outcome[];
};

/** Each persona re-run `repeats` times with small answer changes (seeded). */
export function stability(
	bank: QuizBank,
	content: Content,
	panel: readonly Persona[],
	base: readonly Outcome[],
	repeats = 20,
	seed = 1
): Stability {
	let same = 0;
	let kept = 0;
	let runs = 0;
	const outcomes: Outcome[] = [];
	panel.forEach((p, i) => {
		const choices = panelChoices(content.questions, p);
		for (let k = 0; k < repeats; k++) {
			const changed = perturbed(
				choices,
				(id) => findQuestion(bank, id),
				seed * 100_003 + i * 101 + k
			);
			const { respond, missing } = panelRespondent(changed);
			const { ranking, answers } = runMachine(bank, respond, stageOf(p));
			outcomes.push(outcome(p, ranking, answers.length, missing.size));
			if (ranking[0] === base[i]?.ranking[0]) same++;
			if (ranking.slice(0, 3).includes(p.expected)) kept++;
			runs++;
		}
	});
	return { sameFirst: same / (runs || 1), expectedInTop3: kept / (runs || 1), runs, outcomes };
}

/** Stability over held-out folds: each fold's people re-run with that fold's bank, pooled. */
export function foldStability(
	content: Content,
	folds: readonly Fold[],
	foldRuns: readonly (readonly Outcome[])[],
	repeats = 20,
	seed = 1
): Stability {
	const parts = folds.map((f, k) =>
		stability(f.bank, content, f.people, foldRuns[k] ?? [], repeats, seed)
	);
	const runs = parts.reduce((n, x) => n + x.runs, 0);
	const share = (of: (x: Stability) => number) =>
		parts.reduce((n, x) => n + of(x) * x.runs, 0) / (runs || 1);
	return {
		runs,
		sameFirst: share((x) => x.sameFirst),
		expectedInTop3: share((x) => x.expectedInTop3),
		outcomes: parts.flatMap((x) => x.outcomes)
	};
}

export type SyntheticOutcome = Outcome & { sameOccupation: boolean };

/** `perRole` synthetic visitors per role (seeded), see ./synthetic.ts. */
export function syntheticRuns(
	bank: QuizBank,
	content: Content,
	onet: OnetTables,
	perRole: number,
	seed = 1
): SyntheticOutcome[] {
	const proxies = proxiesFromTraits(content.traits);
	const occupation = new Map(content.roles.map((r) => [r.id, r.codes.onet]));
	const out: SyntheticOutcome[] = [];
	content.roles.forEach((role, r) => {
		const centre = syntheticCentre(role, onet, proxies, bank.traits);
		for (let i = 0; i < perRole; i++) {
			// Each visitor draws from a stream of their own, so the same people answer whatever the
			// engine does: with one shared stream, one quiz a question longer changed everyone after it.
			const rand = prng(Math.imul(seed, 0x9e3779b1) ^ Math.imul(r * 10_007 + i + 1, 0x85ebca6b));
			const person = syntheticPerson(centre, stageFor(bank, bank.roles[r]!, rand), rand);
			const run = runMachine(bank, person.respond, person.stage);
			const first = run.ranking[0] ?? '';
			out.push({
				id: `${role.id}#${i}`,
				expected: role.id,
				acceptable: [],
				ranking: run.ranking,
				questions: run.answers.length,
				missing: 0,
				sameOccupation: !!role.codes.onet && occupation.get(first) === role.codes.onet
			});
		}
	});
	return out;
}

/** Per expected role: how many of its personas got it first, and in the top 3. */
export function perRole(outcomes: readonly Outcome[]) {
	const rows = new Map<string, { n: number; top1: number; top3: number }>();
	for (const o of outcomes) {
		const row = rows.get(o.expected) ?? { n: 0, top1: 0, top3: 0 };
		row.n++;
		if (o.ranking[0] === o.expected) row.top1++;
		if (o.ranking.slice(0, 3).includes(o.expected)) row.top3++;
		rows.set(o.expected, row);
	}
	return [...rows].map(([role, r]) => ({ role, ...r }));
}

/** The outcomes in two halves: each role's personas (in panel order) alternate between them. */
export function halves<T extends Outcome>(outcomes: readonly T[]): [T[], T[]] {
	const seen = new Map<string, number>();
	const out: [T[], T[]] = [[], []];
	for (const o of outcomes) {
		const k = seen.get(o.expected) ?? 0;
		seen.set(o.expected, k + 1);
		out[k % 2]!.push(o);
	}
	return out;
}

/** Expected role → role ranked first instead, with counts, most frequent first. */
export function confusions(outcomes: readonly Outcome[]) {
	const pairs = new Map<string, number>();
	for (const o of outcomes)
		if (o.ranking[0] !== o.expected) {
			const key = `${o.expected} → ${o.ranking[0]}`;
			pairs.set(key, (pairs.get(key) ?? 0) + 1);
		}
	return [...pairs].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * Broad, demanding roles must not win by default. For each role, a visitor at `base` on every trait
 * and `peak` on the role's three highest traits, with every item answered: the role that comes first
 * (ideally the role itself, whose pattern the visitor matches).
 */
export function patternCheck(bank: QuizBank, base: number, peak = 0.9) {
	return bank.roles.map((role) => {
		const highest = [...bank.traits].sort((a, b) => role.profile[b] - role.profile[a]).slice(0, 3);
		const levels = Object.fromEntries(
			bank.traits.map((t) => [t, highest.includes(t) ? peak : base])
		) as Profile;
		// Every item answered with the answer the response model finds likeliest at those levels.
		const answers = bank.questions.map((q) => {
			const p = responseProbs(q, levels, bank.tuning);
			return { questionId: q.id, choice: p.indexOf(Math.max(...p)) };
		});
		return { role: role.id, first: rankingOf(bank, answers, null)[0] ?? '' };
	});
}

/** A held-out fold: its people, and the bank whose calibration was fitted without them. */
export type Fold = { bank: QuizBank; people: Persona[] };

/**
 * Held-out scoring: the panel split by `foldOf`, each fold evaluated with the calibration (answering
 * levels and answer counts) fitted on the other folds only, so no persona is scored by a calibration
 * fitted on their own answers. Returns each fold's bank with its people.
 */
export function heldOut(
	bank: QuizBank,
	content: Content,
	panel: readonly Persona[],
	foldOf: (p: Persona) => number
): Fold[] {
	const folds = [...new Set(panel.map(foldOf))].sort((a, b) => a - b);
	return folds.map((k) => ({
		bank: withCalibration(
			bank,
			fitLevels(
				bank,
				content,
				panel.filter((p) => foldOf(p) !== k)
			)
		),
		people: panel.filter((p) => foldOf(p) === k)
	}));
}

/** Cross-validation in `n` folds: each role's personas, in panel order, dealt in turn. */
export function crossFolds(bank: QuizBank, content: Content, panel: readonly Persona[], n: number) {
	const fold = new Map<Persona, number>();
	const seen = new Map<string, number>();
	for (const p of panel) {
		const k = seen.get(p.expected) ?? 0;
		seen.set(p.expected, k + 1);
		fold.set(p, k % n);
	}
	return heldOut(bank, content, panel, (p) => fold.get(p)!);
}

/** Across groups of writers and raters: each group scored with levels fitted on the others. */
export const acrossGroups = (bank: QuizBank, content: Content, panel: readonly Persona[]) =>
	heldOut(bank, content, panel, (p) => p.group);
