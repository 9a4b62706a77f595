import { describe, expect, it } from 'vitest';
import { content } from '../content/catalogue';
import { makeRole } from './fixtures';
import { familyViews, homeFacts, progressions } from './home';

describe('familyViews', () => {
	it('groups every role under its family, families in a fixed order', () => {
		const families = familyViews(content.roles, 'en');
		expect(families.flatMap((f) => f.roles).length).toBe(content.roles.length);
		expect(families[0]!.id).toBe('voice');
		expect(families.find((f) => f.id === 'planning')!.roles.map((r) => r.id)).toContain(
			'data-analyst'
		);
	});
	it('leaves out a family without roles', () => {
		const families = familyViews([makeRole('a', { family: 'sales' })], 'en');
		expect(families.map((f) => f.id)).toEqual(['sales']);
	});
});

describe('progressions', () => {
	it('reads each step’s typical years from the role that leads to it', () => {
		const [first] = progressions(content.roles, 'en');
		const advisor = content.roles.find((r) => r.id === 'customer-service-advisor')!;
		expect(first![0]!.years).toBeNull();
		expect(first![1]!.years).toEqual(advisor.next.find((n) => n.role === 'team-leader')!.years);
	});
	it('refuses a step the role data does not list', () => {
		const roles = [makeRole('a', { next: [] }), makeRole('b')];
		expect(() => progressions(roles, 'en', [['a', 'b']])).toThrow('"a" does not lead to "b"');
	});
});

describe('homeFacts', () => {
	it('counts the roles open without a diploma and names each source with its year', () => {
		const roles = [
			makeRole('a', { lastReviewed: '2025-03-01' }),
			makeRole('b', {
				lastReviewed: '2026-01-01',
				entry: { requirement: 'secondary', steps: { fr: ['x'], nl: ['x'], en: ['x'] } }
			})
		];
		const facts = homeFacts(roles, content.sources, 'en');
		expect(facts.find((f) => f.key === 'noDiploma')).toMatchObject({
			count: 1,
			total: 2,
			source: { kind: 'roles', year: 2026 }
		});
		const jobs = facts.find((f) => f.key === 'jobs')!.source;
		expect(jobs.kind === 'published' && jobs.view.year).toBe(2021);
	});
});
