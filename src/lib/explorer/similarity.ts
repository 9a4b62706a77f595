/** Closest roles to a mistyped or unknown role id, by title similarity (for the 404 page). */
import { normalize } from './text';

export type Candidate = { id: string; terms: readonly string[] };

function bigrams(value: string): Map<string, number> {
	const s = ` ${normalize(value)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()} `;
	const out = new Map<string, number>();
	for (let i = 0; i < s.length - 1; i++) {
		const gram = s.slice(i, i + 2);
		out.set(gram, (out.get(gram) ?? 0) + 1);
	}
	return out;
}

/** Sørensen–Dice coefficient of two texts' letter pairs: 1 identical … 0 nothing in common. */
export function similarity(a: string, b: string): number {
	const x = bigrams(a);
	const y = bigrams(b);
	let shared = 0;
	let total = 0;
	for (const [gram, n] of x) {
		shared += Math.min(n, y.get(gram) ?? 0);
		total += n;
	}
	for (const n of y.values()) total += n;
	return total ? (2 * shared) / total : 0;
}

/** The n candidates whose id or any title is most like the query, best first. */
export function closestRoles(query: string, candidates: readonly Candidate[], n = 3): string[] {
	const q = query.replace(/[-_]+/g, ' ');
	return candidates
		.map((c, index) => ({
			id: c.id,
			index,
			score: Math.max(
				similarity(q, c.id.replace(/-/g, ' ')),
				...c.terms.map((term) => similarity(q, term))
			)
		}))
		.sort((a, b) => b.score - a.score || a.index - b.index)
		.slice(0, n)
		.map((c) => c.id);
}
