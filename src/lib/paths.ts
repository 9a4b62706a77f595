/**
 * Every internal link of the site, in one place. Built with SvelteKit's `resolve`, so a path is
 * checked against the routes and would carry a base path if the site had one; query strings are
 * encoded here. External links are plain URLs marked `rel="external"` where they are rendered.
 */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import type { Locale } from './i18n/locales';

/** A resolved path with a query string (values encoded; empty values left out). */
function withQuery(path: ResolvedPathname, query: Record<string, string | null | undefined>) {
	const search = new URLSearchParams();
	for (const [name, value] of Object.entries(query)) if (value) search.set(name, value);
	const text = search.toString();
	return (text ? `${path}?${text}` : path) as ResolvedPathname;
}

export const paths = {
	home: (lang: Locale) => resolve('/[lang=locale]', { lang }),
	roles: (lang: Locale) => resolve('/[lang=locale]/roles', { lang }),
	role: (lang: Locale, id: string) => resolve('/[lang=locale]/roles/[id]', { lang, id }),
	careerMap: (lang: Locale) => resolve('/[lang=locale]/career-map', { lang }),
	/** The focused map: where people come from and go to from one role. */
	careerMapRole: (lang: Locale, id: string) =>
		resolve('/[lang=locale]/career-map/[id]', { lang, id }),
	/** Roles side by side; the ids stay readable in the address (commas are not encoded). */
	compare: (lang: Locale, ids: readonly string[]) =>
		`${resolve('/[lang=locale]/compare', { lang })}?roles=${ids.map(encodeURIComponent).join(',')}` as ResolvedPathname,
	quiz: (lang: Locale, query: { role?: string; deeper?: boolean; group?: string } = {}) =>
		withQuery(resolve('/[lang=locale]/quiz', { lang }), {
			role: query.role,
			deeper: query.deeper ? '1' : null,
			group: query.group
		}),
	results: (lang: Locale, code?: string) =>
		code
			? resolve('/[lang=locale]/results/[code]', { lang, code })
			: resolve('/[lang=locale]/results', { lang }),
	kiosk: (lang: Locale, code: string) => resolve('/[lang=locale]/kiosk/[code]', { lang, code }),
	aboutData: (lang: Locale) => resolve('/[lang=locale]/about-data', { lang }),
	privacy: (lang: Locale) => resolve('/[lang=locale]/privacy', { lang }),
	accessibility: (lang: Locale) => resolve('/[lang=locale]/accessibility', { lang }),
	recruiters: (lang: Locale) => resolve('/[lang=locale]/recruiters', { lang }),
	newGroup: (lang: Locale) => resolve('/[lang=locale]/groups/new', { lang }),
	join: (lang: Locale) => resolve('/[lang=locale]/join', { lang }),
	campaign: (lang: Locale, id: string) => resolve('/[lang=locale]/campaigns/[id]', { lang, id }),
	/** The language switch: sets the language cookie, then goes to `to` (a path of this site). */
	language: (to: string) => withQuery(resolve('/language'), { to }),
	/** A path with a query string that is already encoded (`?…`, or empty). */
	withSearch: (path: ResolvedPathname, search: string) => `${path}${search}` as ResolvedPathname
};
