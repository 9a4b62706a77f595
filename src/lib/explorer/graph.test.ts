import { describe, expect, it } from 'vitest';
import { careerEdges, layoutCareerGraph, LAYOUT, wrapTitle, type GraphRole } from './graph';

const role = (id: string, level: string, next: string[] = []): GraphRole => ({
	id,
	level,
	title: `Role ${id}`,
	next
});
const LEVELS = ['entry', 'experienced', 'senior'];
const roles = [
	role('a', 'entry', ['x']),
	role('b', 'entry', ['y', 'c']),
	role('c', 'entry'),
	role('x', 'experienced', ['boss']),
	role('y', 'experienced', ['boss']),
	role('boss', 'senior')
];

describe('wrapTitle', () => {
	it('wraps at word boundaries within the width', () => {
		expect(wrapTitle('Customer service advisor', 12, 3)).toEqual([
			'Customer',
			'service',
			'advisor'
		]);
		expect(wrapTitle('Team leader', 24, 3)).toEqual(['Team leader']);
	});
	it('cuts with an ellipsis past the last line', () => {
		const lines = wrapTitle('one two three four five six', 7, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1]!.endsWith('…')).toBe(true);
	});
	it('keeps a word longer than the line whole', () => {
		expect(wrapTitle('Klantendienstmedewerker', 10, 3)).toEqual(['Klantendienstmedewerker']);
	});
});

describe('careerEdges', () => {
	it('draws each next step once, ignoring unknown ids and self-links', () => {
		const edges = careerEdges([...roles, role('z', 'entry', ['nobody', 'z', 'x', 'x'])]);
		expect(edges).toContainEqual(['b', 'y']);
		expect(edges.filter(([f, t]) => f === 'z' && t === 'x')).toHaveLength(1);
		expect(edges).toContainEqual(['y', 'boss']);
		expect(edges.some(([f, t]) => t === 'nobody' || f === t)).toBe(false);
	});
});

describe('layoutCareerGraph', () => {
	const graph = layoutCareerGraph(roles, LEVELS);
	const node = (id: string) => graph.nodes.find((n) => n.id === id)!;

	it('puts each level in its own column, left to right', () => {
		expect(graph.columns.map((c) => c.level)).toEqual(LEVELS);
		expect(node('a').x).toBeLessThan(node('x').x);
		expect(node('x').x).toBeLessThan(node('boss').x);
		expect(node('a').x).toBe(node('c').x);
	});
	it('keeps every box inside the drawing, without overlaps', () => {
		for (const n of graph.nodes) {
			expect(n.x).toBeGreaterThanOrEqual(0);
			expect(n.y).toBeGreaterThanOrEqual(LAYOUT.header);
			expect(n.x + n.width).toBeLessThanOrEqual(graph.width);
			expect(n.y + n.height).toBeLessThanOrEqual(graph.height);
		}
		for (const m of graph.nodes)
			for (const n of graph.nodes)
				if (m !== n && m.column === n.column)
					expect(Math.abs(m.y - n.y)).toBeGreaterThanOrEqual(m.height);
	});
	it('orders a column by its neighbours to limit crossings', () => {
		// a leads to x, b to y: x sits above y as a sits above b.
		expect(Math.sign(node('x').y - node('y').y)).toBe(Math.sign(node('a').y - node('b').y));
	});
	it('draws an edge for every step, within a level too', () => {
		expect(graph.edges).toHaveLength(5);
		for (const e of graph.edges) expect(e.d).toMatch(/^M[\d.]+ [\d.]+C/);
		const within = graph.edges.find((e) => e.from === 'b' && e.to === 'c')!;
		expect(within.d.startsWith(`M${node('b').x + node('b').width} `)).toBe(true);
	});
	it('skips levels no role has', () => {
		const g = layoutCareerGraph([role('a', 'entry'), role('s', 'senior')], LEVELS);
		expect(g.columns.map((c) => c.level)).toEqual(['entry', 'senior']);
	});
});

describe('a crowded level', () => {
	const many = [
		role('e', 'entry', ['m0', 'm1', 'm2', 'm3', 'm4', 'm5']),
		...[0, 1, 2, 3, 4, 5].map((i) => role(`m${i}`, 'experienced', i < 2 ? [`m${i + 6}`] : [])),
		role('m6', 'experienced'),
		role('m7', 'experienced', ['m6'])
	];
	const graph = layoutCareerGraph(many, LEVELS);
	const node = (id: string) => graph.nodes.find((n) => n.id === id)!;

	it('is split in two columns: roles reached from within the level go second', () => {
		expect(new Set(graph.nodes.map((n) => n.column))).toEqual(new Set([0, 1, 2]));
		expect(node('m0').column).toBe(1);
		expect(node('m6').column).toBe(2);
		expect(node('m7').column).toBe(2);
		expect(graph.edges.find((e) => e.from === 'm0')!.within).toBe(true);
		expect(graph.edges.find((e) => e.from === 'e')!.within).toBe(false);
	});
	it('gives the level one title spanning both columns', () => {
		expect(graph.columns.map((c) => c.level)).toEqual(['entry', 'experienced']);
		const experienced = graph.columns[1]!;
		expect(experienced.x).toBe(node('m0').x);
		expect(experienced.x + experienced.width).toBe(node('m6').x + node('m6').width);
	});
});
