import { describe, expect, it } from 'vitest';
import {
	canStartWithoutDiploma,
	filterIndex,
	percent,
	rankedTraits,
	roleCards,
	strongTraits,
	weightBand
} from './cards';
import { makePay, makeRole, makeTraits } from './fixtures';

const traits = makeTraits();
const senior = makeRole('manager', {
	level: 'senior',
	title: { fr: { m: 'Directeur', f: 'Directrice' }, nl: 'Manager', en: 'Manager' },
	profile: { leadership: 0.95, coaching: 0.7, analytical: 0.62, empathy: 0.4 },
	entry: {
		requirement: 'experience',
		experience: { roles: ['advisor'], years: [3, 5] },
		steps: { fr: ['x'], nl: ['x'], en: ['x'] }
	}
});
const advisor = makeRole('advisor', {
	title: { fr: { m: 'Conseiller', f: 'Conseillère' }, nl: 'Adviseur', en: 'Advisor' },
	profile: { empathy: 0.9, communication: 0.9, composure: 0.8 }
});
const agent = makeRole('agent', {
	title: { fr: { m: 'Agent', f: 'Agente' }, nl: 'Agent', en: 'Agent' },
	channels: ['chat', 'email'],
	listRank: 2
});
const pay = makePay();

describe('weights', () => {
	it('puts weights in bands', () => {
		expect([0.95, 0.8, 0.7, 0.5, 0.3, 0.1].map(weightBand)).toEqual([
			'essential',
			'essential',
			'high',
			'medium',
			'low',
			'minimal'
		]);
	});
	it('gives whole percentages within 0..100', () => {
		expect(percent(0.456)).toBe(46);
		expect(percent(1.2)).toBe(100);
		expect(percent(-1)).toBe(0);
	});
});

describe('traits of a role', () => {
	it('ranks every trait, strongest first, ties in the traits’ order', () => {
		const ranked = rankedTraits(senior.profile, traits, 'nl');
		expect(ranked).toHaveLength(13);
		expect(ranked.slice(0, 3).map((t) => t.id)).toEqual(['leadership', 'coaching', 'analytical']);
		expect(ranked[0]!.name).toBe('nl leadership');
		expect(ranked[4]!.id).toBe('communication');
	});
	it('strong traits are those ≥ 0.6, and at least three', () => {
		expect(strongTraits(senior.profile)).toEqual(['leadership', 'coaching', 'analytical']);
		expect(strongTraits(agent.profile)).toHaveLength(3);
		expect(strongTraits(advisor.profile)).toEqual(['empathy', 'communication', 'composure']);
	});
});

describe('roleCards', () => {
	it('sorts by level, then most common first, and gives one-line summaries and top traits', () => {
		const cards = roleCards([senior, agent, advisor], traits, pay, 'en');
		expect(cards.map((c) => c.id)).toEqual(['advisor', 'agent', 'manager']);
		expect(cards[0]).toMatchObject({
			href: '/en/roles/advisor',
			title: 'Advisor',
			summary: 'First one.',
			level: 'entry',
			family: 'voice',
			noDegree: true
		});
		expect(cards[0]!.topTraits.map((t) => t.id)).toEqual(['empathy', 'communication', 'composure']);
		expect(cards[2]!.noDegree).toBe(false);
	});
	it('shows both French forms', () => {
		expect(roleCards([advisor], traits, pay, 'fr')[0]!.title).toBe('Conseiller / Conseillère');
	});
	it('sorts by title within a level when roles are as common', () => {
		const other = makeRole('zed', { title: { fr: { m: 'A', f: 'A' }, nl: 'A', en: 'Aardvark' } });
		expect(roleCards([advisor, other], traits, pay, 'en').map((c) => c.id)).toEqual([
			'zed',
			'advisor'
		]);
	});
	it('shows the starting pay figure per country, French-first in French', () => {
		expect(roleCards([advisor], traits, pay, 'fr')[0]!.pay).toEqual([
			{ country: 'fr', figure: null },
			{ country: 'be', figure: expect.objectContaining({ min: 2000, max: 2400.5, year: 2025 }) }
		]);
		expect(roleCards([advisor], traits, pay, 'nl')[0]!.pay.map((p) => p.country)).toEqual([
			'be',
			'fr'
		]);
	});
	it('lets only roles needing nothing start without a diploma', () => {
		expect(canStartWithoutDiploma(senior)).toBe(false);
		expect(canStartWithoutDiploma(advisor)).toBe(true);
		expect(
			canStartWithoutDiploma(
				makeRole('x', { entry: { requirement: 'secondary', steps: advisor.entry.steps } })
			)
		).toBe(false);
	});
});

describe('filterIndex', () => {
	it('follows the cards’ order and carries what the filters need', () => {
		const index = filterIndex([senior, advisor, agent], 'en');
		expect(index.map((e) => e.id)).toEqual(['advisor', 'agent', 'manager']);
		expect(index[1]).toMatchObject({ channels: ['chat', 'email'], noDegree: true });
		expect(index[0]!.terms).toContain('conseillere');
	});
});
