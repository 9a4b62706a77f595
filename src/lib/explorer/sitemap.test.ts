import { describe, expect, it } from 'vitest';
import { sitemapXml } from './sitemap';

describe('sitemapXml', () => {
	const xml = sitemapXml('https://example.org', ['', '/roles/a&b'], ['fr', 'nl', 'en']);
	it('lists every page in every language with absolute URLs', () => {
		const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
		expect(locs).toEqual([
			'https://example.org/fr',
			'https://example.org/nl',
			'https://example.org/en',
			'https://example.org/fr/roles/a&amp;b',
			'https://example.org/nl/roles/a&amp;b',
			'https://example.org/en/roles/a&amp;b'
		]);
	});
	it('gives each page its alternates and an x-default', () => {
		const first = xml.split('</url>')[0]!;
		for (const l of ['fr', 'nl', 'en'])
			expect(first).toContain(`hreflang="${l}" href="https://example.org/${l}"`);
		expect(first).toContain('hreflang="x-default" href="https://example.org/fr"');
		expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
		expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
	});
});
