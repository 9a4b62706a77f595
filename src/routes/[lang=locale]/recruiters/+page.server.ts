import { content } from '$lib/content/catalogue';
import { roleTitle } from '$lib/content/localize';
import { clientTexts, messages } from '$lib/server/messages';
import type { PageServerLoad } from './$types';

/** The link builder (an island): every role, by title in this language, and its texts. */
export const load: PageServerLoad = ({ params }) => ({
	messages: messages(params.lang, ['recruiters', 'campaigns']),
	island: {
		locale: params.lang,
		texts: clientTexts(params.lang, ['recruiters:builder', 'campaigns:tracked', 'language.names']),
		data: {
			roles: content.roles
				.map((r) => ({ id: r.id, title: roleTitle(r, params.lang) }))
				.sort((a, b) => a.title.localeCompare(b.title, params.lang))
		}
	}
});
