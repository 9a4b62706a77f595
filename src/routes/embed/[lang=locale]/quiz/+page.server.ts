import { content } from '$lib/content/catalogue';
import { questionTexts, roleTitle } from '$lib/content/localize';
import { LOCALES } from '$lib/i18n/locales';
import { toQuizBank } from '$lib/quiz/bank';
import { expectedLength } from '$lib/quiz/select';
import { messages, recruiterMessages } from '$lib/server/messages';
import type { EntryGenerator, PageServerLoad } from './$types';

// The quiz for other sites' pages: the only route they may frame (see security-headers.ts).
export const prerender = true;
export const entries: EntryGenerator = () => LOCALES.map((lang) => ({ lang }));

const bank = toQuizBank(content);

export const load: PageServerLoad = ({ params }) => ({
	messages: {
		...messages(params.lang, ['quiz']),
		...recruiterMessages(params.lang, ['banner', 'embed'])
	},
	bank,
	texts: questionTexts(content.questions, params.lang),
	roleTitles: Object.fromEntries(content.roles.map((r) => [r.id, roleTitle(r, params.lang)])),
	expectedLength: expectedLength(bank)
});
