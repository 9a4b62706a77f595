import { content } from '$lib/content/catalogue';
import { sitemapXml } from '$lib/explorer/sitemap';
import { LOCALES } from '$lib/i18n/locales';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The prerendered pages of every language (the compare page reads its query, so it is left out). */
const PAGES = [
	'',
	'/quiz',
	'/roles',
	'/career-map',
	'/recruiters',
	'/about-data',
	'/privacy',
	'/accessibility'
];

export const GET: RequestHandler = ({ url }) => {
	const paths = [...PAGES, ...content.roles.map((role) => `/roles/${role.id}`)];
	// url.origin is the configured ORIGIN while prerendering: the sitemap needs absolute URLs.
	return new Response(sitemapXml(url.origin, paths, LOCALES), {
		headers: { 'content-type': 'application/xml; charset=utf-8' }
	});
};
