import { content } from '$lib/content/catalogue';
import { escoLabel, roleTitle } from '$lib/content/localize';
import { esco } from '$lib/content/onet/data';
import type { Role } from '$lib/content/schema';
import { percent, rankedTraits, weightBand } from '$lib/explorer/cards';
import { comesFrom, MAIN_NEXT_STEPS, type Step } from '$lib/explorer/career';
import { compareHref, type RoleLink } from '$lib/explorer/compare';
import { countryOrder, payHints, rolePay, sourceView } from '$lib/explorer/pay';
import { jsonForScript, occupationJsonLd, onetUrl, romeUrl } from '$lib/explorer/jsonld';
import { firstSentence } from '$lib/explorer/text';
import { LOCALES, type Locale } from '$lib/i18n/locales';
import { messages, recruiterMessages } from '$lib/server/messages';
import { roleNotFound } from '$lib/server/role-not-found';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every known role is prerendered in every language; any other id reaches the server at runtime,
// which answers with a 404 that suggests the closest roles ('auto' keeps the route on the server).
export const prerender = 'auto';

export const entries: EntryGenerator = () =>
	LOCALES.flatMap((lang) => content.roles.map((role) => ({ lang, id: role.id })));

const link = (role: Role, locale: Locale): RoleLink => ({
	id: role.id,
	title: roleTitle(role, locale),
	href: `/${locale}/roles/${role.id}`
});

export const load: PageServerLoad = ({ params, url }) => {
	const locale = params.lang;
	const role = content.roles.find((r) => r.id === params.id);
	if (!role) roleNotFound(params.id, locale);

	const byId = new Map(content.roles.map((r) => [r.id, r]));
	const links = (ids: readonly string[]) =>
		ids.flatMap((id) => {
			const found = byId.get(id);
			return found ? [link(found, locale)] : [];
		});
	const steps = (list: readonly Step[]) =>
		list.map((s) => ({ ...link(byId.get(s.role)!, locale), years: s.years }));
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
	const pageUrl = new URL(url.pathname, url.origin).href;

	return {
		messages: { ...messages(locale, ['roles']), ...recruiterMessages(locale, ['banner']) },
		role: {
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
							label: escoOccupation
								? escoLabel(escoOccupation.label, locale)
								: role.codes.esco.label
						}
					: null,
				isco: role.codes.isco,
				onet: role.codes.onet ? { code: role.codes.onet, href: onetUrl(role.codes.onet) } : null,
				rome: role.codes.rome ? { code: role.codes.rome, href: romeUrl(role.codes.rome) } : null
			}
		},
		compareHref: compareHref(locale, [role.id]),
		jsonLd: jsonForScript(occupationJsonLd(role, locale, pageUrl))
	};
};
