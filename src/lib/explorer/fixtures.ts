/** Small, valid roles and traits for the explorer's unit tests (independent of the real content). */
import { TRAIT_IDS, type Role, type Trait, type TraitId } from '../content/schema';
import type { PayContent } from './pay';

const same = (text: string) => ({ fr: text, nl: text, en: text });
const sameList = (items: string[]) => ({ fr: items, nl: items, en: items });

export function makeTraits(): Trait[] {
	return TRAIT_IDS.map((id) => ({
		id,
		award: false,
		name: { fr: `fr ${id}`, nl: `nl ${id}`, en: `en ${id}` },
		short: same(id),
		description: same(id),
		inContactCenter: same(id),
		onetProxy: { workStyles: [], interests: [] },
		scopeNote: same(id)
	}));
}

type Overrides = Partial<Omit<Role, 'profile'>> & { profile?: Partial<Record<TraitId, number>> };

export function makeRole(id: string, overrides: Overrides = {}): Role {
	const { profile, ...rest } = overrides;
	return {
		id,
		level: 'entry',
		family: 'voice',
		channels: ['phone-inbound'],
		title: { fr: { m: `Titre ${id}`, f: `Titre ${id}` }, nl: `Titel ${id}`, en: `Title ${id}` },
		synonyms: { fr: [], nl: [], en: [] },
		summary: {
			fr: 'Phrase un. Phrase deux.',
			nl: 'Zin een. Zin twee.',
			en: 'First one. Second one.'
		},
		day: sameList(['a', 'b', 'c', 'd', 'e']),
		skills: sameList(['skill']),
		kpis: sameList(['kpi']),
		patterns: { shifts: false, remote: 'none', text: same('hours') },
		entry: { requirement: 'none', steps: sameList(['route']) },
		enjoy: sameList(['good']),
		hard: sameList(['hard']),
		next: [],
		listRank: 1,
		pay: 'advisor',
		lastReviewed: '2026-11-26',
		sources: ['onet-29-3'],
		codes: { esco: null, isco: '4222', onet: null, rome: null },
		profile: {
			...(Object.fromEntries(TRAIT_IDS.map((t) => [t, 0.1])) as Record<TraitId, number>),
			...profile
		},
		adjustments: [],
		...rest
	};
}

/** Pay for the fixtures' roles (profile "advisor"): one Belgian starting range, no French figure. */
export function makePay(): PayContent {
	return {
		figures: [
			{
				id: 'be-start',
				country: 'be',
				stage: 'start',
				min: 2000,
				max: 2400.5,
				measure: 'agreement-minimum',
				basis: same('basis'),
				source: 'scales',
				year: 2025
			}
		],
		profiles: [
			{
				id: 'advisor',
				be: { figures: ['be-start'], decides: same('be decides') },
				fr: { figures: [], decides: same('fr decides') }
			}
		],
		sources: [{ id: 'scales', title: same('Scales'), publisher: 'Fund', year: 2025 }]
	};
}
