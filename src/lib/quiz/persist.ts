/**
 * Saving and restoring a quiz in progress. The bank is given to the machine from outside, so the
 * persisted snapshot holds only the visitor's answers and position and is stored exactly as XState
 * gives it (device/storage keeps it, with the content version). On the way back everything is
 * checked against the current bank: stored data may be corrupt, from an older content version, or
 * edited by hand.
 */
import * as v from 'valibot';
import type { Snapshot } from 'xstate';
import { isValidAnswer, STAGES, type QuizBank } from '../bank/bank';
import type { QuizMachine } from './machine';

export const FORMAT = 2;

/** What device storage keeps of a quiz: the content version and XState's persisted snapshot. */
export type SavedQuiz = { format: typeof FORMAT; version: string; snapshot: unknown };

export type RestoredQuiz =
	| { ok: true; snapshot: Snapshot<unknown> }
	| { ok: false; reason: 'corrupt' | 'outdated' | 'unknown-items' };

const Value = v.union([
	v.picklist(['intro', 'deeper', 'results']),
	v.strictObject({ asking: v.picklist(['question', 'review']) })
]);

/** XState's persisted snapshot of the quiz machine, as it gives it (no child actors, no history). */
const SnapshotSchema = v.object({
	status: v.literal('active'),
	value: Value,
	historyValue: v.strictObject({}),
	children: v.strictObject({}),
	context: v.strictObject({
		targetRole: v.nullable(v.string()),
		answers: v.array(
			v.strictObject({
				questionId: v.string(),
				choice: v.nullable(v.pipe(v.number(), v.integer()))
			})
		),
		current: v.nullable(v.string()),
		deeperUntil: v.nullable(v.pipe(v.number(), v.integer())),
		stage: v.nullable(v.picklist(STAGES.map((_, i) => i)))
	})
});

/** The form device storage keeps for a persisted snapshot (actor.getPersistedSnapshot()). */
export function saveQuiz(
	snapshot: ReturnType<QuizMachine['getPersistedSnapshot']>,
	version: string
): SavedQuiz {
	return { format: FORMAT, version, snapshot };
}

/** Never throws: anything that is not a quiz this bank can continue is rejected with a reason. */
export function restoreQuiz(
	saved: { format: number; version?: unknown; snapshot?: unknown },
	bank: QuizBank
): RestoredQuiz {
	const corrupt = { ok: false, reason: 'corrupt' } as const;
	if (saved.format !== FORMAT || saved.version !== bank.version)
		return { ok: false, reason: 'outdated' };
	const parsed = v.safeParse(SnapshotSchema, saved.snapshot);
	if (!parsed.success) return corrupt;
	const { value, context } = parsed.output;
	const { answers, current, targetRole } = context;
	const ids = new Set(bank.questions.map((q) => q.id));
	if (
		answers.some((a) => !ids.has(a.questionId)) ||
		(current !== null && !ids.has(current)) ||
		(targetRole !== null && !bank.roles.some((r) => r.id === targetRole))
	)
		return { ok: false, reason: 'unknown-items' };
	if (!answers.every((a) => isValidAnswer(bank, a))) return corrupt;
	if (new Set(answers.map((a) => a.questionId)).size !== answers.length) return corrupt;
	const showsItem =
		value === 'deeper' || (typeof value === 'object' && value.asking === 'question');
	if (showsItem !== (current !== null)) return corrupt;
	// Checked above: a snapshot of this machine, in a state it can be in.
	return { ok: true, snapshot: parsed.output as unknown as Snapshot<unknown> };
}
