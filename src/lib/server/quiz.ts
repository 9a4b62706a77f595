/**
 * What every page that runs the quiz receives: the scoring data (built once from the content, no
 * texts) and one locale's texts. The quiz page and the embedded quiz share it; results decode with
 * the same bank.
 */
import { content } from '$lib/content/catalogue';
import { questionTexts, roleTitle } from '$lib/content/localize';
import type { Locale } from '$lib/i18n/locales';
import { toQuizBank } from '$lib/quiz/bank';
import { expectedLength } from '$lib/quiz/select';

export const bank = toQuizBank(content);

export function quizPageData(locale: Locale) {
	return {
		bank,
		texts: questionTexts(content.questions, locale),
		roleTitles: Object.fromEntries(content.roles.map((r) => [r.id, roleTitle(r, locale)])),
		expectedLength: expectedLength(bank)
	};
}
