import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { fixtureBank as bank } from './fixtures';
import { createQuizMachine } from './machine';
import { restoreQuiz, saveQuiz, type SavedQuiz } from './persist';

const machine = createQuizMachine(bank);

function midQuiz() {
	const actor = createActor(machine, { input: { targetRole: 'lead' } }).start();
	actor.send({ type: 'quiz.start', stage: 3 });
	actor.send({ type: 'quiz.answer', choice: 1 });
	actor.send({ type: 'quiz.skip' });
	actor.send({ type: 'quiz.answer', choice: 0 });
	return actor;
}

/** The saved quiz as it comes back from storage (through JSON). */
const saved = (): SavedQuiz =>
	JSON.parse(JSON.stringify(saveQuiz(midQuiz().getPersistedSnapshot(), bank.version)));

/** The saved quiz with its snapshot's context changed. */
function withContext(change: Record<string, unknown>) {
	const s = saved() as SavedQuiz & { snapshot: { context: object } };
	return { ...s, snapshot: { ...s.snapshot, context: { ...s.snapshot.context, ...change } } };
}

describe('persist', () => {
	it('stores the snapshot exactly as XState gives it, without the bank', () => {
		const actor = midQuiz();
		const stored = saveQuiz(actor.getPersistedSnapshot(), bank.version);
		expect(stored).toEqual({
			format: 2,
			version: bank.version,
			snapshot: actor.getPersistedSnapshot()
		});
		const json = JSON.stringify(stored);
		expect(json).not.toContain('"roles"');
		expect(json).not.toContain('"questions"');
	});

	it('restores a quiz in progress exactly where it was', () => {
		const actor = midQuiz();
		const restored = restoreQuiz(saved(), bank);
		expect(restored.ok).toBe(true);
		if (!restored.ok) return;
		const again = createActor(machine, { snapshot: restored.snapshot, input: {} }).start();
		expect(again.getSnapshot().value).toEqual(actor.getSnapshot().value);
		expect(again.getSnapshot().context).toEqual(actor.getSnapshot().context);
		expect(again.getSnapshot().context.stage).toBe(3);
		// …and carries on identically.
		for (const a of [actor, again]) a.send({ type: 'quiz.answer', choice: 2 });
		expect(again.getSnapshot().context.current).toBe(actor.getSnapshot().context.current);
	});

	it('drops a quiz from another content version, or in the older stored form, as outdated', () => {
		const outdated = { ok: false, reason: 'outdated' };
		expect(restoreQuiz(saved(), { ...bank, version: 'other' })).toEqual(outdated);
		const formatOne = {
			format: 1,
			version: bank.version,
			value: 'intro',
			answers: [],
			current: null,
			targetRole: null,
			deeperUntil: null
		};
		expect(restoreQuiz(formatOne, bank)).toEqual(outdated);
	});

	it('rejects answers to items the bank does not have', () => {
		const s = saved() as SavedQuiz & {
			snapshot: { context: { answers: { questionId: string }[] } };
		};
		s.snapshot.context.answers[0]!.questionId = 'gone';
		expect(restoreQuiz(s, bank)).toEqual({ ok: false, reason: 'unknown-items' });
		expect(restoreQuiz(withContext({ targetRole: 'astronaut' }), bank)).toEqual({
			ok: false,
			reason: 'unknown-items'
		});
	});

	it('rejects wrong types and impossible states as corrupt', () => {
		const s = saved();
		const bad = [
			{ ...s, snapshot: null },
			{ ...s, snapshot: { ...(s.snapshot as object), value: 'nowhere' } },
			{ ...s, snapshot: { ...(s.snapshot as object), status: 'done' } },
			withContext({ answers: 'x' }),
			withContext({ answers: [{ questionId: 's-empathy', choice: 9 }] }),
			withContext({ current: null }),
			withContext({ stage: 99 }),
			withContext({ bank })
		];
		for (const raw of bad) expect(restoreQuiz(raw, bank)).toEqual({ ok: false, reason: 'corrupt' });
	});

	it('never throws, whatever it is given', () => {
		const valid = saved() as SavedQuiz & { snapshot: { context: object } };
		const mutated = fc
			.tuple(fc.constantFrom(...Object.keys(valid.snapshot.context)), fc.jsonValue())
			.map(([k, v]) => withContext({ [k]: v }));
		fc.assert(
			fc.property(
				fc.oneof(
					fc.record({ format: fc.integer(), version: fc.string(), snapshot: fc.anything() }),
					fc.record({
						format: fc.constant(2),
						version: fc.constant(bank.version),
						snapshot: fc.jsonValue()
					}),
					mutated
				),
				(raw) => {
					const r = restoreQuiz(raw, bank);
					expect(typeof r.ok).toBe('boolean');
				}
			),
			{ numRuns: 500 }
		);
	});
});
