import { messages, recruiterMessages } from '$lib/server/messages';
import type { LayoutServerLoad } from './$types';

// In the layout, so the page for a link that cannot be read (its error page) has the texts too.
export const load: LayoutServerLoad = ({ params }) => ({
	messages: {
		...messages(params.lang, ['quiz', 'groups']),
		...recruiterMessages(params.lang, ['banner'])
	}
});
