import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { onet } from './data';
import {
	cosine,
	interestZ,
	onetFit,
	onetTraitScores,
	onetWeight,
	onetWeights,
	parseCsv,
	parseOnet,
	ranks,
	spearman,
	workStyleZ,
	type Proxies,
	type WorkStyle
} from './derive';

const PROXIES: Proxies = {
	empathy: { workStyles: ['Concern for Others'], interests: [] },
	composure: { workStyles: ['Stress Tolerance', 'Self-Control'], interests: [] },
	coaching: { workStyles: ['Leadership'], interests: ['Social'] },
	analytical: { workStyles: ['Analytical Thinking'], interests: [] },
	'sales-drive': { workStyles: ['Persistence'], interests: ['Enterprising'] }
};

function topZ(soc: string, n: number): WorkStyle[] {
	const z = workStyleZ(onet, soc);
	if (!z) throw new Error(`${soc} has no Work Styles`);
	return (Object.entries(z) as [WorkStyle, number][])
		.sort((a, b) => b[1] - a[1])
		.slice(0, n)
		.map(([w]) => w);
}

describe('parseCsv', () => {
	it('handles quoted fields with commas, escaped quotes, CRLF and a missing final newline', () => {
		const rows = parseCsv('a,b,c\r\n1,"x, y","say ""hi"""\r\n2,,"multi\nline"');
		expect(rows).toEqual([
			{ a: '1', b: 'x, y', c: 'say "hi"' },
			{ a: '2', b: '', c: 'multi\nline' }
		]);
	});

	it('rejects a row whose field count differs from the header', () => {
		expect(() => parseCsv('a,b\n1,2,3\n')).toThrow(/3 fields/);
	});

	it('reads the O*NET title that contains commas as one field', () => {
		expect(onet.occupations.get('43-2011.00')?.title).toBe(
			'Switchboard Operators, Including Answering Service'
		);
	});
});

describe('O*NET tables', () => {
	it('has all 28 occupations and marks the three without Work Styles ratings', () => {
		expect(onet.occupations.size).toBe(28);
		const unrated = [...onet.occupations.values()].filter((o) => !o.workStyles).map((o) => o.soc);
		expect(unrated.sort()).toEqual(['13-1082.00', '15-2051.00', '41-3091.00']);
	});

	it('fails loudly when a baseline row is missing', () => {
		expect(() =>
			parseOnet({ occupations: 'soc\n', baseline: 'work_style,mean_importance,sd_importance\n' })
		).toThrow(/no row for Work Style/);
	});
});

describe('z-scores', () => {
	it('computes (IM − mean) / sd on a known row (Customer Service Representatives)', () => {
		const z = workStyleZ(onet, '43-4051.00')!;
		expect(z['Self-Control']).toBeCloseTo((4.67 - 4.036) / 0.426, 10);
		expect(z['Self-Control']).toBeCloseTo(1.488, 3);
		expect(z['Stress Tolerance']).toBeCloseTo(1.334, 3);
		expect(z['Social Orientation']).toBeCloseTo(1.205, 3);
		expect(z.Leadership).toBeCloseTo(-0.926, 3);
	});

	it('shows Customer Service Representatives standing out on Self-Control and Stress Tolerance', () => {
		expect(topZ('43-4051.00', 3)).toEqual(
			expect.arrayContaining(['Self-Control', 'Stress Tolerance'])
		);
		expect(workStyleZ(onet, '43-4051.00')!['Social Orientation']).toBeGreaterThan(1);
	});

	it('shows Business Intelligence Analysts on Analytical Thinking at about +2', () => {
		expect(topZ('15-2051.01', 1)).toEqual(['Analytical Thinking']);
		expect(workStyleZ(onet, '15-2051.01')!['Analytical Thinking']).toBeCloseTo(1.98, 2);
	});

	it('shows first-line supervisors highest on Leadership', () => {
		expect(topZ('43-1011.00', 1)).toEqual(['Leadership']);
	});

	it('returns null for an occupation without Work Styles and throws for an unknown code', () => {
		expect(workStyleZ(onet, '41-3091.00')).toBeNull();
		expect(() => workStyleZ(onet, '99-9999.00')).toThrow(/not in the data/);
	});

	it('scales interests with the documented judgement (OI − 3.5) / 1.5', () => {
		expect(interestZ(3.5)).toBe(0);
		expect(interestZ(7)).toBeCloseTo(2.333, 3);
		expect(interestZ(1)).toBeCloseTo(-1.667, 3);
	});
});

describe('trait scores and weights', () => {
	it('averages the z of the proxies', () => {
		const s = onetTraitScores(onet, '43-4051.00', PROXIES);
		expect(s.composure).toBeCloseTo(((4.57 - 4.007) / 0.422 + (4.67 - 4.036) / 0.426) / 2, 10);
		expect(s.coaching).toBeCloseTo(((3.19 - 3.652) / 0.499 + (3.84 - 3.5) / 1.5) / 2, 10);
		expect(s.tech).toBeUndefined();
	});

	it('gives no score when a proxy is unrated, rather than a partial mean', () => {
		const s = onetTraitScores(onet, '41-3091.00', PROXIES);
		expect(s).toEqual({});
	});

	it('maps z to clamp(0.3 + 0.35·z, 0, 1) rounded to 2 decimals', () => {
		expect(onetWeight(0)).toBe(0.3);
		expect(onetWeight(1)).toBe(0.65);
		expect(onetWeight(2)).toBe(1);
		expect(onetWeight(5)).toBe(1);
		expect(onetWeight(-1)).toBe(0);
		expect(onetWeight(0.123)).toBe(0.34);
	});

	it('is monotone and stays within 0..1', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -10, max: 10, noNaN: true }),
				fc.double({ min: -10, max: 10, noNaN: true }),
				(a, b) => {
					const [lo, hi] = a <= b ? [a, b] : [b, a];
					const wl = onetWeight(lo);
					const wh = onetWeight(hi);
					expect(wl).toBeLessThanOrEqual(wh);
					expect(wl).toBeGreaterThanOrEqual(0);
					expect(wh).toBeLessThanOrEqual(1);
				}
			)
		);
	});

	it('derives weights for every proxied trait of a rated occupation', () => {
		const w = onetWeights(onet, '15-2051.01', PROXIES);
		expect(w.analytical).toBe(0.99);
		expect(w.empathy).toBe(0);
		expect(Object.keys(w).sort()).toEqual(Object.keys(PROXIES).sort());
	});
});

describe('ranks and Spearman', () => {
	it('gives tied values the average of their ranks', () => {
		expect(ranks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
		expect(ranks([3, 1, 3, 3])).toEqual([3, 1, 3, 3]);
	});

	it('is 1 for a monotone relation and −1 for a reversed one', () => {
		expect(spearman([1, 2, 3, 4], [10, 100, 1000, 10000])).toBeCloseTo(1, 12);
		expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 12);
	});

	it('matches a hand-computed value with ties', () => {
		// ranks of b: [1, 2, 3.5, 5, 3.5]; Pearson with [1..5] = 8 / sqrt(10 · 9.5)
		expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBeCloseTo(8 / Math.sqrt(95), 12);
	});

	it('is NaN when one side is constant and throws on different lengths', () => {
		expect(spearman([1, 2, 3], [5, 5, 5])).toBeNaN();
		expect(() => spearman([1, 2], [1, 2, 3])).toThrow();
	});

	it('computes cosine similarity', () => {
		expect(cosine([1, 0], [0, 1])).toBe(0);
		expect(cosine([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
		expect(cosine([0, 0], [1, 1])).toBe(0);
	});

	it('compares a role to its occupation only when it has an O*NET code', () => {
		// CSR scores rank coaching < analytical < empathy < sales drive < composure
		const profile = {
			coaching: 0.1,
			analytical: 0.2,
			empathy: 0.3,
			'sales-drive': 0.8,
			composure: 0.9
		};
		const role = { codes: { onet: '43-4051.00' }, profile: profile as never };
		const fit = onetFit(onet, role, PROXIES);
		expect(fit?.traits).toEqual(['empathy', 'analytical', 'coaching', 'composure', 'sales-drive']);
		expect(fit?.rho).toBeCloseTo(1, 12);
		expect(onetFit(onet, { codes: { onet: null }, profile: profile as never }, PROXIES)).toBeNull();
	});
});
