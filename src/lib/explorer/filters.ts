/**
 * The roles list's filters and their URL form (`?q=&level=&channel=&trait=&nodegree=1`), so a
 * filtered list can be shared. Browser-safe: the enhancement script applies them.
 */
import { MIN_QUERY_LENGTH } from './search';
import { normalize } from './text';

export type Filters = {
	q: string;
	level: string;
	channel: string;
	trait: string;
	nodegree: boolean;
};

/** What the filters look at for one role. */
export type FilterEntry = {
	id: string;
	level: string;
	channels: string[];
	/** The traits the role asks a lot of. */
	traits: string[];
	/** Someone can start in the role without any diploma. */
	noDegree: boolean;
};

export type FilterOptions = {
	levels: readonly string[];
	channels: readonly string[];
	traits: readonly string[];
};

export const NO_FILTERS: Filters = { q: '', level: '', channel: '', trait: '', nodegree: false };

/** Reads the filters from a query; unknown values are ignored rather than matching nothing. */
export function parseFilters(params: URLSearchParams, options?: FilterOptions): Filters {
	const pick = (name: string, allowed?: readonly string[]) => {
		const value = (params.get(name) ?? '').trim();
		return !allowed || allowed.includes(value) ? value : '';
	};
	return {
		q: (params.get('q') ?? '').trim().slice(0, 100),
		level: pick('level', options?.levels),
		channel: pick('channel', options?.channels),
		trait: pick('trait', options?.traits),
		nodegree: ['1', 'true', 'on'].includes(params.get('nodegree') ?? '')
	};
}

/** The query string of a set of filters ('' when none is set), in a stable order. */
export function filtersToSearch(filters: Filters): string {
	const params = new URLSearchParams();
	if (filters.q) params.set('q', filters.q);
	if (filters.level) params.set('level', filters.level);
	if (filters.channel) params.set('channel', filters.channel);
	if (filters.trait) params.set('trait', filters.trait);
	if (filters.nodegree) params.set('nodegree', '1');
	const search = params.toString();
	return search ? `?${search}` : '';
}

/** Whether a role passes the level, channel, trait and degree filters. */
export function matchesFacets(entry: FilterEntry, filters: Filters): boolean {
	return (
		(!filters.level || entry.level === filters.level) &&
		(!filters.channel || entry.channels.includes(filters.channel)) &&
		(!filters.trait || entry.traits.includes(filters.trait)) &&
		(!filters.nodegree || entry.noDegree)
	);
}

/**
 * The ids of the roles to show, in order: with a search text, best match first; otherwise in the
 * entries' own order.
 */
export function applyFilters(
	entries: readonly FilterEntry[],
	filters: Filters,
	search: (query: string) => string[]
): string[] {
	const byId = new Map(entries.map((e) => [e.id, e]));
	const searching = normalize(filters.q).length >= MIN_QUERY_LENGTH;
	const ids = searching ? search(filters.q) : entries.map((e) => e.id);
	return ids.filter((id) => {
		const entry = byId.get(id);
		return entry !== undefined && matchesFacets(entry, filters);
	});
}
