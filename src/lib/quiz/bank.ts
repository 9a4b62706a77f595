/**
 * The scoring view of the content: ids, kinds, loads and role profiles, without any text. It is what
 * the quiz page receives as JSON, so it must stay plain serialisable data.
 */
import type { Content } from '../content/validate';
import type { Profile, TraitId } from '../content/schema';
import { TRAIT_IDS } from '../content/schema';

export type Loads = Partial<Record<TraitId, number>>;
export type BankQuestion =
	| { id: string; kind: 'situational' | 'pair'; options: Loads[] }
	| { id: string; kind: 'scale'; loads: Loads };
export type BankRole = { id: string; level: 'entry' | 'experienced' | 'senior'; profile: Profile };
export type QuizBank = {
	version: string;
	traits: TraitId[];
	awardTraits: TraitId[];
	questions: BankQuestion[];
	roles: BankRole[];
};

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

/** Builds the bank; the version hashes everything scoring depends on (loads, profiles, order). */
export function toQuizBank(content: Content): QuizBank {
	const traits = [...TRAIT_IDS];
	const questions: BankQuestion[] = content.questions.map((q) =>
		q.kind === 'scale'
			? { id: q.id, kind: q.kind, loads: { ...q.loads } }
			: { id: q.id, kind: q.kind, options: q.options.map((o) => ({ ...o.loads })) }
	);
	const roles: BankRole[] = content.roles.map((r) => ({
		id: r.id,
		level: r.level,
		profile: { ...r.profile }
	}));
	const awardTraits = content.traits.filter((t) => t.award).map((t) => t.id);
	const version = versionString(fnv1a(JSON.stringify([questions, roles, awardTraits])));
	return { version, traits, awardTraits, questions, roles };
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
