/**
 * The facts people decide on, checked over the real catalogue: pay with source and year, a truthful
 * "no diploma" flag, career steps, review dates, current rules and French typography.
 */
import { describe, expect, it } from 'vitest';
import { content } from './catalogue';
import { escoLabel } from './localize';
import { esco } from './onet/data';
import { comesFrom, MAIN_NEXT_STEPS } from '../explorer/career';
import { canStartWithoutDiploma } from '../explorer/cards';
import { frenchSpacingProblem } from '../i18n/typography';
import { messages } from '../server/messages';

const { roles, sources, pay } = content;
const byId = new Map(roles.map((r) => [r.id, r]));
const sourceById = new Map(sources.map((s) => [s.id, s]));

describe('pay', () => {
	it('gives every figure a known source and a year, and says what it measures', () => {
		expect(pay.figures.length).toBeGreaterThan(0);
		for (const f of pay.figures) {
			expect(sourceById.get(f.source), `${f.id}: source`).toBeDefined();
			expect(Number.isInteger(f.year), `${f.id}: year`).toBe(true);
			for (const l of ['fr', 'nl', 'en'] as const)
				expect(f.basis[l].length, f.id).toBeGreaterThan(20);
		}
	});

	it('covers both countries for every role, and says so where no figure was found', () => {
		for (const r of roles) {
			const profile = pay.profiles.find((p) => p.id === r.pay)!;
			for (const country of ['be', 'fr'] as const) {
				const { figures, decides } = profile[country];
				if (!figures.length)
					expect(decides.en, `${r.id} ${country}`).toContain('no public, dated figure');
			}
		}
	});

	it('shows a starting figure for every role open without a diploma', () => {
		for (const r of roles.filter(canStartWithoutDiploma)) {
			const profile = pay.profiles.find((p) => p.id === r.pay)!;
			const figures = [...profile.be.figures, ...profile.fr.figures];
			const stages = figures.map((id) => pay.figures.find((f) => f.id === id)!.stage);
			expect(stages, r.id).toContain('start');
		}
	});
});

describe('what it takes to start', () => {
	it('lets only entry-level roles start without a diploma', () => {
		const open = roles.filter(canStartWithoutDiploma).map((r) => r.id);
		expect(open.length).toBeGreaterThan(0);
		expect(open.length).toBeLessThan(roles.length);
		for (const id of open) expect(byId.get(id)!.level, id).toBe('entry');
		for (const id of ['cx-manager', 'team-leader', 'trainer', 'data-analyst'])
			expect(open, id).not.toContain(id);
	});

	it('names the qualification with its RNCP level where one is required', () => {
		for (const r of roles.filter((r) => r.entry.requirement === 'qualification'))
			expect(r.entry.qualification?.rncp, r.id).toBeGreaterThanOrEqual(3);
		expect(byId.get('trainer')!.entry.qualification?.rncp).toBe(5);
	});

	it('shows the route in as steps in every language', () => {
		for (const r of roles) expect(r.entry.steps.en.length, r.id).toBeGreaterThan(0);
	});
});

describe('where it leads', () => {
	it('links the advisor to team leader, quality coach and trainer, team leader among the first steps', () => {
		const next = byId.get('customer-service-advisor')!.next.map((n) => n.role);
		expect(next).toEqual(expect.arrayContaining(['team-leader', 'quality-coach', 'trainer']));
		expect(next.slice(0, MAIN_NEXT_STEPS)).toContain('team-leader');
	});

	it('gives every entry role at least two next steps, each with a typical span in years', () => {
		for (const r of roles.filter((r) => r.level === 'entry')) {
			expect(r.next.length, r.id).toBeGreaterThanOrEqual(2);
			for (const n of r.next) expect(n.years[1], `${r.id} → ${n.role}`).toBeGreaterThan(0);
		}
	});

	it('derives where people come from out of the next steps', () => {
		const from = comesFrom('team-leader', roles).map((s) => s.role);
		expect(from).toEqual(expect.arrayContaining(['customer-service-advisor', 'senior-advisor']));
		for (const id of from)
			expect(
				byId.get(id)!.next.map((n) => n.role),
				id
			).toContain('team-leader');
	});
});

describe('review and sources', () => {
	it('gives every role a review date and known sources', () => {
		for (const r of roles) {
			expect(r.lastReviewed, r.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			for (const id of r.sources) expect(sourceById.has(id), `${r.id}: ${id}`).toBe(true);
		}
	});

	it('gives every source a year', () => {
		for (const s of sources) expect(Number.isInteger(s.year), s.id).toBe(true);
	});
});

describe('current rules', () => {
	const telesales = byId.get('telesales-agent')!;

	it('states the French consent rule and the Belgian rule separately, with sources', () => {
		const rules = telesales.rules ?? [];
		expect(rules.map((r) => r.country).sort()).toEqual(['be', 'fr']);
		const fr = rules.find((r) => r.country === 'fr')!;
		expect(fr.text.en).toContain('11 August 2026');
		expect(fr.text.en).toContain('consent');
		const be = rules.find((r) => r.country === 'be')!;
		expect(be.text.en).toMatch(/Do not call me/);
		expect(be.text.nl).toContain('Bel-me-niet-meer');
		expect(be.text.fr).toContain('Ne m’appelez plus');
	});

	it('no longer presents opt-out lists as the French rule', () => {
		const texts = JSON.stringify({ ...telesales, rules: undefined });
		expect(texts).not.toMatch(/listes d’opposition|Bloctel/);
	});
});

describe('ESCO labels', () => {
	it('exist in French and Dutch for every role with an ESCO code', () => {
		for (const r of roles) {
			if (!r.codes.esco) continue;
			const e = esco.get(r.codes.esco.uri)!;
			expect(escoLabel(e.label, 'nl'), r.id).toBe(e.label.nl);
			expect(escoLabel(e.label, 'fr'), r.id).not.toMatch(/\S\/\S/);
		}
		expect(
			escoLabel(
				esco.get('http://data.europa.eu/esco/occupation/b7b75eb6-34bc-462d-b412-eed393cc1397')!
					.label,
				'fr'
			)
		).toBe('agent / agente d’information de centre de contact clients');
	});
});

describe('search synonyms', () => {
	it('lists at least five job-ad titles per role in every language', () => {
		for (const r of roles)
			for (const l of ['fr', 'nl', 'en'] as const)
				expect(r.synonyms[l].length, `${r.id} ${l}`).toBeGreaterThanOrEqual(5);
	});
});

describe('French typography', () => {
	const strings = (value: unknown): string[] =>
		typeof value === 'string'
			? [value]
			: Array.isArray(value)
				? value.flatMap(strings)
				: value && typeof value === 'object'
					? Object.values(value).flatMap(strings)
					: [];
	/** The French side of every text in each locale ({ fr, nl, en }). */
	const frenchOf = (value: unknown): string[] =>
		Array.isArray(value)
			? value.flatMap(frenchOf)
			: value && typeof value === 'object'
				? 'fr' in value && 'nl' in value && 'en' in value
					? strings(value.fr)
					: Object.values(value).flatMap(frenchOf)
				: [];

	it('spaces punctuation the French way in every French content text', () => {
		const texts = frenchOf([
			content.roles,
			content.traits,
			content.questions,
			content.pay,
			content.sources
		]);
		expect(texts.length).toBeGreaterThan(500);
		const problems = texts.flatMap((t) => frenchSpacingProblem(t) ?? []);
		expect(problems).toEqual([]);
	});

	it('leaves Dutch and English texts as written', () => {
		const pay = content.pay.profiles.find((p) => p.id === 'lead')!;
		expect(pay.fr.decides.en).toContain('your scope; a variable part');
	});

	it('spaces punctuation the French way in every French interface text', () => {
		const all = messages('fr', ['common', 'home', 'quiz', 'roles', 'about', 'pages', 'recruiters']);
		const problems = strings(all).flatMap((t) => frenchSpacingProblem(t) ?? []);
		expect(strings(all).length).toBeGreaterThan(100);
		expect(problems).toEqual([]);
	});
});
