import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

/** The cookie that remembers a language the visitor chose; the only cookie the site sets. */
export const LANGUAGE_COOKIE = 'lang';

/**
 * Picks the language for a visitor who did not name one in the path: a saved choice first, then the
 * browser's Accept-Language (by quality, primary subtag: nl-BE counts as nl), then French.
 */
export function negotiateLocale(saved: string | undefined, acceptLanguage: string | null): Locale {
	if (isLocale(saved)) return saved;
	const ranked = (acceptLanguage ?? '')
		.split(',')
		.map((part, index) => {
			const [tag = '', ...params] = part.trim().split(';');
			const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
			const quality = q ? Number(q.slice(2)) : 1;
			return {
				lang: tag.split('-')[0]!.toLowerCase(),
				quality: Number.isFinite(quality) ? quality : 0,
				index
			};
		})
		.filter((entry) => entry.quality > 0)
		.sort((a, b) => b.quality - a.quality || a.index - b.index);
	return (
		(ranked.find((entry) => isLocale(entry.lang))?.lang as Locale | undefined) ?? DEFAULT_LOCALE
	);
}

/** The locale a path starts with, if any. */
export function localeOfPath(pathname: string): Locale | null {
	const first = pathname.split('/')[1];
	return isLocale(first) ? first : null;
}

/**
 * A link target on this site inside a language (`/{locale}/…`), normalised by the URL parser (dot
 * segments resolved, control and non-ASCII characters removed or escaped, so it is safe in a
 * Location header), or null for anything else: other hosts, `//` or `\` tricks, unknown languages.
 */
export function localTarget(to: string): { path: string; locale: Locale } | null {
	if (!to.startsWith('/') || to.startsWith('//') || to.includes('\\')) return null;
	let url: URL;
	try {
		url = new URL(to, 'http://localhost');
	} catch {
		return null;
	}
	if (url.host !== 'localhost' || url.pathname.startsWith('//')) return null;
	const locale = localeOfPath(url.pathname);
	return locale ? { path: url.pathname + url.search, locale } : null;
}

/** The same page in another language; a path outside the languages leads to that language's home. */
export function localizedPath(pathname: string, locale: Locale): string {
	const parts = pathname.split('/');
	if (!isLocale(parts[1])) return `/${locale}`;
	parts[1] = locale;
	return parts.join('/').replace(/\/$/, '');
}
