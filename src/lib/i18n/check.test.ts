import { describe, expect, it } from 'vitest';
import { checkTranslations, type Translations } from './check';
import { resources } from '../server/messages';

const complete: Translations = {
	fr: {
		common: {
			hello: 'Bonjour {{name}}',
			items_one: '{{count}} élément',
			items_many: '{{count}} éléments',
			items_other: '{{count}} éléments'
		}
	},
	nl: {
		common: { hello: 'Hallo {{name}}', items_one: '{{count}} item', items_other: '{{count}} items' }
	},
	en: {
		common: { hello: 'Hello {{name}}', items_one: '{{count}} item', items_other: '{{count}} items' }
	}
};

describe('checkTranslations', () => {
	it('accepts complete translations', () => {
		expect(checkTranslations(complete)).toEqual([]);
	});

	it('reports a key removed from one locale', () => {
		const broken = structuredClone(complete);
		delete (broken.nl!.common as Record<string, unknown>).hello;
		expect(checkTranslations(broken)).toEqual(['nl: missing common:hello']);
	});

	it('reports empty texts, changed variables and missing plural forms', () => {
		const broken = structuredClone(complete);
		broken.en!.common = { hello: 'Hello {{who}}', items_one: '', items_other: '{{count}} items' };
		delete (broken.fr!.common as Record<string, unknown>).items_many;
		expect(checkTranslations(broken)).toEqual([
			'en: common:hello uses variables {who} but fr uses {name}',
			'fr: common:items lacks the plural form _many',
			'en: empty common:items'
		]);
	});
});

describe('the site’s translations', () => {
	it('are complete in fr, nl and en', () => {
		expect(Object.keys(resources).sort()).toEqual(['en', 'fr', 'nl']);
		expect(checkTranslations(resources as Translations)).toEqual([]);
	});
});
