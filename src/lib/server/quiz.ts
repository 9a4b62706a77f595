/**
 * What every page that runs the quiz receives: the scoring data (built once from the content, no
 * texts) and one locale's texts. The quiz page and the embedded quiz share it; results decode with
 * the same bank.
 */
import { content } from '$lib/content/catalogue';
import { questionTexts, roleTitle } from '$lib/content/localize';
import type { Locale } from '$lib/i18n/locales';
import { toQuizBank } from '$lib/bank/bank';
import history from '$lib/bank/history.json';
import { expectedLength } from '$lib/quiz/select';
import { withLengths } from '$lib/quiz/simulate';
import type { BankHistory } from '$lib/quiz/share-code';
import type { QuizPageData } from '$lib/ui/quiz/page-data';
import type { IslandData } from '$lib/ui/island';
import { clientTexts } from './messages';

export const bank = withLengths(toQuizBank(content));
/** Item and role order of every published bank version, so older share codes still open. */
export const bankHistory: BankHistory = history;

export function quizPageData(locale: Locale): QuizPageData {
	return {
		bank,
		texts: questionTexts(content.questions, locale),
		roleTitles: Object.fromEntries(content.roles.map((r) => [r.id, roleTitle(r, locale)])),
		expectedLength: expectedLength(bank)
	};
}

/** The texts the quiz shows in the browser (its components' keys). */
const QUIZ_TEXTS = [
	'quiz:meta.title',
	'quiz:intro',
	'quiz:question',
	'quiz:review',
	'quiz:notice',
	'quiz:experience',
	'recruiters:banner',
	'nav.roles'
];

/** The quiz as an island: its data and texts, with `more` texts the page's own parts show. */
export function quizIsland(locale: Locale, more: string[] = []): IslandData<QuizPageData> {
	return {
		locale,
		texts: clientTexts(locale, [...QUIZ_TEXTS, ...more]),
		data: quizPageData(locale)
	};
}
