/**
 * Every translation file, by locale and namespace: `src/lib/i18n/{locale}/{namespace}.json`.
 * Server-only: a page receives just the namespaces it uses, in its locale, as data.
 */
import type { Resource, ResourceLanguage } from 'i18next';
import type { Locale } from '$lib/i18n/locales';
import type { NAMESPACES } from '$lib/i18n/context';
import { frenchSpacingDeep } from '$lib/i18n/typography';

const files = import.meta.glob<{ default: ResourceLanguage[string] }>('../i18n/*/*.json', {
	eager: true
});

export const resources: Resource = {};
for (const [path, module] of Object.entries(files)) {
	const [, locale, ns] = /\/i18n\/([a-z]+)\/([a-z-]+)\.json$/.exec(path) ?? [];
	// French texts get their typography once, here, so no page can show a wrongly spaced "?".
	if (locale && ns)
		(resources[locale] ??= {})[ns] =
			locale === 'fr' ? frenchSpacingDeep(module.default) : module.default;
}

export type Namespace = (typeof NAMESPACES)[number];

/** The given namespaces of one locale, ready to pass to a page as data. */
export function messages(locale: Locale, namespaces: Namespace[]): ResourceLanguage {
	const all = resources[locale] ?? {};
	return Object.fromEntries(namespaces.filter((ns) => ns in all).map((ns) => [ns, all[ns]!]));
}

/**
 * Parts of the `recruiters` namespace, for candidates' pages that show a campaign (banner) or the
 * embedded quiz (embed): they need a few texts, not the whole link builder's.
 */
export function recruiterMessages(
	locale: Locale,
	parts: ('banner' | 'embed' | 'builder')[]
): ResourceLanguage {
	const all = (resources[locale]?.recruiters ?? {}) as Record<string, unknown>;
	return { recruiters: Object.fromEntries(parts.map((part) => [part, all[part]])) };
}
