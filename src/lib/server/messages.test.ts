import { describe, expect, it } from 'vitest';
import { textsTranslator } from '$lib/i18n/texts';
import { createI18n } from '$lib/i18n/instance';
import { clientTexts, messages } from './messages';

describe('clientTexts', () => {
	it('resolves only the keys under the prefixes, common keys bare', () => {
		const texts = clientTexts('en', ['quiz:intro', 'nav.roles']);
		expect(texts['quiz:intro.title']).toBe('Which contact-center role fits you?');
		expect(texts['nav.roles']).toBeTypeOf('string');
		expect(Object.keys(texts).every((k) => k.startsWith('quiz:intro.') || k === 'nav.roles')).toBe(
			true
		);
	});

	it('keeps placeholders for the browser and groups plural forms', () => {
		const texts = clientTexts('en', ['quiz:question']);
		expect(texts['quiz:question.heading']).toBe('Question {{number}}');
		expect(texts['quiz:question.progress']).toEqual({
			one: '{{answered}} answered, about {{count}} to go',
			other: '{{answered}} answered, about {{count}} to go'
		});
	});

	it('keeps French typography applied on the server', () => {
		const texts = clientTexts('fr', ['quiz:intro']);
		expect(texts['quiz:intro.title']).toMatch(/\u202f\?$|\u00a0\?$/);
	});

	it('gives the browser the same texts i18next renders on the server, in every locale', () => {
		for (const locale of ['fr', 'nl', 'en'] as const) {
			const server = createI18n(locale, messages(locale, ['common', 'quiz']));
			const t = textsTranslator(locale, clientTexts(locale, ['quiz', 'nav']));
			for (const count of [0, 1, 2, 7]) {
				const values = { answered: 3, count };
				expect(t('quiz:question.progress', values)).toBe(
					server.t('quiz:question.progress', values)
				);
				expect(t('quiz:intro.saved', { count })).toBe(server.t('quiz:intro.saved', { count }));
				// Forms that differ by count: the browser picks the one i18next picks.
				expect(t('quiz:results.intro', { count })).toBe(server.t('quiz:results.intro', { count }));
			}
			const range = { min: 8, max: 20, minutes: 4 };
			expect(t('quiz:intro.range', range)).toBe(server.t('quiz:intro.range', range));
			expect(t('nav.roles')).toBe(server.t('nav.roles'));
		}
	});

	it('gives an unknown key back, like i18next', () => {
		const t = textsTranslator('en', {});
		expect(t('quiz:intro.title')).toBe('quiz:intro.title');
	});
});
