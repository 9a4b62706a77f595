import { describe, expect, it } from 'vitest';
import { localeOfPath, localizedPath, localTarget, negotiateLocale } from './negotiate';

describe('negotiateLocale', () => {
	it('prefers a saved choice', () => {
		expect(negotiateLocale('en', 'nl-BE')).toBe('en');
	});
	it('ignores a saved value that is not a locale', () => {
		expect(negotiateLocale('xx', 'nl-BE')).toBe('nl');
	});
	it('reads the primary subtag of Accept-Language, by quality', () => {
		expect(negotiateLocale(undefined, 'de;q=0.9, en-GB;q=0.8, nl-BE;q=0.85')).toBe('nl');
		expect(negotiateLocale(undefined, 'fr-BE')).toBe('fr');
	});
	it('skips languages refused with q=0 and falls back to French', () => {
		expect(negotiateLocale(undefined, 'nl;q=0, de')).toBe('fr');
		expect(negotiateLocale(undefined, null)).toBe('fr');
		expect(negotiateLocale(undefined, ';;;,,q=abc')).toBe('fr');
	});
});

describe('paths', () => {
	it('finds the locale of a path', () => {
		expect(localeOfPath('/nl/roles/trainer')).toBe('nl');
		expect(localeOfPath('/xx/roles')).toBeNull();
	});
	it('swaps the locale segment, or leads home from a path outside the languages', () => {
		expect(localizedPath('/fr/roles/trainer', 'en')).toBe('/en/roles/trainer');
		expect(localizedPath('/fr', 'nl')).toBe('/nl');
		expect(localizedPath('/', 'nl')).toBe('/nl');
		expect(localizedPath('/xx/page', 'en')).toBe('/en');
	});
});

describe('localTarget', () => {
	it('keeps paths inside a language, normalised', () => {
		expect(localTarget('/en/roles/trainer?x=1')).toEqual({
			path: '/en/roles/trainer?x=1',
			locale: 'en'
		});
		expect(localTarget('/fr/a/../roles')).toEqual({ path: '/fr/roles', locale: 'fr' });
	});
	it('escapes or drops what cannot go in a Location header', () => {
		expect(localTarget('/en/\r\nSet-Cookie: x=1')?.path).toBe('/en/Set-Cookie:%20x=1');
		expect(localTarget('/en/\u0000é')?.path).toBe('/en/%00%C3%A9');
	});
	it('refuses other hosts and paths outside the languages', () => {
		for (const to of [
			'//evil.example/fr',
			'/\\evil.example',
			'/en/../..//',
			'https://x/en',
			'/xx',
			''
		])
			expect(localTarget(to)).toBeNull();
	});
});
