/**
 * One visitor through the real quiz machine: the same selection, stop rule and scoring as the site.
 * A respondent answers each item the machine puts on screen (or skips it); at the review screen the
 * visitor finishes. The outcome is the ranking as the results page orders it.
 */
import { createActor } from 'xstate';
import {
	findQuestion,
	type Answer,
	type BankQuestion,
	type QuizBank,
	type Stage
} from '../bank/bank';
import { createQuizMachine } from '../quiz/machine';
import { results } from '../matching/index';

/** The answer position a respondent gives to an item, or null to skip it. */
export type Respond = (q: BankQuestion) => number | null;

export type Run = { answers: Answer[]; ranking: string[] };

export function runMachine(bank: QuizBank, respond: Respond, stage: Stage = null): Run {
	const actor = createActor(createQuizMachine(bank), { input: {} }).start();
	actor.send({ type: 'quiz.start', stage });
	// Each step answers an item or finishes, so this bound is never reached by a working machine.
	for (let step = 0; step <= bank.questions.length + 1; step++) {
		const snap = actor.getSnapshot();
		if (snap.matches('results')) break;
		if (snap.matches({ asking: 'review' })) {
			actor.send({ type: 'quiz.finish' });
			continue;
		}
		const q = snap.context.current ? findQuestion(bank, snap.context.current) : undefined;
		if (!q) break;
		const choice = respond(q);
		actor.send(choice === null ? { type: 'quiz.skip' } : { type: 'quiz.answer', choice });
	}
	const { answers } = actor.getSnapshot().context;
	actor.stop();
	return { answers, ranking: rankingOf(bank, answers, stage) };
}

/** Role ids as the results page orders them (given the experience answer: roles to start in now first). */
export const rankingOf = (bank: QuizBank, answers: readonly Answer[], stage: Stage) =>
	results(bank, answers, null, stage).ranking.map((r) => r.roleId);
