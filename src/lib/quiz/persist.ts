/**
 * Saving and restoring a quiz in progress. The UI owns the storage (localStorage); this module only
 * turns a persisted snapshot into a string and back, validating everything on the way in: stored
 * data may be corrupt, from an older content version, or edited by hand.
 *
 * The stored form leaves the bank out (it is large and comes from the server anyway) and is rebuilt
 * into a machine snapshot with the current bank.
 */
import type { Snapshot } from 'xstate';
import { isStage, isValidAnswer, type Answer, type QuizBank } from '../bank/bank';
import { quizMachine, type QuizContext } from './machine';

const FORMAT = 1;
const STATES = ['"intro"', '{"asking":"question"}', '{"asking":"review"}', '"deeper"', '"results"'];

type Stored = {
	format: number;
	version: string;
	value: unknown;
	answers: Answer[];
	current: string | null;
	targetRole: string | null;
	deeperUntil: number | null;
	stage: number | null;
};

export type PersistedQuiz = ReturnType<typeof quizMachine.getPersistedSnapshot>;
export type RestoredQuiz =
	| { ok: true; snapshot: PersistedQuiz }
	| { ok: false; reason: 'corrupt' | 'outdated' | 'unknown-items' };

/** The persisted snapshot (actor.getPersistedSnapshot()) as a string for storage. */
export function serializeQuiz(snapshot: Snapshot<unknown>, version: string): string {
	const { value, context } = snapshot as unknown as { value: unknown; context: QuizContext };
	const stored: Stored = {
		format: FORMAT,
		version,
		value,
		answers: context.answers,
		current: context.current,
		targetRole: context.targetRole,
		deeperUntil: context.deeperUntil,
		stage: context.stage
	};
	return JSON.stringify(stored);
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);
const isAnswer = (x: unknown): x is Answer =>
	isRecord(x) &&
	typeof x.questionId === 'string' &&
	(x.choice === null || (typeof x.choice === 'number' && Number.isInteger(x.choice)));

/** Never throws: anything that is not a quiz this bank can continue is rejected with a reason. */
export function restoreQuiz(raw: unknown, bank: QuizBank): RestoredQuiz {
	const corrupt = { ok: false, reason: 'corrupt' } as const;
	try {
		const data: unknown = typeof raw === 'string' ? JSON.parse(raw) : raw;
		if (!isRecord(data) || data.format !== FORMAT || typeof data.version !== 'string')
			return corrupt;
		if (data.version !== bank.version) return { ok: false, reason: 'outdated' };
		const { answers, current, targetRole, deeperUntil, value } = data;
		// Saved before the experience question existed: no answer to it.
		const stage = data.stage ?? null;
		if (!isStage(stage)) return corrupt;
		if (!STATES.includes(JSON.stringify(value))) return corrupt;
		if (!Array.isArray(answers) || !answers.every(isAnswer)) return corrupt;
		if (current !== null && typeof current !== 'string') return corrupt;
		if (targetRole !== null && typeof targetRole !== 'string') return corrupt;
		if (deeperUntil !== null && !(typeof deeperUntil === 'number' && Number.isInteger(deeperUntil)))
			return corrupt;
		const ids = new Set(bank.questions.map((q) => q.id));
		if (
			answers.some((a) => !ids.has(a.questionId)) ||
			(current !== null && !ids.has(current)) ||
			(targetRole !== null && !bank.roles.some((r) => r.id === targetRole))
		)
			return { ok: false, reason: 'unknown-items' };
		if (!answers.every((a) => isValidAnswer(bank, a))) return corrupt;
		if (new Set(answers.map((a) => a.questionId)).size !== answers.length) return corrupt;
		const showsItem = value === 'deeper' || JSON.stringify(value) === '{"asking":"question"}';
		if (showsItem !== (current !== null)) return corrupt;
		const context: QuizContext = { bank, answers, current, targetRole, deeperUntil, stage };
		const state = quizMachine.resolveState({ value: value as 'intro', context });
		return { ok: true, snapshot: quizMachine.getPersistedSnapshot(state) };
	} catch {
		return corrupt;
	}
}
