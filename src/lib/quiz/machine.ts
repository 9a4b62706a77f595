/**
 * The quiz flow as an XState v5 machine. Pure: no storage, no timers; every decision comes from the
 * answers through select.ts, so the same answers always lead to the same questions and results.
 *
 * intro ─start→ asking.question ⇄ asking.review ─finish→ results ─deeper→ deeper ─→ results
 * - When the stop rule is met after an answer, the visitor lands on asking.review, shown as the end of
 *   the quiz (results with `quiz.finish`, the list of answers one click away); `quiz.resume` there
 *   keeps answering (up to the ceiling).
 * - `quiz.back` / `quiz.goto` revisit an answered item; answering it replaces the answer in place and
 *   the quiz continues with the best next item for the updated answers.
 * - `quiz.restart` works everywhere and keeps the target role.
 */
import { assign, getNextSnapshot, setup, type SnapshotFrom } from 'xstate';
import {
	choiceCount,
	findQuestion,
	isStage,
	isValidAnswer,
	type Answer,
	type QuizBank,
	type Stage
} from '../bank/bank';
import { nextQuestion, stopReason, tableSteps } from './select';

export type QuizInput = { targetRole?: string | null };
export type QuizContext = {
	targetRole: string | null;
	/** In the order first asked; a changed answer keeps its place. */
	answers: Answer[];
	/** The item on screen (asking.question, deeper); null elsewhere. */
	current: string | null;
	/** During a "go deeper" round: return to results once this many items are answered. */
	deeperUntil: number | null;
	/** The answer to the optional experience question on the intro (index into STAGES), null if none. */
	stage: Stage;
};
export type QuizEvent =
	| { type: 'quiz.start'; stage?: Stage }
	| { type: 'quiz.answer'; choice: number }
	| { type: 'quiz.skip' }
	| { type: 'quiz.back' }
	| { type: 'quiz.goto'; questionId: string }
	| { type: 'quiz.review' }
	| { type: 'quiz.resume' }
	| { type: 'quiz.deeper' }
	| { type: 'quiz.finish' }
	| { type: 'quiz.restart' };

/** The answers once the current item gets `choice` (replacing an earlier answer to it). */
export function withAnswer(ctx: QuizContext, choice: number | null): Answer[] {
	if (!ctx.current) return ctx.answers;
	const answer = { questionId: ctx.current, choice };
	const i = ctx.answers.findIndex((a) => a.questionId === ctx.current);
	return i < 0 ? [...ctx.answers, answer] : ctx.answers.with(i, answer);
}

/**
 * The work the visitor's next answer will need, as small steps to run while the page is idle: the
 * bank's tables (built once, see `tableSteps`), then for each way of answering the item on screen
 * (every choice, or a skip), the machine's next snapshot, worked out and thrown away. select.ts
 * remembers what it computed (whether the quiz stops there, which item comes next) and the code has
 * run once, so the answer itself is quick and the next question is painted sooner.
 */
export function anticipate(
	bank: QuizBank,
	machine: QuizMachine,
	snapshot: SnapshotFrom<QuizMachine>
): (() => void)[] {
	const current = snapshot.context.current;
	const q = current ? findQuestion(bank, current) : undefined;
	if (!q) return tableSteps(bank);
	const events: QuizEvent[] = [
		...Array.from(
			{ length: choiceCount(q) },
			(_, choice) => ({ type: 'quiz.answer', choice }) as const
		),
		{ type: 'quiz.skip' }
	];
	return [
		...tableSteps(bank),
		...events.map((event) => () => void getNextSnapshot(machine, snapshot, event))
	];
}

const choiceOf = (e: QuizEvent) => (e.type === 'quiz.answer' ? e.choice : null);

/**
 * The quiz machine for one question bank. The bank is not state: it stays out of the context, so a
 * persisted snapshot holds only the visitor's answers and position.
 */
export function createQuizMachine(bank: QuizBank) {
	const next = (ctx: QuizContext, answers: Answer[]) =>
		nextQuestion(bank, answers, ctx.targetRole, ctx.stage);

	function acceptable(ctx: QuizContext, e: QuizEvent): boolean {
		if (!ctx.current) return false;
		return (
			e.type === 'quiz.skip' ||
			isValidAnswer(bank, { questionId: ctx.current, choice: choiceOf(e) })
		);
	}

	/** Whether, after this answer, the asking phase should stop (stop rule) / the deeper round end. */
	const endsAsking = (ctx: QuizContext, e: QuizEvent) =>
		stopReason(bank, withAnswer(ctx, choiceOf(e)), ctx.stage) !== null;
	function endsDeeper(ctx: QuizContext, e: QuizEvent): boolean {
		const answers = withAnswer(ctx, choiceOf(e));
		return answers.length >= (ctx.deeperUntil ?? 0) || next(ctx, answers) === null;
	}

	return setup({
		types: {
			context: {} as QuizContext,
			events: {} as QuizEvent,
			input: {} as QuizInput
		},
		guards: {
			hasQuestions: () => bank.questions.length > 0,
			acceptable: ({ context, event }) => acceptable(context, event),
			acceptableAndEnds: ({ context, event }) =>
				acceptable(context, event) && endsAsking(context, event),
			acceptableAndEndsDeeper: ({ context, event }) =>
				acceptable(context, event) && endsDeeper(context, event),
			canGoBack: ({ context }) => {
				const i = context.answers.findIndex((a) => a.questionId === context.current);
				return i > 0 || (i < 0 && context.answers.length > 0);
			},
			isAnswered: ({ context, event }) =>
				event.type === 'quiz.goto' &&
				context.answers.some((a) => a.questionId === event.questionId),
			canResume: ({ context }) =>
				context.current !== null || next(context, context.answers) !== null,
			stopRuleMet: ({ context }) => stopReason(bank, context.answers, context.stage) !== null,
			canGoDeeper: ({ context }) => next(context, context.answers) !== null
		},
		actions: {
			/** Records the answer and moves on to the best next item. */
			answer: assign(({ context, event }) => {
				const answers = withAnswer(context, choiceOf(event));
				return { answers, current: next(context, answers) };
			}),
			/** Records the answer; the phase ends, so nothing is on screen. */
			answerLast: assign(({ context, event }) => ({
				answers: withAnswer(context, choiceOf(event)),
				current: null
			})),
			/** Starts asking; the experience answer, if given (and valid), steers the opening. */
			begin: assign(({ context, event }) => {
				const given = event.type === 'quiz.start' ? event.stage : undefined;
				const stage = given !== undefined && isStage(given) ? given : context.stage;
				return { stage, current: next({ ...context, stage }, context.answers) };
			}),
			keepOrPickNext: assign(({ context }) => ({
				current: context.current ?? next(context, context.answers)
			})),
			goBack: assign(({ context }) => {
				const i = context.answers.findIndex((a) => a.questionId === context.current);
				const prev = context.answers[(i < 0 ? context.answers.length : i) - 1];
				return { current: prev?.questionId ?? context.current };
			}),
			goTo: assign(({ context, event }) => ({
				current:
					event.type === 'quiz.goto' && findQuestion(bank, event.questionId)
						? event.questionId
						: context.current
			})),
			startDeeper: assign(({ context }) => ({
				deeperUntil: Math.min(
					bank.tuning.ceiling,
					context.answers.length + bank.tuning.deeperItems
				),
				current: next(context, context.answers)
			})),
			clearCurrent: assign({ current: null, deeperUntil: null }),
			reset: assign({ answers: [], current: null, deeperUntil: null })
		}
	}).createMachine({
		id: 'quiz',
		initial: 'intro',
		context: ({ input }) => ({
			targetRole:
				input.targetRole && bank.roles.some((r) => r.id === input.targetRole)
					? input.targetRole
					: null,
			answers: [],
			current: null,
			deeperUntil: null,
			stage: null
		}),
		on: { 'quiz.restart': { target: '.intro', actions: 'reset' } },
		states: {
			intro: {
				on: { 'quiz.start': { guard: 'hasQuestions', target: 'asking', actions: 'begin' } }
			},
			asking: {
				initial: 'question',
				states: {
					question: {
						on: {
							'quiz.answer': [
								{ guard: 'acceptableAndEnds', target: 'review', actions: 'answerLast' },
								{ guard: 'acceptable', target: 'question', actions: 'answer' }
							],
							'quiz.skip': [
								{ guard: 'acceptableAndEnds', target: 'review', actions: 'answerLast' },
								{ guard: 'acceptable', target: 'question', actions: 'answer' }
							],
							'quiz.back': { guard: 'canGoBack', actions: 'goBack' },
							'quiz.goto': { guard: 'isAnswered', actions: 'goTo' },
							'quiz.review': { target: 'review' }
						}
					},
					review: {
						on: {
							'quiz.resume': { guard: 'canResume', target: 'question', actions: 'keepOrPickNext' },
							'quiz.goto': { guard: 'isAnswered', target: 'question', actions: 'goTo' },
							'quiz.finish': { guard: 'stopRuleMet', target: '#quiz.results' }
						}
					}
				}
			},
			deeper: {
				on: {
					'quiz.answer': [
						{ guard: 'acceptableAndEndsDeeper', target: 'results', actions: 'answerLast' },
						{ guard: 'acceptable', actions: 'answer' }
					],
					'quiz.skip': [
						{ guard: 'acceptableAndEndsDeeper', target: 'results', actions: 'answerLast' },
						{ guard: 'acceptable', actions: 'answer' }
					],
					'quiz.back': { guard: 'canGoBack', actions: 'goBack' },
					'quiz.finish': { target: 'results' }
				}
			},
			results: {
				entry: 'clearCurrent',
				on: { 'quiz.deeper': { guard: 'canGoDeeper', target: 'deeper', actions: 'startDeeper' } }
			}
		}
	});
}

export type QuizMachine = ReturnType<typeof createQuizMachine>;
