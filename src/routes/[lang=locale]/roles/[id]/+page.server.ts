import { content } from '$lib/content/catalogue';
import { compareHref } from '$lib/explorer/compare';
import { jsonForScript, occupationJsonLd } from '$lib/explorer/jsonld';
import { roleView } from '$lib/explorer/role-view';
import { LOCALES } from '$lib/i18n/locales';
import { messages, recruiterMessages } from '$lib/server/messages';
import { roleNotFound } from '$lib/server/role-not-found';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every known role is prerendered in every language; any other id reaches the server at runtime,
// which answers with a 404 that suggests the closest roles ('auto' keeps the route on the server).
export const prerender = 'auto';

export const entries: EntryGenerator = () =>
	LOCALES.flatMap((lang) => content.roles.map((role) => ({ lang, id: role.id })));

export const load: PageServerLoad = ({ params, url }) => {
	const locale = params.lang;
	const role = content.roles.find((r) => r.id === params.id);
	if (!role) roleNotFound(params.id, locale);

	return {
		messages: { ...messages(locale, ['roles']), ...recruiterMessages(locale, ['banner']) },
		role: roleView(content, role, locale),
		compareHref: compareHref(locale, [role.id]),
		jsonLd: jsonForScript(occupationJsonLd(role, locale, new URL(url.pathname, url.origin).href))
	};
};
