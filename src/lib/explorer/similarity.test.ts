import { describe, expect, it } from 'vitest';
import { closestRoles, similarity } from './similarity';

const candidates = [
	{ id: 'customer-service-advisor', terms: ['customer service advisor', 'klantenadviseur'] },
	{ id: 'team-leader', terms: ['team leader', 'teamleider', "chef d'equipe"] },
	{ id: 'telesales-agent', terms: ['telesales agent', 'televendeur'] },
	{ id: 'workforce-planner', terms: ['workforce planner', 'planificateur'] }
];

describe('similarity', () => {
	it('is 1 for the same text and 0 for nothing shared', () => {
		expect(similarity('Team leader', 'team leader')).toBe(1);
		expect(similarity('abc', 'xyz')).toBe(0);
	});
	it('is symmetric and ignores accents', () => {
		expect(similarity('télévendeur', 'televendeur')).toBe(1);
		expect(similarity('planner', 'planer')).toBeCloseTo(similarity('planer', 'planner'));
	});
});

describe('closestRoles', () => {
	it('suggests the role a mistyped id meant first', () => {
		expect(closestRoles('customer-servce-advisor', candidates)[0]).toBe('customer-service-advisor');
		expect(closestRoles('teamleader', candidates)[0]).toBe('team-leader');
		expect(closestRoles('planificatrice', candidates)[0]).toBe('workforce-planner');
	});
	it('always suggests n roles, even for nonsense', () => {
		expect(closestRoles('zzz', candidates)).toHaveLength(3);
		expect(closestRoles('zzz', candidates, 2)).toHaveLength(2);
	});
});
