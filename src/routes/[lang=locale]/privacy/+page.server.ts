import { messages } from '$lib/server/messages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const campaigns = messages(params.lang, ['campaigns']).campaigns as { privacy: string };
	return {
		messages: { ...messages(params.lang, ['pages']), campaigns: { privacy: campaigns.privacy } }
	};
};
