/** Real translations for component tests: the same i18next setup and files as the site. */
import { createI18n } from '$lib/i18n/instance';
import { i18nContext, NAMESPACES } from '$lib/i18n/context';
import type { Locale } from '$lib/i18n/locales';
import type { ResourceLanguage } from 'i18next';

const files = import.meta.glob<{ default: ResourceLanguage[string] }>('../../i18n/*/*.json', {
	eager: true
});

export function testContext(locale: Locale = 'en') {
	const resources: ResourceLanguage = {};
	for (const [path, module] of Object.entries(files)) {
		const [, l, ns] = /\/i18n\/([a-z]+)\/([a-z-]+)\.json$/.exec(path) ?? [];
		if (l === locale && ns) resources[ns] = module.default;
	}
	const t = createI18n(locale, resources).getFixedT(locale, NAMESPACES);
	return i18nContext({ locale, t });
}
