/**
 * What a role page shows, in one locale: the role's content joined with its pay, rules, sources,
 * traits, career steps and codes. Plain data, computed on the server (the page has no Svelte client).
 */
import type { Content } from '../content/validate';
import { escoLabel, roleTitle } from '../content/localize';
import { esco } from '../content/onet/data';
import type { Role } from '../content/schema';
import type { Locale } from '../i18n/locales';
import { percent, rankedTraits, weightBand } from './cards';
import { comesFrom, MAIN_NEXT_STEPS, type Step } from './career';
import { compareHref, type RoleLink } from './compare';
import { countryOrder, payHints, rolePay, sourceView } from './pay';
import { onetUrl, romeUrl } from './jsonld';
import { searchTerms } from './search';
import { closestRoles } from './similarity';
import { firstSentence } from './text';
import { paths } from '../paths';

export const roleLink = (role: Role, locale: Locale): RoleLink => ({
	id: role.id,
	title: roleTitle(role, locale),
	href: paths.role(locale, role.id)
});

/** For an unknown role id: the roles whose names come closest, as links. */
export function roleSuggestions(
	roles: readonly Role[],
	id: string,
	locale: Locale
): Omit<RoleLink, 'id'>[] {
	const byId = new Map(roles.map((r) => [r.id, r]));
	const candidates = roles.map((r) => ({ id: r.id, terms: searchTerms(r) }));
	return closestRoles(id.slice(0, 100), candidates).map((found) => {
		const { title, href } = roleLink(byId.get(found)!, locale);
		return { title, href };
	});
}

export type RoleView = ReturnType<typeof roleView>;

export function roleView(content: Content, role: Role, locale: Locale) {
	const byId = new Map(content.roles.map((r) => [r.id, r]));
	const links = (ids: readonly string[]) =>
		ids.flatMap((id) => {
			const found = byId.get(id);
			return found ? [roleLink(found, locale)] : [];
		});
	const steps = (list: readonly Step[]) =>
		list.map((s) => ({ ...roleLink(byId.get(s.role)!, locale), years: s.years }));
	const previous = comesFrom(role.id, content.roles);
	const pay = rolePay(role, { ...content.pay, sources: content.sources }, locale);
	const rules = countryOrder(locale).flatMap((country) =>
		(role.rules ?? []).filter((r) => r.country === country)
	);
	const sourceIds = new Set([
		...role.sources,
		...rules.flatMap((r) => r.sources),
		...pay.flatMap((p) => p.figures.map((f) => f.source.id))
	]);
	const sourcesOf = (ids: readonly string[]) =>
		content.sources.filter((s) => ids.includes(s.id)).map((s) => sourceView(s, locale));
	const escoOccupation = role.codes.esco ? esco.get(role.codes.esco.uri) : undefined;
	// Natural comparisons first: where the role comes from and leads to, then its level's peers.
	const compareIds = [
		...new Set([
			...previous.map((s) => s.role),
			...role.next.map((s) => s.role),
			...content.roles.filter((r) => r.level === role.level).map((r) => r.id)
		])
	]
		.filter((id) => id !== role.id && byId.has(id))
		.slice(0, 6);
	const format = new Intl.NumberFormat(locale, { style: 'percent' });

	return {
		id: role.id,
		title: roleTitle(role, locale),
		level: role.level,
		family: role.family,
		channels: role.channels,
		summary: role.summary[locale],
		description: firstSentence(role.summary[locale]),
		day: role.day[locale],
		skills: role.skills[locale],
		kpis: role.kpis[locale],
		patterns: {
			shifts: role.patterns.shifts,
			remote: role.patterns.remote,
			text: role.patterns.text[locale]
		},
		entry: {
			requirement: role.entry.requirement,
			qualification: role.entry.qualification
				? { name: role.entry.qualification.name[locale], rncp: role.entry.qualification.rncp }
				: null,
			experience: role.entry.experience
				? {
						roles: links(role.entry.experience.roles),
						years: role.entry.experience.years
					}
				: null,
			steps: role.entry.steps[locale]
		},
		enjoy: role.enjoy[locale],
		hard: role.hard[locale],
		pay,
		payHints: payHints(pay),
		lastReviewed: role.lastReviewed,
		sources: sourcesOf([...sourceIds]),
		rules: rules.map((r) => ({
			country: r.country,
			text: r.text[locale],
			sources: sourcesOf(r.sources)
		})),
		traits: rankedTraits(role.profile, content.traits, locale).map((t) => ({
			...t,
			percent: percent(t.weight),
			value: format.format(percent(t.weight) / 100),
			band: weightBand(t.weight)
		})),
		previous: steps(previous),
		next: steps(role.next),
		/** Entry roles show their most common next steps first, the others after. */
		mainNext: role.level === 'entry' ? MAIN_NEXT_STEPS : role.next.length,
		compare: links(compareIds).map((other) => ({
			...other,
			href: compareHref(locale, [role.id, other.id])
		})),
		codes: {
			esco: role.codes.esco
				? {
						uri: role.codes.esco.uri,
						label: escoOccupation ? escoLabel(escoOccupation.label, locale) : role.codes.esco.label
					}
				: null,
			isco: role.codes.isco,
			onet: role.codes.onet ? { code: role.codes.onet, href: onetUrl(role.codes.onet) } : null,
			rome: role.codes.rome ? { code: role.codes.rome, href: romeUrl(role.codes.rome) } : null
		}
	};
}
