import { error } from '@sveltejs/kit';
import { content } from '$lib/content/catalogue';
import { roleTitle } from '$lib/content/localize';
import { searchTerms } from '$lib/explorer/search';
import { closestRoles } from '$lib/explorer/similarity';
import { createI18n } from '$lib/i18n/instance';
import type { Locale } from '$lib/i18n/locales';
import { messages } from './messages';

/** A 404 for an unknown role id, in the visitor's language, suggesting the closest roles. */
export function roleNotFound(id: string, locale: Locale): never {
	const t = createI18n(locale, messages(locale, ['roles'])).getFixedT(locale, 'roles');
	const candidates = content.roles.map((r) => ({ id: r.id, terms: searchTerms(r) }));
	const byId = new Map(content.roles.map((r) => [r.id, r]));
	const suggestions = closestRoles(id.slice(0, 100), candidates).map((found) => ({
		title: roleTitle(byId.get(found)!, locale),
		href: `/${locale}/roles/${found}`
	}));
	error(404, {
		message: t('notFound.message', { id: id.slice(0, 80) }),
		suggestionsLabel: t('notFound.suggestions'),
		suggestions
	});
}
