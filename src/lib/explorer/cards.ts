/** Role cards and the trait figures the explorer shows: pure view models built from content. */
import type { Locale } from '../i18n/locales';
import { roleTitle } from '../content/localize';
import {
	LEVELS,
	TRAIT_IDS,
	type Channel,
	type Family,
	type Role,
	type Trait,
	type TraitId
} from '../content/schema';
import { firstSentence } from './text';
import type { FilterEntry } from './filters';
import { searchTerms, type SearchDoc } from './search';
import { payHints, rolePay, type PayContent, type PayHint } from './pay';
import type { ResolvedPathname } from '$app/types';
import { paths } from '../paths';

export type Level = (typeof LEVELS)[number];
export type TraitWeight = { id: TraitId; name: string; weight: number };
export type WeightBand = 'essential' | 'high' | 'medium' | 'low' | 'minimal';

export type RoleCard = {
	id: string;
	href: ResolvedPathname;
	title: string;
	summary: string;
	level: Level;
	family: Family;
	channels: Channel[];
	topTraits: TraitWeight[];
	noDegree: boolean;
	pay: PayHint[];
};

/** How a weight reads in words; the bands are the ones the role page's legend describes. */
export function weightBand(weight: number): WeightBand {
	if (weight >= 0.8) return 'essential';
	if (weight >= 0.6) return 'high';
	if (weight >= 0.4) return 'medium';
	if (weight >= 0.2) return 'low';
	return 'minimal';
}

/** A weight as a whole percentage, 0..100. */
export const percent = (weight: number): number =>
	Math.round(Math.min(1, Math.max(0, weight)) * 100);

/** Every trait of a profile, most asked-for first (ties keep the traits' own order). */
export function rankedTraits(
	profile: Role['profile'],
	traits: readonly Trait[],
	locale: Locale
): TraitWeight[] {
	const names = new Map(traits.map((t) => [t.id, t.name[locale]]));
	return TRAIT_IDS.map((id) => ({ id, name: names.get(id) ?? id, weight: profile[id] }))
		.map((t, index) => ({ t, index }))
		.sort((a, b) => b.t.weight - a.t.weight || a.index - b.index)
		.map(({ t }) => t);
}

/** The traits a role asks a lot of (weight ≥ 0.6), and at least its three strongest. */
export function strongTraits(profile: Role['profile']): TraitId[] {
	const ranked = [...TRAIT_IDS].sort((a, b) => profile[b] - profile[a]);
	return ranked.filter((id, i) => i < 3 || profile[id] >= 0.6);
}

/** Whether someone can start in the role without any diploma. */
export const canStartWithoutDiploma = (role: Pick<Role, 'entry'>): boolean =>
	role.entry.requirement === 'none';

const levelIndex = (level: Level) => LEVELS.indexOf(level);

/**
 * Roles in the explorer's order: by level, then the most common first (`listRank`), then by title
 * in the locale's alphabet.
 */
export function sortRoles<R extends Pick<Role, 'level' | 'title' | 'listRank'>>(
	roles: readonly R[],
	locale: Locale
): R[] {
	return [...roles].sort(
		(a, b) =>
			levelIndex(a.level) - levelIndex(b.level) ||
			a.listRank - b.listRank ||
			roleTitle(a, locale).localeCompare(roleTitle(b, locale), locale)
	);
}

export function roleCards(
	roles: readonly Role[],
	traits: readonly Trait[],
	pay: PayContent,
	locale: Locale
): RoleCard[] {
	return sortRoles(roles, locale).map((role) => ({
		id: role.id,
		href: paths.role(locale, role.id),
		title: roleTitle(role, locale),
		summary: firstSentence(role.summary[locale]),
		level: role.level,
		family: role.family,
		channels: role.channels,
		topTraits: rankedTraits(role.profile, traits, locale).slice(0, 3),
		noDegree: canStartWithoutDiploma(role),
		pay: payHints(rolePay(role, pay, locale))
	}));
}

/** What the roles list's script needs to filter and search, in the cards' order. */
export function filterIndex(roles: readonly Role[], locale: Locale): (FilterEntry & SearchDoc)[] {
	return sortRoles(roles, locale).map((role) => ({
		id: role.id,
		level: role.level,
		channels: [...role.channels],
		traits: strongTraits(role.profile),
		noDegree: canStartWithoutDiploma(role),
		terms: searchTerms(role)
	}));
}
