import { describe, expect, it } from 'vitest';
import { content } from '../content/catalogue';
import { LOCALES } from '../i18n/locales';
import { roleSuggestions, roleView } from './role-view';

const ids = new Set(content.roles.map((r) => r.id));
const byId = (id: string) => content.roles.find((r) => r.id === id)!;

describe('roleView', () => {
	it('links only to known roles, in the page’s language', () => {
		for (const locale of LOCALES)
			for (const role of content.roles) {
				const view = roleView(content, role, locale);
				const links = [...view.previous, ...view.next, ...view.compare];
				for (const link of [...view.previous, ...view.next]) {
					expect(ids.has(link.id)).toBe(true);
					expect(link.href).toBe(`/${locale}/roles/${link.id}`);
				}
				expect(links.length).toBeGreaterThan(0);
			}
	});

	it('offers up to six comparisons with other roles, this one first in each', () => {
		for (const role of content.roles) {
			const { compare } = roleView(content, role, 'en');
			expect(compare.length).toBeLessThanOrEqual(6);
			for (const other of compare) {
				expect(other.id).not.toBe(role.id);
				expect(other.href).toBe(`/en/compare?roles=${role.id},${other.id}`);
			}
		}
	});

	it('lists every source its pay figures and rules cite', () => {
		for (const role of content.roles) {
			const view = roleView(content, role, 'fr');
			const listed = new Set(view.sources.map((s) => s.id));
			for (const figure of view.pay.flatMap((p) => p.figures))
				expect(listed).toContain(figure.source.id);
			for (const rule of view.rules) for (const s of rule.sources) expect(listed).toContain(s.id);
		}
	});

	it('gives French titles in both forms and traits strongest first', () => {
		const role = byId('team-leader');
		const view = roleView(content, role, 'fr');
		expect(view.title).toContain(' / ');
		const weights = view.traits.map((t) => t.weight);
		expect(weights).toEqual([...weights].sort((a, b) => b - a));
		expect(view.summary).toBe(role.summary.fr);
	});
});

describe('roleSuggestions', () => {
	it('suggests the role a mistyped id was meant to be', () => {
		expect(roleSuggestions(content.roles, 'team-lader', 'nl')[0]).toEqual({
			title: byId('team-leader').title.nl,
			href: '/nl/roles/team-leader'
		});
	});
});
