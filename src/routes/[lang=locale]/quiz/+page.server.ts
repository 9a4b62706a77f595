import { messages, recruiterMessages } from '$lib/server/messages';
import { quizPageData } from '$lib/server/quiz';
import type { PageServerLoad } from './$types';

/** The scoring data (no texts) and this locale's texts: the page runs the quiz on the device. */
export const load: PageServerLoad = ({ params }) => ({
	messages: { ...messages(params.lang, ['quiz']), ...recruiterMessages(params.lang, ['banner']) },
	...quizPageData(params.lang)
});
