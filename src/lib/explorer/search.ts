/**
 * Typo-tolerant search over every title and synonym of every role, in all three languages at once:
 * a Dutch speaker typing "télévendeur" or a French speaker typing "klantendienst" still finds the
 * role. Browser-safe (the roles list's enhancement script uses it): only type imports from content.
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

/** A search function: the ids of matching roles, best match first; typos cost a little score. */
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
	return (query) => {
		const q = normalize(query);
		if (q.length < MIN_QUERY_LENGTH) return docs.map((d) => d.id);
		return fuse.search(q).map((result) => result.item.id);
	};
}
