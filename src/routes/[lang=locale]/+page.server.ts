import { content } from '$lib/content/catalogue';
import { familyViews, homeFacts, progressions } from '$lib/explorer/home';
import { messages } from '$lib/server/messages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => ({
	messages: messages(params.lang, ['home', 'roles']),
	families: familyViews(content.roles, params.lang),
	paths: progressions(content.roles, params.lang),
	facts: homeFacts(content.roles, content.sources, params.lang)
});
