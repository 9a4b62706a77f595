import { content } from '$lib/content/catalogue';
import { roleTitle } from '$lib/content/localize';
import { sortRoles } from '$lib/explorer/cards';
import { compareRows, MAX_COMPARE, MIN_COMPARE, parseCompareIds } from '$lib/explorer/compare';
import { messages } from '$lib/server/messages';
import type { PageServerLoad } from './$types';
import { paths } from '$lib/paths';

export const load: PageServerLoad = ({ params, url }) => {
	const locale = params.lang;
	const byId = new Map(content.roles.map((r) => [r.id, r]));
	const selection = parseCompareIds(url.searchParams, new Set(byId.keys()));
	const roles = selection.ids.map((id) => byId.get(id)!);
	return {
		messages: messages(locale, ['roles']),
		selection,
		max: MAX_COMPARE,
		enough: roles.length >= MIN_COMPARE,
		roles: roles.map((r) => ({
			id: r.id,
			title: roleTitle(r, locale),
			href: paths.role(locale, r.id)
		})),
		sections:
			roles.length >= MIN_COMPARE ? compareRows(roles, content.roles, content.traits, locale) : [],
		options: sortRoles(content.roles, locale).map((r) => ({
			id: r.id,
			title: roleTitle(r, locale),
			level: r.level
		}))
	};
};
