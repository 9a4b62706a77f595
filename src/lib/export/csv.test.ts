import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
	it('quotes fields, doubles quotes and neutralises formulas', () => {
		expect(
			toCsv([
				['name', 'count'],
				['Classe "5B"', 3],
				['=HYPERLINK("x")', -1]
			])
		).toBe('"name","count"\r\n"Classe ""5B""","3"\r\n"\'=HYPERLINK(""x"")","-1"\r\n');
	});
});
