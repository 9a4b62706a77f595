import { describe, expect, it } from 'vitest';
import { content } from './catalogue';
import { esco, onet } from './onet/data';
import {
	cosine,
	FIT_NOTE_BELOW,
	onetFit,
	onetWeights,
	proxiesFromTraits,
	TARGET_MEAN_RHO,
	EXTREME_LOW,
	EXTREME_HIGH
} from './onet/derive';
import { CHANNELS, LEVELS, TRAIT_IDS, type Role, type TraitId } from './schema';
import { ContentError, validateContent, type ContentFile } from './validate';
import aboutEn from '../i18n/en/about.json';
import aboutFr from '../i18n/fr/about.json';
import aboutNl from '../i18n/nl/about.json';

const { traits, roles } = content;
const byId = new Map(roles.map((r) => [r.id, r]));
const proxies = proxiesFromTraits(traits);

/** French job titles that are the same word for men and women (the head noun is epicene). */
const EPICENE_HEADS = ['responsable', 'analyste', 'knowledge'];
/** The ROME job sheets the reference material lists as relevant. */
const ROME_CODES = ['D1408', 'M1704', 'H1101', 'K2111', 'M1403', 'M1402'];
const AWARD_TRAITS = [
	'empathy',
	'communication',
	'creativity',
	'team-spirit',
	'efficiency',
	'extra-mile'
];

describe('catalogue', () => {
	it('validates and holds every trait and at least 18 roles', () => {
		expect(traits.map((t) => t.id).sort()).toEqual([...TRAIT_IDS].sort());
		expect(traits.length).toBeGreaterThanOrEqual(10);
		expect(roles.length).toBeGreaterThanOrEqual(18);
	});

	it('marks exactly the six Customer Contact Awards qualities as award traits', () => {
		expect(
			traits
				.filter((t) => t.award)
				.map((t) => t.id)
				.sort()
		).toEqual([...AWARD_TRAITS].sort());
	});

	it('gives tech and writing no O*NET proxy and every other trait one', () => {
		for (const t of traits) {
			const n = t.onetProxy.workStyles.length + t.onetProxy.interests.length;
			if (t.id === 'tech' || t.id === 'writing') expect(n, t.id).toBe(0);
			else expect(n, t.id).toBeGreaterThan(0);
		}
	});

	it('names each role file after its id', () => {
		const files = import.meta.glob('./data/roles/*.json', { eager: true, import: 'default' });
		const entries = Object.entries(files) as [string, { id: string }][];
		expect(entries.length).toBe(roles.length);
		for (const [path, data] of entries) expect(path).toBe(`./data/roles/${data.id}.json`);
	});

	it('covers every channel and every level', () => {
		const channels = new Set(roles.flatMap((r) => r.channels));
		for (const c of CHANNELS) expect(channels, `no role uses channel ${c}`).toContain(c);
		const levels = new Set(roles.map((r) => r.level));
		for (const l of LEVELS) expect(levels, `no role is ${l}`).toContain(l);
	});

	it('prints French titles in distinct masculine and feminine forms unless the title is epicene', () => {
		for (const r of roles) {
			const { m, f } = r.title.fr;
			if (m === f) {
				const head = m.split(/\s+/)[0]!.toLowerCase();
				expect(EPICENE_HEADS, `${r.id}: "${m}" has no feminine form`).toContain(head);
			} else {
				expect(m.toLowerCase(), r.id).not.toBe(f.toLowerCase());
			}
		}
		expect(roles.filter((r) => r.title.fr.m !== r.title.fr.f).length).toBeGreaterThan(
			roles.length / 2
		);
	});

	it('gives search synonyms in every language', () => {
		for (const r of roles)
			for (const l of ['fr', 'nl', 'en'] as const)
				expect(r.synonyms[l].length, `${r.id} ${l}`).toBeGreaterThan(0);
	});
});

describe('codes', () => {
	it('uses ESCO occupations from the reference list, with their label and ISCO group', () => {
		for (const r of roles) {
			if (!r.codes.esco) continue;
			const e = esco.get(r.codes.esco.uri);
			expect(e, `${r.id}: unknown ESCO URI`).toBeDefined();
			expect(r.codes.esco.label, r.id).toBe(e!.label.en);
			expect(r.codes.isco, r.id).toBe(e!.isco);
		}
	});

	it('uses O*NET codes from the data and ROME codes from the reference list', () => {
		for (const r of roles) {
			if (r.codes.onet) expect(onet.occupations.has(r.codes.onet), r.id).toBe(true);
			if (r.codes.rome) expect(ROME_CODES, r.id).toContain(r.codes.rome);
		}
	});
});

describe('career graph', () => {
	it('has no dangling ids, no self-links and no step listed twice', () => {
		for (const r of roles) {
			const ids = r.next.map((n) => n.role);
			expect(new Set(ids).size, r.id).toBe(ids.length);
			for (const id of ids) {
				expect(byId.has(id), `${r.id} links to unknown ${id}`).toBe(true);
				expect(id, `${r.id} links to itself`).not.toBe(r.id);
			}
		}
	});

	it('reaches every role from an entry-level role by following next', () => {
		const entry = roles.filter((r) => r.level === 'entry');
		expect(entry.length).toBeGreaterThan(0);
		const seen = new Set(entry.map((r) => r.id));
		const queue = [...seen];
		while (queue.length) {
			for (const { role: n } of byId.get(queue.shift()!)!.next)
				if (!seen.has(n)) {
					seen.add(n);
					queue.push(n);
				}
		}
		expect(roles.filter((r) => !seen.has(r.id)).map((r) => r.id)).toEqual([]);
	});

	it('gives entry-level roles no previous step and every other role one', () => {
		for (const r of roles) {
			const from = roles.filter((o) => o.next.some((n) => n.role === r.id));
			if (r.level === 'entry') expect(from, r.id).toEqual([]);
			else expect(from.length, r.id).toBeGreaterThan(0);
		}
	});
});

describe('profiles', () => {
	const vector = (r: Role) => TRAIT_IDS.map((t) => r.profile[t]);

	it('keeps every pair of roles distinguishable (cosine similarity ≤ 0.95)', () => {
		const tooClose: string[] = [];
		for (let i = 0; i < roles.length; i++)
			for (let j = i + 1; j < roles.length; j++) {
				const c = cosine(vector(roles[i]!), vector(roles[j]!));
				if (c > 0.95) tooClose.push(`${roles[i]!.id} ~ ${roles[j]!.id}: ${c.toFixed(3)}`);
			}
		expect(tooClose).toEqual([]);
	});

	it('derives every weight not listed in adjustments from O*NET', () => {
		for (const r of roles) {
			const derived: Partial<Record<TraitId, number>> = r.codes.onet
				? onetWeights(onet, r.codes.onet, proxies)
				: {};
			for (const t of TRAIT_IDS) {
				const adj = r.adjustments.find((a) => a.trait === t);
				if (adj) {
					expect(adj.onet, `${r.id}.${t}: adjustment must record the O*NET weight`).toBe(
						derived[t] ?? null
					);
					expect(r.profile[t], `${r.id}.${t}: profile must equal the adjusted weight`).toBe(
						adj.weight
					);
					expect(adj.weight, `${r.id}.${t}: an adjustment must change the weight`).not.toBe(
						adj.onet
					);
				} else {
					expect(
						derived[t],
						`${r.id}.${t}: no O*NET weight, so it must be an adjustment`
					).toBeDefined();
					expect(r.profile[t], `${r.id}.${t}: must equal the O*NET derivation`).toBe(derived[t]);
				}
			}
		}
	});

	it('gives a reason for every extreme level (≤ 0.15 or ≥ 0.85), O*NET-derived or not', () => {
		const unexplained = roles.flatMap((r) =>
			TRAIT_IDS.filter(
				(t) =>
					(r.profile[t] <= EXTREME_LOW || r.profile[t] >= EXTREME_HIGH) &&
					!r.adjustments.some((a) => a.trait === t)
			).map((t) => `${r.id}.${t} = ${r.profile[t]}`)
		);
		expect(unexplained).toEqual([]);
	});

	it('lists each trait at most once in adjustments, and always the traits without proxy', () => {
		for (const r of roles) {
			const ts = r.adjustments.map((a) => a.trait);
			expect(new Set(ts).size, r.id).toBe(ts.length);
			expect(ts, r.id).toEqual(expect.arrayContaining(['tech', 'writing']));
		}
	});

	it('explains every weak fit with O*NET and reaches the target mean correlation', () => {
		const rhos: number[] = [];
		for (const r of roles) {
			const fit = onetFit(onet, r, proxies);
			if (!fit) {
				expect(
					r.onetFitNote,
					`${r.id}: no O*NET comparison, so it needs an onetFitNote`
				).toBeDefined();
				continue;
			}
			expect(Number.isFinite(fit.rho), r.id).toBe(true);
			rhos.push(fit.rho);
			if (fit.rho < FIT_NOTE_BELOW)
				expect(
					r.onetFitNote,
					`${r.id}: Spearman ${fit.rho.toFixed(2)} needs an onetFitNote`
				).toBeDefined();
		}
		const mean = rhos.reduce((a, b) => a + b, 0) / rhos.length;
		expect(mean).toBeGreaterThanOrEqual(TARGET_MEAN_RHO);
	});
});

describe('validateContent', () => {
	const text = { fr: 'texte', nl: 'tekst', en: 'text' };
	const list = {
		fr: ['a', 'b', 'c', 'd', 'e'],
		nl: ['a', 'b', 'c', 'd', 'e'],
		en: ['a', 'b', 'c', 'd', 'e']
	};
	const traitFixture: ContentFile = {
		file: 'traits.json',
		data: TRAIT_IDS.map((id) => ({
			id,
			award: false,
			name: text,
			short: text,
			description: text,
			inContactCenter: text,
			onetProxy: { workStyles: [], interests: [] },
			scopeNote: text
		}))
	};
	const role = (over: Record<string, unknown>) => ({
		id: 'fixture-role',
		level: 'entry',
		family: 'voice',
		channels: ['chat'],
		title: { fr: { m: 'Conseiller', f: 'Conseillère' }, nl: 'Adviseur', en: 'Advisor' },
		synonyms: { fr: [], nl: [], en: [] },
		summary: text,
		day: list,
		skills: list,
		kpis: list,
		patterns: { shifts: false, remote: 'none', text },
		entry: { requirement: 'none', steps: list },
		enjoy: list,
		hard: list,
		next: [],
		listRank: 1,
		pay: 'advisor',
		lastReviewed: '2026-11-26',
		sources: ['onet-29-3'],
		codes: { esco: null, isco: '4222', onet: null, rome: null },
		profile: Object.fromEntries(TRAIT_IDS.map((t) => [t, 0.5])),
		adjustments: [],
		...over
	});

	const payAndSources = {
		sources: [
			{
				file: 'sources.json',
				data: [{ id: 'onet-29-3', title: text, publisher: 'USDOL', year: 2025 }]
			}
		],
		pay: [
			{
				file: 'pay.json',
				data: {
					figures: [],
					profiles: [
						{
							id: 'advisor',
							be: { figures: [], decides: text },
							fr: { figures: [], decides: text }
						}
					]
				}
			}
		]
	};

	it('accepts a valid inline fixture', () => {
		const out = validateContent({
			traits: [traitFixture],
			roles: [{ file: 'roles/fixture-role.json', data: role({}) }],
			questions: [],
			...payAndSources
		});
		expect(out.roles.map((r) => r.id)).toEqual(['fixture-role']);
	});

	it('reports the file, the entry id and the field of a broken fixture', () => {
		const run = () =>
			validateContent({
				traits: [traitFixture],
				roles: [
					{
						file: 'roles/broken-role.json',
						data: role({
							id: 'broken-role',
							codes: { esco: null, isco: '42', onet: null, rome: null },
							next: [{ role: 'nowhere', years: [1, 2] }]
						})
					}
				],
				questions: [],
				...payAndSources
			});
		expect(run).toThrow(ContentError);
		try {
			run();
		} catch (e) {
			const message = (e as ContentError).message;
			expect(message).toContain('roles/broken-role.json: entry "broken-role": field "codes.isco"');
			expect(message).toContain('4-digit');
		}
	});

	it('reports calibration for an unknown role or item, a role without levels, and miscounted answers', () => {
		const scaleItem = content.questions.find((q) => q.kind === 'scale')!;
		const run = () =>
			validateContent({
				traits: [traitFixture],
				roles: [{ file: 'roles/fixture-role.json', data: role({}) }],
				questions: [{ file: 'questions/scale.json', data: [scaleItem] }],
				...payAndSources,
				calibration: [
					{
						file: 'calibration.json',
						data: {
							people: 3,
							shrinkage: 1,
							levels: { 'old-role': Object.fromEntries(TRAIT_IDS.map((t) => [t, 0.5])) },
							answered: {
								'old-role': {},
								'fixture-role': { 'old-item': [1, 2], [scaleItem.id]: [0, 1, 2] }
							}
						}
					}
				]
			});
		expect(run).toThrow('calibration.json: field "levels": unknown role "old-role"');
		expect(run).toThrow(
			'calibration.json: field "levels": no levels for role "fixture-role" (run npm run fit:levels)'
		);
		expect(run).toThrow('calibration.json: field "answered": unknown role "old-role"');
		expect(run).toThrow('calibration.json: field "answered.fixture-role": unknown item "old-item"');
		expect(run).toThrow(
			`calibration.json: field "answered.fixture-role.${scaleItem.id}": 3 counts for 5 answers (run npm run fit:levels)`
		);
	});

	it('reports a link to an unknown role with file, entry and field', () => {
		expect(() =>
			validateContent({
				traits: [traitFixture],
				roles: [
					{
						file: 'roles/fixture-role.json',
						data: role({ next: [{ role: 'nowhere', years: [1, 2] }] })
					}
				],
				questions: [],
				...payAndSources
			})
		).toThrow(
			'roles/fixture-role.json: entry "fixture-role": field "next": unknown role "nowhere"'
		);
	});
});

describe('about the data texts', () => {
	const keys = (o: object, prefix = ''): string[] =>
		Object.entries(o).flatMap(([k, v]) =>
			typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]
		);

	it('have the same keys in French, Dutch and English', () => {
		expect(keys(aboutFr).sort()).toEqual(keys(aboutEn).sort());
		expect(keys(aboutNl).sort()).toEqual(keys(aboutEn).sort());
	});

	it('carry the O*NET attribution and the review date', () => {
		expect(aboutEn.sections.onet.attribution).toContain(
			'Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.'
		);
		for (const a of [aboutFr, aboutNl, aboutEn]) {
			expect(a.lastReviewed).toBe('2026-11-26');
			expect(a.sections.onet.attribution).toContain('O*NET 29.3');
			expect(a.sections.review.body).toContain('{{date}}');
		}
	});
});
