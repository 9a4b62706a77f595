import { describe, expect, it } from 'vitest';
import { compareHref, compareRows, parseCompareIds } from './compare';
import { makeRole, makeTraits } from './fixtures';

const known = new Set(['a', 'b', 'c', 'd']);
const parse = (query: string) => parseCompareIds(new URLSearchParams(query), known);

describe('parseCompareIds', () => {
	it('reads a comma list and repeated parameters alike', () => {
		expect(parse('roles=a,b').ids).toEqual(['a', 'b']);
		expect(parse('roles=a&roles=c&roles=').ids).toEqual(['a', 'c']);
		expect(parse('roles= A , b ,,a').ids).toEqual(['a', 'b']);
	});
	it('reports unknown ids and keeps the known ones', () => {
		expect(parse('roles=a,zz,b')).toEqual({ ids: ['a', 'b'], unknown: ['zz'], tooMany: false });
	});
	it('keeps the first three and says there were too many', () => {
		expect(parse('roles=d,c,b,a')).toEqual({ ids: ['d', 'c', 'b'], unknown: [], tooMany: true });
	});
	it('handles no query', () => {
		expect(parse('')).toEqual({ ids: [], unknown: [], tooMany: false });
	});
	it('builds the URL back', () => {
		expect(compareHref('nl', ['a', 'b'])).toBe('/nl/compare?roles=a,b');
	});
});

describe('compareRows', () => {
	const traits = makeTraits();
	const a = makeRole('a', {
		profile: { empathy: 0.9 },
		next: [
			{ role: 'b', years: [1, 2] },
			{ role: 'gone', years: [1, 2] }
		],
		patterns: { shifts: true, remote: 'partial', text: { fr: 'x', nl: 'x', en: 'x' } }
	});
	const b = makeRole('b', {
		profile: { leadership: 0.8, empathy: 0.5 },
		entry: {
			requirement: 'qualification',
			qualification: { name: { fr: 'diplôme', nl: 'diploma', en: 'degree' }, rncp: 6 },
			steps: { fr: ['diplôme'], nl: ['diploma'], en: ['degree'] }
		}
	});
	const sections = compareRows([a, b], [a, b], traits, 'en');
	const row = (key: string) => sections.flatMap((s) => s.rows).find((r) => r.key === key)!;

	it('has one cell per role in every row', () => {
		for (const s of sections) for (const r of s.rows) expect(r.cells).toHaveLength(2);
		expect(sections.map((s) => s.key)).toEqual(['overview', 'traits', 'work', 'entry', 'career']);
	});
	it('orders trait rows by what the roles ask of them together', () => {
		const traitRows = sections.find((s) => s.key === 'traits')!.rows;
		expect(traitRows).toHaveLength(13);
		expect(traitRows.slice(0, 2).map((r) => r.key)).toEqual(['empathy', 'leadership']);
		expect(traitRows[0]!.label).toBe('en empathy');
		expect(traitRows[0]!.cells).toEqual([
			{ kind: 'weight', weight: 0.9 },
			{ kind: 'weight', weight: 0.5 }
		]);
	});
	it('aligns facts, degrees and career links', () => {
		expect(row('shifts').cells).toEqual([
			{ kind: 'yesNo', value: true },
			{ kind: 'yesNo', value: false }
		]);
		expect(row('noDegree').cells).toEqual([
			{ kind: 'yesNo', value: true },
			{ kind: 'yesNo', value: false }
		]);
		expect(row('next').cells[0]).toEqual({
			kind: 'roles',
			roles: [{ id: 'b', title: 'Title b', href: '/en/roles/b' }]
		});
		// An unknown id in the data is left out rather than linked; where people come from is derived.
		expect(row('next').cells[0]).toEqual({
			kind: 'roles',
			roles: [{ id: 'b', title: 'Title b', href: '/en/roles/b' }]
		});
		expect(row('entryRoutes').cells[1]).toEqual({ kind: 'list', items: ['degree'] });
		expect(row('previous').cells[1]).toEqual({
			kind: 'roles',
			roles: [{ id: 'a', title: 'Title a', href: '/en/roles/a' }]
		});
	});
});
