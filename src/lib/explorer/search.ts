/**
 * Search over every title and synonym of every role, in all three languages at once: a Dutch speaker
 * typing "télévendeur" or a French speaker typing "klantendienst" still finds the role. Matches rank
 * in tiers: the exact title, then titles that start with the query, then titles containing it as
 * whole words, then as the start of a word, and last typo-tolerant matches. Within a tier the
 * documents keep their own order (most common roles first). Browser-safe (the roles list's
 * enhancement script uses it): only type imports from content.
 */
import Fuse from 'fuse.js/basic';
import type { Role } from '../content/schema';
import { normalize } from './text';

export type SearchDoc = { id: string; terms: string[] };

/** Shorter queries would match nearly every title. */
export const MIN_QUERY_LENGTH = 2;

/** Every title (both French forms) and synonym of a role, normalized and without duplicates. */
export function searchTerms(role: Pick<Role, 'title' | 'synonyms'>): string[] {
	const all = [
		role.title.fr.m,
		role.title.fr.f,
		role.title.nl,
		role.title.en,
		...role.synonyms.fr,
		...role.synonyms.nl,
		...role.synonyms.en
	];
	return [...new Set(all.map(normalize))];
}

const WORD_START = /[\s'’-]/;
const isWordStart = (term: string, at: number) => at === 0 || WORD_START.test(term[at - 1]!);
const isWordEnd = (term: string, at: number) => at === term.length || WORD_START.test(term[at]!);

/** How well one term matches a query: 0 exact, 1 prefix, 2 whole words inside, 3 word start, null none. */
export function matchTier(term: string, query: string): number | null {
	if (term === query) return 0;
	if (term.startsWith(query)) return 1;
	let best: number | null = null;
	for (let at = term.indexOf(query); at !== -1; at = term.indexOf(query, at + 1)) {
		if (!isWordStart(term, at)) continue;
		if (isWordEnd(term, at + query.length)) return 2;
		best = 3;
	}
	return best;
}

/** Typo-tolerant matches come after every direct one. */
const FUZZY_TIER = 4;

/** A search function: the ids of matching roles, best match first. */
export function createSearch(docs: readonly SearchDoc[]): (query: string) => string[] {
	const fuse = new Fuse(docs, {
		keys: ['terms'],
		// Bitap score: 0 exact … 1 anything. 0.34 lets about one typo in three letters through.
		threshold: 0.34,
		ignoreLocation: true,
		minMatchCharLength: MIN_QUERY_LENGTH,
		includeScore: true,
		shouldSort: true
	});
	const order = new Map(docs.map((d, i) => [d.id, i]));
	return (query) => {
		const q = normalize(query);
		if (q.length < MIN_QUERY_LENGTH) return docs.map((d) => d.id);
		const rank = new Map<string, number>();
		for (const doc of docs) {
			const tiers = doc.terms.flatMap((term) => matchTier(term, q) ?? []);
			if (tiers.length) rank.set(doc.id, Math.min(...tiers));
		}
		// Fuzzy matches keep Fuse's order among themselves, after every direct match.
		fuse.search(q).forEach((result, i) => {
			if (!rank.has(result.item.id)) rank.set(result.item.id, FUZZY_TIER + i / docs.length);
		});
		return [...rank.entries()]
			.sort(([a, ra], [b, rb]) => ra - rb || order.get(a)! - order.get(b)!)
			.map(([id]) => id);
	};
}
