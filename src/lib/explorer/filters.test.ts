import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	applyFilters,
	filtersToSearch,
	matchesFacets,
	NO_FILTERS,
	parseFilters,
	type FilterEntry
} from './filters';

const entries: FilterEntry[] = [
	{ id: 'a', level: 'entry', channels: ['chat', 'email'], traits: ['writing'], noDegree: true },
	{ id: 'b', level: 'entry', channels: ['phone-inbound'], traits: ['empathy'], noDegree: true },
	{ id: 'c', level: 'senior', channels: ['phone-inbound'], traits: ['leadership'], noDegree: false }
];
const options = {
	levels: ['entry', 'experienced', 'senior'],
	channels: ['chat', 'email', 'phone-inbound'],
	traits: ['writing', 'empathy', 'leadership']
};
const noSearch = (q: string) => (q === 'match' ? ['c', 'a'] : []);

describe('parseFilters', () => {
	it('reads every filter from the query', () => {
		const params = new URLSearchParams(
			'q=%20chat%20&level=entry&channel=chat&trait=writing&nodegree=1'
		);
		expect(parseFilters(params, options)).toEqual({
			q: 'chat',
			level: 'entry',
			channel: 'chat',
			trait: 'writing',
			nodegree: true
		});
	});
	it('ignores unknown values instead of matching nothing', () => {
		const params = new URLSearchParams('level=boss&channel=fax&trait=magic&nodegree=maybe');
		expect(parseFilters(params, options)).toEqual(NO_FILTERS);
	});
	it('round-trips through the URL', () => {
		const letters = fc.constantFrom('a', 'é', ' ', '&', '=', '?', '+', '%', 'z');
		fc.assert(
			fc.property(
				fc.array(letters, { maxLength: 20 }).map((a) => a.join('').trim()),
				fc.constantFrom('', ...options.levels),
				fc.constantFrom('', ...options.channels),
				fc.constantFrom('', ...options.traits),
				fc.boolean(),
				(q, level, channel, trait, nodegree) => {
					const filters = { q, level, channel, trait, nodegree };
					const search = filtersToSearch(filters);
					expect(parseFilters(new URLSearchParams(search), options)).toEqual(filters);
				}
			)
		);
	});
	it('gives no query string without filters', () => {
		expect(filtersToSearch(NO_FILTERS)).toBe('');
		expect(filtersToSearch({ ...NO_FILTERS, nodegree: true })).toBe('?nodegree=1');
	});
});

describe('applyFilters', () => {
	it('keeps the entries’ order without a search', () => {
		expect(applyFilters(entries, NO_FILTERS, noSearch)).toEqual(['a', 'b', 'c']);
	});
	it('filters by level, channel, trait and degree together', () => {
		expect(applyFilters(entries, { ...NO_FILTERS, level: 'entry' }, noSearch)).toEqual(['a', 'b']);
		expect(applyFilters(entries, { ...NO_FILTERS, channel: 'phone-inbound' }, noSearch)).toEqual([
			'b',
			'c'
		]);
		expect(applyFilters(entries, { ...NO_FILTERS, trait: 'leadership' }, noSearch)).toEqual(['c']);
		expect(applyFilters(entries, { ...NO_FILTERS, nodegree: true }, noSearch)).toEqual(['a', 'b']);
		expect(
			applyFilters(entries, { ...NO_FILTERS, level: 'senior', nodegree: true }, noSearch)
		).toEqual([]);
	});
	it('orders by the search’s ranking and still applies the other filters', () => {
		expect(applyFilters(entries, { ...NO_FILTERS, q: 'match' }, noSearch)).toEqual(['c', 'a']);
		expect(applyFilters(entries, { ...NO_FILTERS, q: 'match', level: 'entry' }, noSearch)).toEqual([
			'a'
		]);
	});
	it('ignores a one-letter search', () => {
		expect(applyFilters(entries, { ...NO_FILTERS, q: 'm' }, noSearch)).toEqual(['a', 'b', 'c']);
	});
	it('never returns an id the search invents', () => {
		expect(applyFilters(entries, { ...NO_FILTERS, q: 'xx' }, () => ['zz', 'b'])).toEqual(['b']);
	});
	it('matchesFacets accepts everything without filters', () => {
		for (const e of entries) expect(matchesFacets(e, NO_FILTERS)).toBe(true);
	});
});
