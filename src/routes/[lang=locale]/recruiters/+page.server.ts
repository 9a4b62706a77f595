import { content } from '$lib/content/catalogue';
import { roleTitle } from '$lib/content/localize';
import { messages } from '$lib/server/messages';
import type { PageServerLoad } from './$types';

// The link builder runs in the browser.
export const csr = true;

/** The link builder: every role, by title in this language. */
export const load: PageServerLoad = ({ params }) => ({
	messages: messages(params.lang, ['recruiters', 'campaigns']),
	roles: content.roles
		.map((r) => ({ id: r.id, title: roleTitle(r, params.lang) }))
		.sort((a, b) => a.title.localeCompare(b.title, params.lang))
});
