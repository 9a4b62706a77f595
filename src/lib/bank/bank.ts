/**
 * The scoring view of the content: ids, kinds, loads, role profiles and the tuning numbers, without any
 * text. It is what the quiz page receives as JSON, so it must stay plain serialisable data. Both the
 * quiz (selection, stop rule) and the matching read it; neither imports the other's internals for it.
 */
import type { Content } from '../content/validate';
import type { Calibration, Profile, Requirement, TraitId } from '../content/schema';
import { TRAIT_IDS } from '../content/schema';
import { TUNING, type Tuning } from './tuning';

/**
 * Bumped whenever the scoring, selection or stop-rule code changes what a given set of answers leads
 * to; it is part of the bank version, so share codes and saved quizzes notice.
 */
export const ALGORITHM = 4;

export type Loads = Partial<Record<TraitId, number>>;
export type BankQuestion =
	| { id: string; kind: 'situational' | 'pair'; options: Loads[] }
	| { id: string; kind: 'scale'; loads: Loads };
export type BankRole = {
	id: string;
	level: 'entry' | 'experienced' | 'senior';
	/** What it takes to start (eligibility only, see `canStartNow`). */
	requirement: Requirement;
	/** Reached only by an internal move, after contact-center experience (eligibility only). */
	internalOnly?: true;
	/** What the role needs: the level expected on each trait (importance, explanations). */
	profile: Profile;
	/**
	 * The levels at which people who fit the role answer the items (the response model's input):
	 * the profile calibrated on the persona panel, or the profile itself without calibration.
	 */
	answering: Profile;
	/**
	 * Per item (bank order): how many of the role's panel personas gave each answer; all zeros
	 * without calibration. The response model's prediction for the role is pulled towards them.
	 */
	answered: number[][];
};
export type QuizBank = {
	version: string;
	traits: TraitId[];
	awardTraits: TraitId[];
	questions: BankQuestion[];
	roles: BankRole[];
	tuning: Tuning;
	/** Quiz lengths of simulated visitors, sorted, for the length shown on the intro and the progress estimate (see quiz/simulate.ts). */
	lengths?: number[];
};

/**
 * The answer to the optional experience question, as an index into STAGES; null = not answered.
 * It changes which roles one can start in now, never the trait matching.
 */
export const STAGES = ['school', 'starting', 'elsewhere', 'contact-center', 'led-people'] as const;
export type Stage = number | null;
export const isStage = (x: unknown): x is Stage =>
	x === null || (Number.isInteger(x) && (x as number) >= 0 && (x as number) < STAGES.length);

/** choice = option index (situational, pair) or 0..4 on the agree scale; null = skipped. */
export type Answer = { questionId: string; choice: number | null };

/** Number of answer positions of an item. */
export function choiceCount(q: BankQuestion): number {
	return q.kind === 'scale' ? 5 : q.options.length;
}

/** 32-bit FNV-1a, printed as 7 base36 digits. Not cryptographic: it only has to notice changes. */
export function fnv1a(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}
export const versionString = (hash: number) => hash.toString(36).padStart(7, '0');

/**
 * Builds the bank; the version hashes everything the results depend on: loads, profiles, order, the
 * tuning numbers and the algorithm.
 */
export function toQuizBank(content: Content, tuning: Tuning = TUNING): QuizBank {
	const traits = [...TRAIT_IDS];
	const questions: BankQuestion[] = content.questions.map((q) =>
		q.kind === 'scale'
			? { id: q.id, kind: q.kind, loads: { ...q.loads } }
			: { id: q.id, kind: q.kind, options: q.options.map((o) => ({ ...o.loads })) }
	);
	const roles: BankRole[] = content.roles.map((r) => ({
		id: r.id,
		level: r.level,
		requirement: r.entry.requirement,
		...(r.entry.experience?.internalOnly ? { internalOnly: true as const } : {}),
		profile: { ...r.profile },
		answering: { ...(content.answering[r.id] ?? r.profile) },
		answered: answeredBy(questions, content.answered[r.id])
	}));
	const awardTraits = content.traits.filter((t) => t.award).map((t) => t.id);
	return withVersion({ traits, awardTraits, questions, roles, tuning: { ...tuning } });
}

function withVersion(bank: Omit<QuizBank, 'version'>): QuizBank {
	const { questions, roles, awardTraits, tuning } = bank;
	const hashed = [ALGORITHM, tuning, questions, roles, awardTraits];
	return { version: versionString(fnv1a(JSON.stringify(hashed))), ...bank };
}

/** The same bank with some tuning numbers changed (and so its own version and caches). */
export const withTuning = (bank: QuizBank, changes: Partial<Tuning>): QuizBank =>
	changed(bank, { tuning: { ...bank.tuning, ...changes } });

/** A role's answer counts in bank order (zeros for an item it has none for). */
const answeredBy = (questions: BankQuestion[], byItem: Record<string, number[]> = {}) =>
	questions.map((q) => [...(byItem[q.id] ?? new Array<number>(choiceCount(q)).fill(0))]);

/** The same bank with another calibration (levels and answers) for some roles (cross-validation). */
export const withCalibration = (
	bank: QuizBank,
	{ levels, answered }: Pick<Calibration, 'levels' | 'answered'>
): QuizBank =>
	changed(bank, {
		roles: bank.roles.map((r) => ({
			...r,
			answering: { ...(levels[r.id] ?? r.answering) },
			answered: answered[r.id] ? answeredBy(bank.questions, answered[r.id]) : r.answered
		}))
	});

// Version and lengths follow from what changed, so neither is carried over.
function changed(bank: QuizBank, changes: Partial<Pick<QuizBank, 'roles' | 'tuning'>>): QuizBank {
	const { questions, roles, traits, awardTraits, tuning } = bank;
	return withVersion({ traits, awardTraits, questions, roles, tuning, ...changes });
}

/** Per-bank lookup tables, computed once (the bank object is immutable by convention). */
const indexCache = new WeakMap<QuizBank, Map<string, number>>();
export function questionIndex(bank: QuizBank): Map<string, number> {
	let map = indexCache.get(bank);
	if (!map) {
		map = new Map(bank.questions.map((q, i) => [q.id, i]));
		indexCache.set(bank, map);
	}
	return map;
}
export function findQuestion(bank: QuizBank, id: string): BankQuestion | undefined {
	const i = questionIndex(bank).get(id);
	return i === undefined ? undefined : bank.questions[i];
}

/** Whether an answer names a known item and a valid choice for it. */
export function isValidAnswer(bank: QuizBank, a: Answer): boolean {
	const q = findQuestion(bank, a.questionId);
	if (!q) return false;
	return (
		a.choice === null || (Number.isInteger(a.choice) && a.choice >= 0 && a.choice < choiceCount(q))
	);
}
