import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { withTuning } from '../bank/bank';
import { fixtureBank, tinyBank } from './fixtures';
import { anticipate, createQuizMachine, type QuizEvent, type QuizMachine } from './machine';
import { stopReason, tableSteps } from './select';

type Snap = SnapshotFrom<QuizMachine>;

// A short quiz on the five-item bank, so every state (deeper included) is reachable: the stop rule
// can fire after two answers and the ceiling (4) leaves one item for a deeper round.
const shortBank = withTuning(tinyBank, {
	floor: 2,
	ceiling: 4,
	stableFor: 1,
	leaderProbability: 0,
	topProbability: 0,
	deeperItems: 2
});

/** Every event that could make sense in a snapshot (guards decide which are taken). */
function events(s: Snap): QuizEvent[] {
	return [
		{ type: 'quiz.start' },
		{ type: 'quiz.answer', choice: 0 },
		{ type: 'quiz.answer', choice: 1 },
		{ type: 'quiz.answer', choice: 7 },
		{ type: 'quiz.skip' },
		{ type: 'quiz.back' },
		...s.context.answers.map((a) => ({ type: 'quiz.goto' as const, questionId: a.questionId })),
		{ type: 'quiz.goto', questionId: 'nope' },
		{ type: 'quiz.review' },
		{ type: 'quiz.resume' },
		{ type: 'quiz.deeper' },
		{ type: 'quiz.finish' },
		{ type: 'quiz.restart' }
	];
}

/** Abstract state for the traversal: where we are, how far, and whether an old answer is on screen. */
const serializeState = (s: Snap) => {
	const { answers, current, deeperUntil } = s.context;
	const revisiting = answers.findIndex((a) => a.questionId === current);
	return JSON.stringify([s.value, revisiting, deeperUntil, answers.map((a) => a.choice)]);
};

const shortMachine = createQuizMachine(shortBank);
const options = { input: {}, events, serializeState };

describe('quiz machine (model-based)', () => {
	it('reaches every state', () => {
		const paths = getShortestPaths(shortMachine, options);
		const reached = new Set(paths.map((p) => JSON.stringify(p.state.value)));
		for (const v of [
			'"intro"',
			'{"asking":"question"}',
			'{"asking":"review"}',
			'"deeper"',
			'"results"'
		])
			expect(reached).toContain(v);
	});

	it('takes every event somewhere, and each transition keeps the invariants', () => {
		const map = getAdjacencyMap(shortMachine, options);
		const taken = new Set<string>();
		for (const { state, transitions } of Object.values(map)) {
			const steps = Object.values(transitions) as { event: QuizEvent; state: Snap }[];
			for (const { event, state: next } of steps) {
				if (
					serializeState(next) !== serializeState(state) ||
					next.context.current !== state.context.current
				)
					taken.add(event.type);
				const { answers, current } = next.context;
				// Answers are unique and valid; a question is on screen exactly where one is expected.
				expect(new Set(answers.map((a) => a.questionId)).size).toBe(answers.length);
				if (next.matches({ asking: 'question' }) || next.matches('deeper'))
					expect(current).not.toBeNull();
				if (next.matches('intro') || next.matches('results')) expect(current).toBeNull();
				// Results come from the review only once the stop rule is met.
				if (state.matches('asking') && next.matches('results'))
					expect(stopReason(shortBank, answers)).not.toBeNull();
				if (event.type === 'quiz.answer' && event.choice === 7)
					expect(next.context).toEqual(state.context);
			}
		}
		const all = [
			'start',
			'answer',
			'skip',
			'back',
			'goto',
			'review',
			'resume',
			'deeper',
			'finish',
			'restart'
		];
		expect([...taken].sort()).toEqual(all.map((e) => `quiz.${e}`).sort());
	});

	it('replays every shortest path identically on a live actor (deterministic)', () => {
		for (const path of getShortestPaths(shortMachine, options)) {
			const actor = createActor(shortMachine, { input: {} }).start();
			for (const step of path.steps) actor.send(step.event);
			expect(actor.getSnapshot().value).toEqual(path.state.value);
			expect(actor.getSnapshot().context.answers).toEqual(path.state.context.answers);
			actor.stop();
		}
	});
});

describe('quiz machine (scenarios)', () => {
	const start = (target?: string) => {
		const actor = createActor(createQuizMachine(fixtureBank), {
			input: { targetRole: target }
		}).start();
		actor.send({ type: 'quiz.start' });
		return actor;
	};

	it('changes an earlier answer in place via goto, then carries on', () => {
		const actor = start();
		actor.send({ type: 'quiz.answer', choice: 0 });
		const first = actor.getSnapshot().context.answers[0]!.questionId;
		actor.send({ type: 'quiz.answer', choice: 1 });
		actor.send({ type: 'quiz.review' });
		actor.send({ type: 'quiz.goto', questionId: first });
		expect(actor.getSnapshot().context.current).toBe(first);
		actor.send({ type: 'quiz.answer', choice: 1 });
		const { answers, current } = actor.getSnapshot().context;
		expect(answers).toHaveLength(2);
		expect(answers[0]).toEqual({ questionId: first, choice: 1 });
		expect(answers.some((a) => a.questionId === current)).toBe(false);
	});

	it('goes back to the previous answer', () => {
		const actor = start();
		actor.send({ type: 'quiz.answer', choice: 0 });
		actor.send({ type: 'quiz.skip' });
		actor.send({ type: 'quiz.back' });
		expect(actor.getSnapshot().context.current).toBe(
			actor.getSnapshot().context.answers[1]!.questionId
		);
		actor.send({ type: 'quiz.back' });
		expect(actor.getSnapshot().context.current).toBe(
			actor.getSnapshot().context.answers[0]!.questionId
		);
	});

	it('ignores an unknown target role', () => {
		const actor = createActor(createQuizMachine(fixtureBank), {
			input: { targetRole: 'astronaut' }
		});
		expect(actor.getSnapshot().context.targetRole).toBeNull();
	});

	it('works out each possible next answer ahead, with the same outcome as working it out then', () => {
		const target = fixtureBank.roles[1]!.id;
		// Past the opening, so the next item is chosen adaptively.
		const play = (bank: typeof fixtureBank, ahead: boolean) => {
			const machine = createQuizMachine(bank);
			const actor = createActor(machine, { input: { targetRole: target } });
			actor.start().send({ type: 'quiz.start', stage: 1 });
			const outcomes: (string | null)[] = [];
			for (let k = 0; k < 8 && actor.getSnapshot().context.current; k++) {
				const steps = anticipate(bank, machine, actor.getSnapshot());
				// The bank's tables, then every choice and a skip.
				expect(steps.length).toBeGreaterThan(tableSteps(bank).length + 2);
				if (ahead) steps.forEach((step) => step());
				actor.send({ type: 'quiz.answer', choice: k % 2 });
				outcomes.push(actor.getSnapshot().context.current);
			}
			return outcomes;
		};
		// A copy of the bank shares nothing worked out for the original.
		expect(play(fixtureBank, true)).toEqual(play(structuredClone(fixtureBank), false));
		// On the intro, before any question is shown, only the bank's tables are built ahead.
		const machine = createQuizMachine(fixtureBank);
		const intro = createActor(machine, { input: {} }).start().getSnapshot();
		expect(anticipate(fixtureBank, machine, intro)).toHaveLength(tableSteps(fixtureBank).length);
	});
});
