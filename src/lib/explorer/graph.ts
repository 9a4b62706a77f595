/**
 * The career map's layout: one column per level (entry → senior), a box per role, an arrow for each
 * step a role can lead to. Pure geometry, so it is computed at build time and tested without a DOM.
 */
export type GraphRole = {
	id: string;
	level: string;
	title: string;
	/** The roles this one leads to (where people come from follows from the other roles' lists). */
	next: readonly string[];
};

export type GraphNode = {
	id: string;
	level: string;
	column: number;
	x: number;
	y: number;
	width: number;
	height: number;
	lines: string[];
};

/** `within`: a step between two roles of the same level (drawn lighter). */
export type GraphEdge = { from: string; to: string; d: string; within: boolean };

export type CareerGraph = {
	width: number;
	height: number;
	/** One per level: where its title goes (a crowded level spans two columns of boxes). */
	columns: { level: string; x: number; width: number }[];
	nodes: GraphNode[];
	edges: GraphEdge[];
};

export const LAYOUT = {
	nodeWidth: 200,
	lineHeight: 18,
	maxLines: 3,
	padY: 12,
	columnGap: 72,
	rowGap: 22,
	margin: 16,
	header: 40,
	charsPerLine: 22,
	/** A level with more roles than this is split into two columns. */
	maxPerColumn: 7
} as const;

/** Breaks a title into at most maxLines lines of about maxChars characters; the last line ends in … if cut. */
export function wrapTitle(title: string, maxChars: number, maxLines: number): string[] {
	const lines: string[] = [];
	let line = '';
	const words = title.split(/\s+/).filter(Boolean);
	for (let i = 0; i < words.length; i++) {
		const word = words[i]!;
		const candidate = line ? `${line} ${word}` : word;
		if (candidate.length <= maxChars || !line) {
			line = candidate;
			continue;
		}
		lines.push(line);
		line = word;
		if (lines.length === maxLines) {
			line = '';
			const last = lines[maxLines - 1]!;
			lines[maxLines - 1] = `${last.slice(0, maxChars - 1).trimEnd()}…`;
			break;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** Every step between two roles on the map, once each. */
export function careerEdges(roles: readonly GraphRole[]): [string, string][] {
	const ids = new Set(roles.map((r) => r.id));
	const seen = new Set<string>();
	const out: [string, string][] = [];
	const add = (from: string, to: string) => {
		const key = `${from}→${to}`;
		if (from === to || !ids.has(from) || !ids.has(to) || seen.has(key)) return;
		seen.add(key);
		out.push([from, to]);
	};
	for (const role of roles) {
		for (const to of role.next) add(role.id, to);
	}
	return out;
}

/** Orders each column by the mean position of its neighbours in other columns, to limit crossings. */
function orderColumns(columns: string[][], edges: [string, string][]): string[][] {
	const neighbours = new Map<string, string[]>();
	for (const [a, b] of edges) {
		(neighbours.get(a) ?? neighbours.set(a, []).get(a)!).push(b);
		(neighbours.get(b) ?? neighbours.set(b, []).get(b)!).push(a);
	}
	let order = columns.map((c) => [...c]);
	const sweep = (indices: number[]) => {
		for (const c of indices) {
			const position = new Map<string, number>();
			order.forEach((column, ci) => {
				if (ci !== c)
					column.forEach((id, i) => position.set(id, i / Math.max(1, column.length - 1)));
			});
			const current = order[c]!;
			const key = (id: string, index: number) => {
				const ps = (neighbours.get(id) ?? []).flatMap((n) => {
					const p = position.get(n);
					return p === undefined ? [] : [p];
				});
				return ps.length
					? ps.reduce((s, p) => s + p, 0) / ps.length
					: index / Math.max(1, current.length - 1);
			};
			const keyed = current.map((id, index) => ({ id, index, k: key(id, index) }));
			keyed.sort((a, b) => a.k - b.k || a.index - b.index);
			order = order.map((column, ci) => (ci === c ? keyed.map((e) => e.id) : column));
		}
	};
	const forward = columns.map((_, i) => i).slice(1);
	const backward = columns
		.map((_, i) => i)
		.reverse()
		.slice(1);
	for (let pass = 0; pass < 3; pass++) {
		sweep(forward);
		sweep(backward);
	}
	return order;
}

/**
 * A crowded level becomes two columns: first the roles reached from other levels only, then those
 * reached from within the level (a team leader after a senior advisor), so fewer arrows loop back.
 */
function splitLevels(
	roles: readonly GraphRole[],
	levels: readonly string[],
	edges: [string, string][]
): { level: string; ids: string[] }[] {
	const levelOf = new Map(roles.map((r) => [r.id, r.level]));
	return levels.flatMap((level) => {
		const ids = roles.filter((r) => r.level === level).map((r) => r.id);
		if (ids.length <= LAYOUT.maxPerColumn) return ids.length ? [{ level, ids }] : [];
		const later = new Set(
			edges
				.filter(([a, b]) => levelOf.get(a) === level && levelOf.get(b) === level)
				.map(([, b]) => b)
		);
		const first = ids.filter((id) => !later.has(id));
		const second = ids.filter((id) => later.has(id));
		return first.length && second.length
			? [
					{ level, ids: first },
					{ level, ids: second }
				]
			: [{ level, ids }];
	});
}

/** Lays out the roles in the given level order; roles in the order given stay in that order when nothing else decides. */
export function layoutCareerGraph(
	roles: readonly GraphRole[],
	levels: readonly string[]
): CareerGraph {
	const L = LAYOUT;
	const edges = careerEdges(roles);
	const split = splitLevels(roles, levels, edges);
	const usedLevels = [...new Set(split.map((c) => c.level))];
	const columns = orderColumns(
		split.map((c) => c.ids),
		edges
	);
	const byId = new Map(roles.map((r) => [r.id, r]));
	const columnX = (column: number) => L.margin + column * (L.nodeWidth + L.columnGap);
	const nodeHeight = L.maxLines * L.lineHeight + 2 * L.padY;
	const tallest = Math.max(0, ...columns.map((c) => c.length));
	const columnHeight = tallest * nodeHeight + Math.max(0, tallest - 1) * L.rowGap;
	const nodes: GraphNode[] = [];
	columns.forEach((ids, column) => {
		const own = ids.length * nodeHeight + Math.max(0, ids.length - 1) * L.rowGap;
		const top = L.margin + L.header + (columnHeight - own) / 2;
		ids.forEach((id, row) => {
			const role = byId.get(id)!;
			nodes.push({
				id,
				level: role.level,
				column,
				x: columnX(column),
				y: top + row * (nodeHeight + L.rowGap),
				width: L.nodeWidth,
				height: nodeHeight,
				lines: wrapTitle(role.title, L.charsPerLine, L.maxLines)
			});
		});
	});
	const nodeById = new Map(nodes.map((n) => [n.id, n]));
	const r = (n: number) => Math.round(n * 10) / 10;
	const graphEdges = edges.map(([from, to]) => {
		const a = nodeById.get(from)!;
		const b = nodeById.get(to)!;
		const ay = a.y + a.height / 2;
		const by = b.y + b.height / 2;
		let d: string;
		if (a.column < b.column) {
			const x1 = a.x + a.width;
			const x2 = b.x;
			const dx = (x2 - x1) / 2;
			d = `M${r(x1)} ${r(ay)}C${r(x1 + dx)} ${r(ay)} ${r(x2 - dx)} ${r(by)} ${r(x2)} ${r(by)}`;
		} else if (a.column > b.column) {
			const x1 = a.x;
			const x2 = b.x + b.width;
			const dx = (x1 - x2) / 2;
			d = `M${r(x1)} ${r(ay)}C${r(x1 - dx)} ${r(ay)} ${r(x2 + dx)} ${r(by)} ${r(x2)} ${r(by)}`;
		} else {
			// A step within a level: a loop out on the right between the two boxes.
			const x = a.x + a.width;
			const bulge = Math.min(L.columnGap / 2 - 6, 20 + Math.abs(by - ay) / 8);
			d = `M${r(x)} ${r(ay)}C${r(x + bulge)} ${r(ay)} ${r(x + bulge)} ${r(by)} ${r(x)} ${r(by)}`;
		}
		return { from, to, d, within: a.level === b.level };
	});
	// Room on the right for loops between roles of the last level.
	const width =
		2 * L.margin +
		columns.length * L.nodeWidth +
		Math.max(0, columns.length - 1) * L.columnGap +
		L.columnGap / 2;
	return {
		width,
		height: 2 * L.margin + L.header + columnHeight,
		columns: usedLevels.map((level) => {
			const own = split.flatMap((c, i) => (c.level === level ? [i] : []));
			const x = columnX(own[0]!);
			return { level, x, width: columnX(own.at(-1)!) + L.nodeWidth - x };
		}),
		nodes,
		edges: graphEdges
	};
}
