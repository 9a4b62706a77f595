import { describe, expect, it } from 'vitest';
import { paths } from './paths';

describe('paths', () => {
	it('builds the site’s addresses', () => {
		expect(paths.home('fr')).toBe('/fr');
		expect(paths.role('nl', 'team-leader')).toBe('/nl/roles/team-leader');
		expect(paths.results('en', 'AQID_-')).toBe('/en/results/AQID_-');
		expect(paths.results('en')).toBe('/en/results');
		expect(paths.compare('fr', ['a', 'b'])).toBe('/fr/compare?roles=a,b');
	});

	it('encodes what goes into a path or a query', () => {
		expect(paths.quiz('en', { role: 'x&y', deeper: true })).toBe('/en/quiz?role=x%26y&deeper=1');
		expect(paths.quiz('nl', { deeper: false })).toBe('/nl/quiz');
		expect(paths.compare('en', ['a,b', 'c'])).toBe('/en/compare?roles=a%2Cb,c');
	});
});
