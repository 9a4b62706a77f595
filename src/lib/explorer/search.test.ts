import { describe, expect, it } from 'vitest';
import { makeRole } from './fixtures';
import { createSearch, matchTier, searchTerms } from './search';
import { firstSentence, normalize } from './text';

const telesales = makeRole('telesales-agent', {
	title: { fr: { m: 'Télévendeur', f: 'Télévendeuse' }, nl: 'Televerkoper', en: 'Telesales agent' },
	synonyms: {
		fr: ['téléprospecteur', 'conseiller commercial à distance'],
		nl: ['telemarketeer', 'outbound callcenteragent'],
		en: ['telemarketer', 'outbound sales agent']
	}
});
const advisor = makeRole('customer-service-advisor', {
	title: {
		fr: { m: 'Conseiller clientèle', f: 'Conseillère clientèle' },
		nl: 'Klantenadviseur',
		en: 'Customer service advisor'
	},
	synonyms: {
		fr: ['téléconseiller', 'chargé de clientèle'],
		nl: ['medewerker klantendienst', 'callcentermedewerker'],
		en: ['call centre agent', 'customer service representative']
	}
});
const leader = makeRole('team-leader', {
	title: { fr: { m: 'Chef d’équipe', f: 'Cheffe d’équipe' }, nl: 'Teamleider', en: 'Team leader' },
	synonyms: { fr: ['superviseur'], nl: ['teamcoach'], en: ['supervisor'] }
});
const search = createSearch(
	[telesales, advisor, leader].map((r) => ({ id: r.id, terms: searchTerms(r) }))
);

describe('normalize', () => {
	it('drops accents and case and unifies apostrophes and spaces', () => {
		expect(normalize('  Chef  d’Équipe ')).toBe("chef d'equipe");
		expect(normalize('Télévendeuse')).toBe('televendeuse');
	});
});

describe('firstSentence', () => {
	it('keeps the first sentence only', () => {
		expect(firstSentence('You help. Then more.')).toBe('You help.');
		expect(firstSentence('No full stop')).toBe('No full stop');
		expect(firstSentence('Is it? Yes.')).toBe('Is it?');
	});
});

describe('searchTerms', () => {
	it('holds every title and synonym in every language, normalized, once', () => {
		const terms = searchTerms(telesales);
		expect(terms).toContain('televendeur');
		expect(terms).toContain('televendeuse');
		expect(terms).toContain('televerkoper');
		expect(terms).toContain('outbound sales agent');
		expect(new Set(terms).size).toBe(terms.length);
	});
});

describe('createSearch', () => {
	it('finds a role by a title in another language', () => {
		expect(search('télévendeur')[0]).toBe('telesales-agent');
		expect(search('klantendienst')[0]).toBe('customer-service-advisor');
		expect(search('teamleider')[0]).toBe('team-leader');
	});
	it('ignores accents and case', () => {
		expect(search('TELEVENDEUSE')[0]).toBe('telesales-agent');
		expect(search('chef d equipe')[0]).toBe('team-leader');
	});
	it('tolerates typos', () => {
		expect(search('televendur')[0]).toBe('telesales-agent');
		expect(search('klantendiesnt')[0]).toBe('customer-service-advisor');
		expect(search('superviser')[0]).toBe('team-leader');
	});
	it('finds nothing for an unrelated word', () => {
		expect(search('astronaut')).toEqual([]);
	});
	it('returns every role for a query too short to search', () => {
		expect(search('a')).toHaveLength(3);
		expect(search('  ')).toHaveLength(3);
	});
});

describe('matchTier', () => {
	it('ranks exact, prefix, whole words, word start, then nothing', () => {
		expect(matchTier('service client', 'service client')).toBe(0);
		expect(matchTier('service client vip', 'service client')).toBe(1);
		expect(matchTier('conseiller service client', 'service client')).toBe(2);
		expect(matchTier('responsable service clientele', 'service client')).toBe(3);
		expect(matchTier("agent de centre d'appels", 'appels')).toBe(2);
		expect(matchTier('teleconseiller', 'conseiller')).toBeNull();
	});
});

describe('ranking', () => {
	const docs = [
		{ id: 'common', terms: ['conseiller service client'] },
		{ id: 'manager', terms: ['responsable service clientele'] },
		{ id: 'exact', terms: ['service client'] }
	];
	it('puts an exact title first, then whole words before a cut word', () => {
		expect(createSearch(docs)('service client')).toEqual(['exact', 'common', 'manager']);
	});
	it('keeps the documents’ own order within a tier', () => {
		const same = createSearch([
			{ id: 'first', terms: ['agent a'] },
			{ id: 'second', terms: ['agent b'] }
		]);
		expect(same('agent')).toEqual(['first', 'second']);
	});
});
