import { content } from '$lib/content/catalogue';
import { questionTexts, roleTitle } from '$lib/content/localize';
import { toQuizBank } from '$lib/quiz/bank';
import { expectedLength } from '$lib/quiz/select';
import { messages, recruiterMessages } from '$lib/server/messages';
import type { PageServerLoad } from './$types';

const bank = toQuizBank(content);

/** The scoring data (no texts) and this locale's texts: the page runs the quiz on the device. */
export const load: PageServerLoad = ({ params }) => ({
	messages: { ...messages(params.lang, ['quiz']), ...recruiterMessages(params.lang, ['banner']) },
	bank,
	texts: questionTexts(content.questions, params.lang),
	roleTitles: Object.fromEntries(content.roles.map((r) => [r.id, roleTitle(r, params.lang)])),
	expectedLength: expectedLength(bank)
});
