import { messages, recruiterMessages } from '$lib/server/messages';
import { quizIsland } from '$lib/server/quiz';
import type { PageServerLoad } from './$types';

/** The page's texts for the server, and the quiz island's data: the quiz runs on the device. */
export const load: PageServerLoad = ({ params }) => ({
	messages: { ...messages(params.lang, ['quiz']), ...recruiterMessages(params.lang, ['banner']) },
	island: quizIsland(params.lang)
});
