import { describe, expect, it } from 'vitest';
import { content } from './catalogue';
import { freshnessWarnings, overdueReviews, staleFigures } from './freshness';

const today = new Date('2026-11-26T12:00:00Z');

describe('staleFigures', () => {
	it('flags a figure more than two years old, not one exactly two years old', () => {
		const figures = [
			{ id: 'old', year: 2023 },
			{ id: 'edge', year: 2024 },
			{ id: 'new', year: 2026 }
		];
		expect(staleFigures(figures, today).map((f) => f.id)).toEqual(['old']);
	});
});

describe('overdueReviews', () => {
	it('flags a role reviewed more than twelve months ago', () => {
		const roles = [
			{ id: 'late', lastReviewed: '2025-11-25' },
			{ id: 'edge', lastReviewed: '2025-11-26' },
			{ id: 'fresh', lastReviewed: '2026-06-01' }
		];
		expect(overdueReviews(roles, today).map((r) => r.id)).toEqual(['late']);
	});
});

describe('freshnessWarnings', () => {
	it('prints one line per stale figure and overdue role, naming it', () => {
		const lines = freshnessWarnings(
			{ figures: [{ id: 'old', year: 2020 }], roles: [{ id: 'late', lastReviewed: '2024-01-01' }] },
			today
		);
		expect(lines).toEqual([
			'pay figure "old" is from 2020, more than 2 years ago: look for a newer one',
			'role "late" was last reviewed on 2024-01-01, more than 12 months ago'
		]);
	});
});

describe('the catalogue today', () => {
	it('has no role whose review is more than twelve months old', () => {
		expect(overdueReviews(content.roles, new Date()).map((r) => r.id)).toEqual([]);
	});
});
