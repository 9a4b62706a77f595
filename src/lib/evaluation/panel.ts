/**
 * The persona panel (panel.json): first-person biographies, each with an expected role, up to two
 * acceptable ones, an experience stage, and an answer to every item written by a rater who saw only
 * the biographies and the items, never the item keys or the role profiles. Answers are 0–4 on the
 * agree scale or an option id; an item a persona has no answer for is skipped (and counted).
 * holdout.json holds 114 more people in the same format, written and answered in three later rounds:
 * group 4, short messages typed into a careers chat; group 5, young people describing themselves on a
 * school careers form and a job coach's notes on adults changing careers; group 6, messages written
 * in French and in Dutch, answered on the French and Dutch wording of the items. They are never used to fit
 * the calibration, only to check it: keep it that way, or they stop telling anything.
 */
import { STAGES, type Answer, type BankQuestion, type QuizBank, type Stage } from '../bank/bank';
import type { Question } from '../content/schema';
import { prng } from '../quiz/simulate';
import type { Respond } from './run';

export type Persona = {
	id: string;
	/**
	 * Who wrote and answered it: 1 = the first 57 personas (one round of writers and raters), 2 = the
	 * next 152 (another round, other instructions), 3 = 95 more (short, spoken-style, French and Dutch
	 * biographies, raters told to answer as a visitor clicking through on a phone). Levels fitted on
	 * the other groups show how far the calibration carries to people it was not fitted on. 4 to 6 =
	 * the held-out groups (holdout.json). Group 5's writers named the role that fits best, whether or
	 * not the person could start in it now: a student may be expected to fit a role to grow into.
	 */
	group: number;
	age: number;
	country: string;
	stage: string;
	bio: string;
	expected: string;
	acceptable: string[];
	answers: Record<string, number | string>;
};

export const stageOf = (p: Persona): Stage => {
	const i = STAGES.indexOf(p.stage as (typeof STAGES)[number]);
	return i < 0 ? null : i;
};

/** The same people as if they had skipped the experience question: the ranking is by fit alone. */
export const withoutStage = (people: readonly Persona[]): Persona[] =>
	people.map((p) => ({ ...p, stage: '' }));

/** The persona's answer position to each item it answered, by item id. */
export function panelChoices(questions: readonly Question[], p: Persona): Map<string, number> {
	const out = new Map<string, number>();
	for (const q of questions) {
		const a = p.answers[q.id];
		if (a === undefined) continue;
		const choice =
			q.kind === 'scale'
				? typeof a === 'number'
					? a
					: Number.NaN
				: q.options.findIndex((o) => o.id === a);
		const count = q.kind === 'scale' ? 5 : q.options.length;
		if (Number.isInteger(choice) && choice >= 0 && choice < count) out.set(q.id, choice);
	}
	return out;
}

/** The persona's answer to every item of the bank, in bank order (null where they gave none). */
export function panelAnswers(bank: QuizBank, questions: readonly Question[], p: Persona): Answer[] {
	const choices = panelChoices(questions, p);
	return bank.questions.map((q) => ({ questionId: q.id, choice: choices.get(q.id) ?? null }));
}

/** Answers as given; items without an answer are skipped and counted in `missing`. */
export function panelRespondent(choices: Map<string, number>) {
	const missing = new Set<string>();
	const respond: Respond = (q) => {
		const c = choices.get(q.id);
		if (c === undefined) missing.add(q.id);
		return c ?? null;
	};
	return { respond, missing };
}

/**
 * The same person on another day: a quarter of agree-scale answers move one step (either way,
 * within the scale) and one choice answer in ten goes to another option. Seeded.
 */
export function perturbed(
	choices: Map<string, number>,
	bankQuestion: (id: string) => BankQuestion | undefined,
	seed: number
) {
	const rand = prng(seed);
	const out = new Map<string, number>();
	for (const [id, c] of choices) {
		const q = bankQuestion(id);
		if (!q) continue;
		if (q.kind === 'scale') {
			const step = rand() < 0.25 ? (rand() < 0.5 ? -1 : 1) : 0;
			const moved = c + step;
			out.set(id, moved < 0 || moved > 4 ? c - step : moved);
		} else if (rand() < 0.1) {
			const other = Math.floor(rand() * (q.options.length - 1));
			out.set(id, other >= c ? other + 1 : other);
		} else out.set(id, c);
	}
	return out;
}
