import type { QuizBank } from '$lib/bank/bank';
import type { QuestionText } from '$lib/content/localize';

/** What a page that runs the quiz hands it (built by `quizPageData` on the server). */
export type QuizPageData = {
	bank: QuizBank;
	texts: Record<string, QuestionText>;
	roleTitles: Record<string, string>;
	/** Typical quiz length and its usual range (see quiz/select.ts). */
	expectedLength: { typical: number; min: number; max: number };
};
