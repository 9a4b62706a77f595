import { describe, expect, it } from 'vitest';
import { makePay, makeRole } from './fixtures';
import { countryOrder, formatEuros, rolePay } from './pay';

describe('rolePay', () => {
	const pay = makePay();
	it('gives every figure with what it measures, its source and its year', () => {
		const [be, fr] = rolePay(makeRole('a'), pay, 'en');
		expect(be).toEqual({
			country: 'be',
			decides: 'be decides',
			figures: [
				{
					id: 'be-start',
					stage: 'start',
					min: 2000,
					max: 2400.5,
					measure: 'agreement-minimum',
					basis: 'basis',
					year: 2025,
					source: { id: 'scales', title: 'Scales', publisher: 'Fund', year: 2025, url: null }
				}
			]
		});
		expect(fr).toEqual({ country: 'fr', decides: 'fr decides', figures: [] });
	});
	it('refuses a role whose pay profile does not exist', () => {
		expect(() => rolePay(makeRole('a', { pay: 'nowhere' }), pay, 'en')).toThrow('nowhere');
	});
});

describe('countryOrder', () => {
	it('puts France first in French, Belgium first otherwise', () => {
		expect(countryOrder('fr')).toEqual(['fr', 'be']);
		expect(countryOrder('nl')).toEqual(['be', 'fr']);
		expect(countryOrder('en')).toEqual(['be', 'fr']);
	});
});

describe('formatEuros', () => {
	it('writes euros to the cent, the locale’s way', () => {
		expect(formatEuros(1823.03, 'fr')).toBe('1\u202F823,03\u00A0€');
		expect(formatEuros(2087.58, 'nl')).toBe('€\u00A02.087,58');
		expect(formatEuros(2087.58, 'en')).toBe('€2,087.58');
	});
});
