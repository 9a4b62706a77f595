import { messages } from '$lib/server/messages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => ({
	messages: messages(params.lang, ['pages'])
});
