/** Small, valid roles and traits for the explorer's unit tests (independent of the real content). */
import { TRAIT_IDS, type Role, type Trait, type TraitId } from '../content/schema';

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
		entryRoutes: [{ degreeRequired: false, text: same('route') }],
		enjoy: sameList(['good']),
		hard: sameList(['hard']),
		next: [],
		previous: [],
		codes: { esco: null, isco: '4222', onet: null, rome: null },
		profile: {
			...(Object.fromEntries(TRAIT_IDS.map((t) => [t, 0.1])) as Record<TraitId, number>),
			...profile
		},
		adjustments: [],
		...rest
	};
}
