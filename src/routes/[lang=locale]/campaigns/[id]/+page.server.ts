import { content } from '$lib/content/catalogue';
import { roleTitle } from '$lib/content/localize';
import { messages } from '$lib/server/messages';
import type { PageServerLoad } from './$types';

// The organizer's dashboard refreshes and acts in place: it needs the Svelte client.
export const csr = true;

// A recruiter's campaign figures: a shell that reads the key from the link's fragment (never sent
// to a server, never in a referrer) and fetches the figures with it.
export const prerender = false;

export const load: PageServerLoad = ({ params, setHeaders }) => {
	setHeaders({ 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' });
	return {
		messages: messages(params.lang, ['campaigns', 'groups']),
		id: params.id,
		roleTitles: Object.fromEntries(content.roles.map((r) => [r.id, roleTitle(r, params.lang)]))
	};
};
