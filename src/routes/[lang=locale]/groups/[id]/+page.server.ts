import { content } from '$lib/content/catalogue';
import { roleTitle } from '$lib/content/localize';
import { MIN_SHARES } from '$lib/groups/report';
import { messages, resources } from '$lib/server/messages';
import type { PageServerLoad } from './$types';

// The organizer's dashboard refreshes and acts in place: it needs the Svelte client.
export const csr = true;

// The organizer's dashboard: a shell that reads the token from the link's fragment (never sent to
// a server, never in a referrer) and fetches the figures with it.
export const prerender = false;

export const load: PageServerLoad = ({ params, setHeaders }) => {
	setHeaders({ 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' });
	return {
		messages: messages(params.lang, ['groups']),
		id: params.id,
		minShares: MIN_SHARES,
		names: Object.fromEntries([
			...content.roles.map((r) => [r.id, roleTitle(r, params.lang)]),
			...content.traits.map((t) => [t.id, t.name[params.lang]]),
			// Experience stages, as the quiz names them.
			...Object.entries(
				(resources[params.lang]?.quiz as { experience: { options: Record<string, string> } })
					.experience.options
			)
		]) as Record<string, string>
	};
};
