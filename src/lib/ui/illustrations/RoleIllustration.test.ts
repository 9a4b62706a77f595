import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { content } from '$lib/content/catalogue';
import FamilyIllustration from './FamilyIllustration.svelte';
import RoleIllustration from './RoleIllustration.svelte';
import { ROLE_SCENES } from './role-scenes';

/** The inline SVG a page carries for one role, as the server renders it. */
function svgOf(role: { id: string; family: (typeof content.roles)[number]['family'] }): string {
	const svg = render(RoleIllustration, { props: { role, size: 'sm' } }).body.match(
		/<svg[\s\S]*<\/svg>/
	);
	if (!svg) throw new Error(`no SVG for ${role.id}`);
	return svg[0];
}

const css = readFileSync(new URL('../global.css', import.meta.url), 'utf8');
const drawn = content.roles.map((role) => ({ id: role.id, svg: svgOf(role) }));

describe('RoleIllustration', () => {
	it('draws a scene of its own for every role in the content', () => {
		expect(Object.keys(ROLE_SCENES).sort()).toEqual(content.roles.map((r) => r.id).sort());
		const owners = new Map<string, string>();
		for (const { id, svg } of drawn) {
			expect(owners.get(svg), `${id} looks exactly like ${owners.get(svg)}`).toBeUndefined();
			owners.set(svg, id);
		}
		expect(owners.size).toBe(content.roles.length);
	});

	it('is decorative: hidden from screen readers and never focused, with no text of its own', () => {
		for (const { id, svg } of drawn) {
			expect(svg, id).toMatch(/^<svg [^>]*aria-hidden="true"/);
			expect(svg, id).toMatch(/^<svg [^>]*focusable="false"/);
			expect(svg, id).not.toMatch(/<(title|desc|text)\b|\brole=|aria-label/);
		}
	});

	it('shows people at work: at least one person in every scene, not always with a headset', () => {
		const people = (svg: string) => svg.match(/<g transform="translate/g)?.length ?? 0;
		const headsets = (svg: string) => svg.match(/M-13 2a13 13 0 0 1 26 0/g)?.length ?? 0;
		for (const { id, svg } of drawn) expect(people(svg), id).toBeGreaterThan(0);
		const everyone = drawn.reduce((n, { svg }) => n + people(svg), 0);
		const withHeadset = drawn.reduce((n, { svg }) => n + headsets(svg), 0);
		expect(withHeadset).toBeLessThan(everyone / 2);
	});

	it('colours everything with illustration classes, which follow the light and dark themes', () => {
		// Inside the frame (`<svg class="ill sm">`): every class is one of the `.ill .x` rules.
		const inside = (svg: string) => svg.slice(svg.indexOf('>'));
		const classes = new Set(
			drawn.flatMap(({ svg }) =>
				[...inside(svg).matchAll(/class="([^"]+)"/g)].flatMap((m) => m[1]!.split(' '))
			)
		);
		expect(classes.size).toBeGreaterThan(10);
		for (const cls of classes) expect(css, cls).toMatch(new RegExp(`\\.ill \\.${cls}[ ,]`));
		for (const { id, svg } of drawn) expect(svg, id).not.toMatch(/fill="|stroke="|style="/);
	});

	it('stays small: every role on the roles list within the 40 kB of illustrations a page may ship', () => {
		const sizes = drawn.map(({ svg }) => svg.length);
		expect(Math.max(...sizes)).toBeLessThan(4000);
		expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(40_000);
	});

	it("falls back to the family's illustration for a role without a scene", () => {
		const role = { id: 'not-drawn-yet', family: 'support' as const };
		const family = render(FamilyIllustration, { props: { family: 'support', size: 'sm' } }).body;
		expect(svgOf(role)).toBe(family.match(/<svg[\s\S]*<\/svg>/)![0]);
	});
});
