import { LOCALES } from '$lib/i18n/locales';
import { messages, recruiterMessages } from '$lib/server/messages';
import { quizIsland } from '$lib/server/quiz';
import type { EntryGenerator, PageServerLoad } from './$types';

// The quiz for other sites' pages: the only route they may frame (see security-headers.ts).
export const prerender = true;
export const entries: EntryGenerator = () => LOCALES.map((lang) => ({ lang }));

export const load: PageServerLoad = ({ params }) => ({
	messages: {
		...messages(params.lang, ['quiz']),
		...recruiterMessages(params.lang, ['banner', 'embed'])
	},
	island: quizIsland(params.lang, ['recruiters:embed'])
});
