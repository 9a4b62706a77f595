import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { fixtureBank as bank } from './fixtures';
import { quizMachine } from './machine';
import { restoreQuiz, serializeQuiz } from './persist';

function midQuiz() {
	const actor = createActor(quizMachine, { input: { bank, targetRole: 'lead' } }).start();
	actor.send({ type: 'quiz.start', stage: 3 });
	actor.send({ type: 'quiz.answer', choice: 1 });
	actor.send({ type: 'quiz.skip' });
	actor.send({ type: 'quiz.answer', choice: 0 });
	return actor;
}

describe('persist', () => {
	it('restores a quiz in progress exactly where it was', () => {
		const actor = midQuiz();
		const raw = serializeQuiz(actor.getPersistedSnapshot(), bank.version);
		expect(raw).not.toContain('"roles"'); // the bank is not stored
		const restored = restoreQuiz(raw, bank);
		expect(restored.ok).toBe(true);
		if (!restored.ok) return;
		const again = createActor(quizMachine, {
			snapshot: restored.snapshot,
			input: { bank }
		}).start();
		expect(again.getSnapshot().value).toEqual(actor.getSnapshot().value);
		expect(again.getSnapshot().context).toEqual(actor.getSnapshot().context);
		expect(again.getSnapshot().context.stage).toBe(3);
		// …and carries on identically.
		for (const a of [actor, again]) a.send({ type: 'quiz.answer', choice: 2 });
		expect(again.getSnapshot().context.current).toBe(actor.getSnapshot().context.current);
	});

	it('rejects a snapshot from another content version as outdated', () => {
		const raw = serializeQuiz(midQuiz().getPersistedSnapshot(), bank.version);
		expect(restoreQuiz(raw, { ...bank, version: 'other' })).toEqual({
			ok: false,
			reason: 'outdated'
		});
	});

	it('rejects answers to items the bank does not have', () => {
		const stored = JSON.parse(serializeQuiz(midQuiz().getPersistedSnapshot(), bank.version));
		stored.answers[0].questionId = 'gone';
		expect(restoreQuiz(JSON.stringify(stored), bank)).toEqual({
			ok: false,
			reason: 'unknown-items'
		});
	});

	it('rejects wrong types and impossible states as corrupt', () => {
		const stored = JSON.parse(serializeQuiz(midQuiz().getPersistedSnapshot(), bank.version));
		const bad = [
			'{not json',
			'null',
			'42',
			JSON.stringify({ ...stored, value: 'nowhere' }),
			JSON.stringify({ ...stored, answers: 'x' }),
			JSON.stringify({ ...stored, answers: [{ questionId: 's-empathy', choice: 9 }] }),
			JSON.stringify({ ...stored, current: null }),
			JSON.stringify({ ...stored, format: 2 })
		];
		for (const raw of bad) expect(restoreQuiz(raw, bank)).toEqual({ ok: false, reason: 'corrupt' });
	});

	it('never throws, whatever it is given', () => {
		const valid = JSON.parse(serializeQuiz(midQuiz().getPersistedSnapshot(), bank.version));
		const mutated = fc
			.tuple(fc.constantFrom(...Object.keys(valid)), fc.jsonValue())
			.map(([k, v]) => JSON.stringify({ ...valid, [k]: v }));
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.jsonValue().map((v) => JSON.stringify(v)),
					fc.anything(),
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
