import { content } from '$lib/content/catalogue';
import { roleTitle } from '$lib/content/localize';
import { comesFrom, type Step } from '$lib/explorer/career';
import { LOCALES } from '$lib/i18n/locales';
import { messages } from '$lib/server/messages';
import { roleNotFound } from '$lib/server/role-not-found';
import type { EntryGenerator, PageServerLoad } from './$types';

// Prerendered for every role; an unknown id reaches the server and gets a 404 with suggestions.
export const prerender = 'auto';

export const entries: EntryGenerator = () =>
	LOCALES.flatMap((lang) => content.roles.map((role) => ({ lang, id: role.id })));

export const load: PageServerLoad = ({ params }) => {
	const locale = params.lang;
	const role = content.roles.find((r) => r.id === params.id);
	if (!role) roleNotFound(params.id, locale);
	const byId = new Map(content.roles.map((r) => [r.id, r]));
	const steps = (list: readonly Step[]) =>
		list.map((s) => {
			const other = byId.get(s.role)!;
			return {
				id: other.id,
				title: roleTitle(other, locale),
				level: other.level,
				family: other.family,
				years: s.years
			};
		});
	return {
		messages: messages(locale, ['roles']),
		role: {
			id: role.id,
			title: roleTitle(role, locale),
			level: role.level,
			family: role.family
		},
		from: steps(comesFrom(role.id, content.roles)),
		to: steps(role.next)
	};
};
