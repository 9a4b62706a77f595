import i18next, { type i18n, type Resource } from 'i18next';
import type { Locale } from './locales';

/**
 * A fresh i18next instance for one locale and the namespaces a page needs. Never shared: on the
 * server each request renders with its own, so no request sees another's language.
 */
export function createI18n(locale: Locale, resources: Resource[string]): i18n {
	const instance = i18next.createInstance();
	void instance.init({
		lng: locale,
		fallbackLng: false,
		resources: { [locale]: resources },
		ns: Object.keys(resources),
		defaultNS: 'common',
		initAsync: false,
		interpolation: { escapeValue: false },
		returnNull: false
	});
	return instance;
}
