/** sitemap.xml with every page in every language, each listing its alternates (xhtml:link). */
const escapeXml = (value: string) =>
	value.replace(
		/[<>&'"]/g,
		(c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[c]};`
	);

/**
 * @param origin the site's origin, e.g. https://example.org
 * @param paths pages below a language, '' for its home: '/roles', '/roles/team-leader', …
 * @param locales the languages; the first one is also the x-default
 */
export function sitemapXml(
	origin: string,
	paths: readonly string[],
	locales: readonly string[]
): string {
	const url = (locale: string, path: string) =>
		escapeXml(new URL(`/${locale}${path}`, origin).href);
	const entries = paths.flatMap((path) =>
		locales.map((locale) => {
			const alternates = [
				...locales.map(
					(l) => `\t\t<xhtml:link rel="alternate" hreflang="${l}" href="${url(l, path)}"/>`
				),
				`\t\t<xhtml:link rel="alternate" hreflang="x-default" href="${url(locales[0]!, path)}"/>`
			];
			return `\t<url>\n\t\t<loc>${url(locale, path)}</loc>\n${alternates.join('\n')}\n\t</url>`;
		})
	);
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
		...entries,
		'</urlset>',
		''
	].join('\n');
}
