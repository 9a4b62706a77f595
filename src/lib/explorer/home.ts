/**
 * What the home page shows, computed from the content: the role families with their roles, typical
 * progressions from a first job on the phone, and a few sector facts, each with its source.
 */
import type { Locale } from '../i18n/locales';
import { roleTitle } from '../content/localize';
import { FAMILIES, type Family, type Role, type Source } from '../content/schema';
import { sortRoles } from './cards';
import { sourceView, type SourceView } from './pay';

export type FamilyView = { id: Family; roles: { id: string; title: string }[] };

/** Every family that has roles, in the schema's order, its roles in the explorer's order. */
export function familyViews(roles: readonly Role[], locale: Locale): FamilyView[] {
	const sorted = sortRoles(roles, locale);
	return FAMILIES.map((id) => ({
		id,
		roles: sorted
			.filter((r) => r.family === id)
			.map((r) => ({ id: r.id, title: roleTitle(r, locale) }))
	})).filter((f) => f.roles.length > 0);
}

/**
 * Typical careers that start on the phone. Each consecutive pair must be a step a role lists in
 * `next`: the years shown are that step's, so the strip says nothing the role data does not.
 */
export const PROGRESSIONS: readonly (readonly string[])[] = [
	['customer-service-advisor', 'team-leader', 'operations-manager'],
	['customer-service-advisor', 'quality-coach', 'trainer'],
	['customer-service-advisor', 'senior-advisor', 'workforce-planner', 'data-analyst']
];

export type ProgressionStep = {
	id: string;
	title: string;
	years: readonly [number, number] | null;
};

/** The progressions with titles and the typical years before each move; throws on a step the data lacks. */
export function progressions(
	roles: readonly Role[],
	locale: Locale,
	paths: readonly (readonly string[])[] = PROGRESSIONS
): ProgressionStep[][] {
	const byId = new Map(roles.map((r) => [r.id, r]));
	const role = (id: string) => {
		const found = byId.get(id);
		if (!found) throw new Error(`progression: unknown role "${id}"`);
		return found;
	};
	return paths.map((path) =>
		path.map((id, i) => {
			if (i === 0) return { id, title: roleTitle(role(id), locale), years: null };
			const step = role(path[i - 1]!).next.find((n) => n.role === id);
			if (!step) throw new Error(`progression: "${path[i - 1]}" does not lead to "${id}"`);
			return { id, title: roleTitle(role(id), locale), years: step.years };
		})
	);
}

/** Where a fact comes from: a published source, or this site's role profiles as last reviewed. */
export type FactSource = { kind: 'published'; view: SourceView } | { kind: 'roles'; year: number };

/** A sector fact: its text is a translation key; its figure comes from the source named here. */
export type HomeFact = {
	key: 'jobs' | 'contacted' | 'noDiploma';
	count?: number;
	total?: number;
	source: FactSource;
};

/** Facts from the reference sources, and one counted from the role data itself. */
export function homeFacts(
	roles: readonly Role[],
	sources: readonly Source[],
	locale: Locale
): HomeFact[] {
	const published = (id: string): FactSource => {
		const found = sources.find((s) => s.id === id);
		if (!found) throw new Error(`home fact: unknown source "${id}"`);
		return { kind: 'published', view: sourceView(found, locale) };
	};
	const noDiploma = roles.filter((r) => r.entry.requirement === 'none').length;
	const reviewed = Math.max(...roles.map((r) => Number(r.lastReviewed.slice(0, 4))));
	return [
		{ key: 'jobs', source: published('sp2c-ey-2021') },
		{ key: 'contacted', source: published('bva-escda-2021') },
		{
			key: 'noDiploma',
			count: noDiploma,
			total: roles.length,
			source: { kind: 'roles', year: reviewed }
		}
	];
}
