import { error } from '@sveltejs/kit';
import { content } from '$lib/content/catalogue';
import { roleSuggestions } from '$lib/explorer/role-view';
import { createI18n } from '$lib/i18n/instance';
import type { Locale } from '$lib/i18n/locales';
import { messages } from './messages';

/** A 404 for an unknown role id, in the visitor's language, suggesting the closest roles. */
export function roleNotFound(id: string, locale: Locale): never {
	const t = createI18n(locale, messages(locale, ['roles'])).getFixedT(locale, 'roles');
	error(404, {
		message: t('notFound.message', { id: id.slice(0, 80) }),
		suggestionsLabel: t('notFound.suggestions'),
		suggestions: roleSuggestions(content.roles, id, locale)
	});
}
