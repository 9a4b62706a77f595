import { describe, expect, it } from 'vitest';
import {
	frenchSpacing,
	frenchSpacingDeep,
	frenchSpacingInContent,
	frenchSpacingProblem,
	NBSP,
	NNBSP
} from './typography';

describe('frenchSpacing', () => {
	it.each([
		['Prêt ?', `Prêt${NNBSP}?`],
		['Prêt?', `Prêt${NNBSP}?`],
		['Bravo !', `Bravo${NNBSP}!`],
		['un ; deux', `un${NNBSP}; deux`],
		['Vous êtes la voix : vous répondez', `Vous êtes la voix${NBSP}: vous répondez`],
		['Peut mener à :', `Peut mener à${NBSP}:`],
		['« bonjour »', `«${NBSP}bonjour${NNBSP}»`],
		['«bonjour»', `«${NBSP}bonjour${NNBSP}»`],
		[`déjà${NBSP}?`, `déjà${NNBSP}?`]
	])('%j → %j', (input, output) => {
		expect(frenchSpacing(input)).toBe(output);
		expect(frenchSpacingProblem(frenchSpacing(input))).toBeNull();
	});

	it('leaves URLs, times, query strings and interpolation alone', () => {
		for (const text of ['https://example.org/?q=a', 'de 10:00 à 13:00', '{{count}} rôles', 'a?b'])
			expect(frenchSpacing(text)).toBe(text);
	});

	it('is idempotent', () => {
		const once = frenchSpacing('Vous ? « Oui » : non ; si !');
		expect(frenchSpacing(once)).toBe(once);
	});
});

describe('frenchSpacingProblem', () => {
	it('flags each kind of missing or wrong space', () => {
		for (const bad of ['Prêt ?', 'Prêt?', 'voix : vous', `voix${NNBSP}: vous`, '« oui', 'oui »'])
			expect(frenchSpacingProblem(bad), bad).not.toBeNull();
	});
});

describe('deep application', () => {
	it('changes every string of a value', () => {
		expect(frenchSpacingDeep({ a: ['Oui ?'], b: { c: 'Non !' } })).toEqual({
			a: [`Oui${NNBSP}?`],
			b: { c: `Non${NNBSP}!` }
		});
	});
	it('changes only the French side of content', () => {
		expect(
			frenchSpacingInContent([{ id: 'x', title: { fr: { m: 'A ?' }, nl: 'B ?', en: 'C ?' } }])
		).toEqual([{ id: 'x', title: { fr: { m: `A${NNBSP}?` }, nl: 'B ?', en: 'C ?' } }]);
	});
	it('leaves a field named after France alone unless it holds texts in each locale', () => {
		const pay = { be: { decides: { fr: 'a ;', nl: 'b ;', en: 'c ;' } }, fr: { note: 'x ;' } };
		expect(frenchSpacingInContent(pay)).toEqual({
			be: { decides: { fr: `a${NNBSP};`, nl: 'b ;', en: 'c ;' } },
			fr: { note: 'x ;' }
		});
	});
});
