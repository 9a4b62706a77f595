import { isLocale } from '$lib/i18n/locales';
import { messages } from '$lib/server/messages';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ params, locals }) => {
	// Reading params.lang (not only locals) makes SvelteKit reload this when the language changes.
	const lang = (params as { lang?: string }).lang;
	const locale = isLocale(lang) ? lang : locals.locale;
	return { locale, common: messages(locale, ['common']) };
};
