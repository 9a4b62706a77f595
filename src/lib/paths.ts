/**
 * Every internal link of the site, in one place; query strings and ids are encoded here. External
 * links are plain URLs marked `rel="external"` where they are rendered.
 *
 * Plain strings typed as SvelteKit's `ResolvedPathname` (which the lint rule accepts), not `resolve`
 * from `$app/paths`: the quiz and recruiters islands are built outside SvelteKit's client, where
 * `$app/paths` differs between the server and the browser build. The site has no base path.
 */
import type { ResolvedPathname } from '$app/types';
import type { Locale } from './i18n/locales';

/** A path of the site from its segments (each one encoded). */
const resolve = (...segments: string[]) =>
	`/${segments.map(encodeURIComponent).join('/')}` as ResolvedPathname;

/** A resolved path with a query string (values encoded; empty values left out). */
function withQuery(path: ResolvedPathname, query: Record<string, string | null | undefined>) {
	const search = new URLSearchParams();
	for (const [name, value] of Object.entries(query)) if (value) search.set(name, value);
	const text = search.toString();
	return (text ? `${path}?${text}` : path) as ResolvedPathname;
}

export const paths = {
	home: (lang: Locale) => resolve(lang),
	roles: (lang: Locale) => resolve(lang, 'roles'),
	role: (lang: Locale, id: string) => resolve(lang, 'roles', id),
	careerMap: (lang: Locale) => resolve(lang, 'career-map'),
	/** The focused map: where people come from and go to from one role. */
	careerMapRole: (lang: Locale, id: string) => resolve(lang, 'career-map', id),
	/** Roles side by side; the ids stay readable in the address (commas are not encoded). */
	compare: (lang: Locale, ids: readonly string[]) =>
		`${resolve(lang, 'compare')}?roles=${ids.map(encodeURIComponent).join(',')}` as ResolvedPathname,
	quiz: (lang: Locale, query: { role?: string; deeper?: boolean; group?: string } = {}) =>
		withQuery(resolve(lang, 'quiz'), {
			role: query.role,
			deeper: query.deeper ? '1' : null,
			group: query.group
		}),
	results: (lang: Locale, code?: string) =>
		code ? resolve(lang, 'results', code) : resolve(lang, 'results'),
	kiosk: (lang: Locale, code: string) => resolve(lang, 'kiosk', code),
	aboutData: (lang: Locale) => resolve(lang, 'about-data'),
	privacy: (lang: Locale) => resolve(lang, 'privacy'),
	accessibility: (lang: Locale) => resolve(lang, 'accessibility'),
	recruiters: (lang: Locale) => resolve(lang, 'recruiters'),
	newGroup: (lang: Locale) => resolve(lang, 'groups', 'new'),
	join: (lang: Locale) => resolve(lang, 'join'),
	campaign: (lang: Locale, id: string) => resolve(lang, 'campaigns', id),
	/** The language switch: sets the language cookie, then goes to `to` (a path of this site). */
	language: (to: string) => withQuery(resolve('language'), { to }),
	/** A path with a query string that is already encoded (`?…`, or empty). */
	withSearch: (path: ResolvedPathname, search: string) => `${path}${search}` as ResolvedPathname
};
