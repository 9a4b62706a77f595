/**
 * Every translation file, by locale and namespace: `src/lib/i18n/{locale}/{namespace}.json`.
 * Server-only: a page receives just the namespaces it uses, in its locale, as data.
 */
import type { Resource, ResourceLanguage } from 'i18next';
import type { Locale } from '$lib/i18n/locales';
import type { NAMESPACES } from '$lib/i18n/context';
import { frenchSpacingDeep } from '$lib/i18n/typography';
import { createI18n } from '$lib/i18n/instance';
import type { PluralText, Texts } from '$lib/i18n/texts';

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

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(tree: unknown, prefix: string, out: Map<string, string>): Map<string, string> {
	for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
		const path = !prefix || prefix.endsWith(':') ? prefix + key : `${prefix}.${key}`;
		if (typeof value === 'string') out.set(path, value);
		else flatten(value, path, out);
	}
	return out;
}

/**
 * A page's texts for its island (see `$lib/i18n/texts`), resolved here by i18next: each key under
 * the given prefixes (`quiz:intro`, `nav.roles`) becomes its final string in `locale`, with
 * `{{placeholders}}` kept for the browser to fill, and plural keys become their forms by category.
 */
export function clientTexts(locale: Locale, prefixes: string[]): Texts {
	// `quiz:intro` and `quiz` are in the quiz namespace; a bare `nav.roles` is in common.
	const namespaceOf = (p: string) => (p.includes(':') ? p.split(':')[0]! : p in all ? p : 'common');
	const all = resources[locale] ?? {};
	const namespaces = [...new Set(prefixes.map(namespaceOf))];
	const i18n = createI18n(locale, messages(locale, namespaces as Namespace[]));
	const wanted = (key: string) =>
		prefixes.some((p) => key === p || key.startsWith(`${p}.`) || key.startsWith(`${p}:`));
	const texts: Texts = {};
	for (const ns of namespaces) {
		for (const [key, raw] of flatten(all[ns] ?? {}, ns === 'common' ? '' : `${ns}:`, new Map())) {
			const base = key.replace(PLURAL_SUFFIX, '');
			if (!wanted(base)) continue;
			// Each placeholder resolves to itself: i18next does not interpolate inserted values again.
			const keep = Object.fromEntries(
				[...raw.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => [m[1], `{{${m[1]}}}`])
			);
			const text = i18n.t(key, keep) as string;
			const form = PLURAL_SUFFIX.exec(key)?.[1] as Intl.LDMLPluralRule | undefined;
			if (form) ((texts[base] ??= { other: '' }) as PluralText)[form] = text;
			else texts[key] = text;
		}
	}
	return texts;
}
