/** Side-by-side comparison: which roles the query asks for, and the rows that align them. */
import type { Locale } from '../i18n/locales';
import { roleTitle } from '../content/localize';
import type { Channel, Role, Trait, TraitId } from '../content/schema';
import { canStartWithoutDiploma, type Level } from './cards';
import { comesFrom } from './career';
import type { ResolvedPathname } from '$app/types';
import { paths } from '../paths';

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 3;

export type CompareSelection = {
	/** Known ids to show, in the order asked, at most MAX_COMPARE. */
	ids: string[];
	/** Ids asked for that are not roles. */
	unknown: string[];
	/** More than MAX_COMPARE known roles were asked for. */
	tooMany: boolean;
};

/**
 * Reads `?roles=a,b,c` (or `roles=a&roles=b`, as the picker form sends it): ids are trimmed and
 * deduplicated, unknown ones reported, and only the first MAX_COMPARE known ones kept.
 */
export function parseCompareIds(
	params: URLSearchParams,
	known: ReadonlySet<string>
): CompareSelection {
	const asked = [
		...new Set(
			params
				.getAll('roles')
				.flatMap((value) => value.split(','))
				.map((id) => id.trim().toLowerCase())
				.filter(Boolean)
		)
	].slice(0, 20);
	const valid = asked.filter((id) => known.has(id));
	return {
		ids: valid.slice(0, MAX_COMPARE),
		unknown: asked.filter((id) => !known.has(id)).map((id) => id.slice(0, 60)),
		tooMany: valid.length > MAX_COMPARE
	};
}

/** The compare URL for a set of ids. */
export const compareHref = paths.compare;

export type RoleLink = { id: string; title: string; href: ResolvedPathname };

export type CompareCell =
	| { kind: 'level'; level: Level }
	| { kind: 'channels'; channels: Channel[] }
	| { kind: 'text'; text: string }
	| { kind: 'list'; items: string[] }
	| { kind: 'weight'; weight: number }
	| { kind: 'yesNo'; value: boolean }
	| { kind: 'remote'; value: Role['patterns']['remote'] }
	| { kind: 'roles'; roles: RoleLink[] };

export type CompareRow = {
	/** A translation key for the row header (`compare.rows.*`), or a trait id for trait rows. */
	key: string;
	/** The header text when it comes from content (trait names). */
	label?: string;
	cells: CompareCell[];
};

export type CompareSection = {
	key: 'overview' | 'traits' | 'work' | 'entry' | 'career';
	rows: CompareRow[];
};

/** The comparison, section by section, one cell per role in each row. */
export function compareRows(
	roles: readonly Role[],
	allRoles: readonly Role[],
	traits: readonly Trait[],
	locale: Locale
): CompareSection[] {
	const byId = new Map(allRoles.map((r) => [r.id, r]));
	const links = (ids: readonly string[]): RoleLink[] =>
		ids.flatMap((id) => {
			const role = byId.get(id);
			return role ? [{ id, title: roleTitle(role, locale), href: paths.role(locale, id) }] : [];
		});
	const row = (key: string, cell: (role: Role) => CompareCell, label?: string): CompareRow => ({
		key,
		...(label === undefined ? {} : { label }),
		cells: roles.map(cell)
	});
	// Traits in order of how much the compared roles ask of them together: the telling rows first.
	const total = (id: TraitId) => roles.reduce((sum, r) => sum + r.profile[id], 0);
	const traitRows = [...traits]
		.map((t, index) => ({ t, index }))
		.sort((a, b) => total(b.t.id) - total(a.t.id) || a.index - b.index)
		.map(({ t }) =>
			row(t.id, (r) => ({ kind: 'weight', weight: r.profile[t.id] }), t.name[locale])
		);

	return [
		{
			key: 'overview',
			rows: [
				row('summary', (r) => ({ kind: 'text', text: r.summary[locale] })),
				row('level', (r) => ({ kind: 'level', level: r.level })),
				row('channels', (r) => ({ kind: 'channels', channels: r.channels }))
			]
		},
		{ key: 'traits', rows: traitRows },
		{
			key: 'work',
			rows: [
				row('skills', (r) => ({ kind: 'list', items: r.skills[locale] })),
				row('kpis', (r) => ({ kind: 'list', items: r.kpis[locale] })),
				row('shifts', (r) => ({ kind: 'yesNo', value: r.patterns.shifts })),
				row('remote', (r) => ({ kind: 'remote', value: r.patterns.remote })),
				row('enjoy', (r) => ({ kind: 'list', items: r.enjoy[locale] })),
				row('hard', (r) => ({ kind: 'list', items: r.hard[locale] }))
			]
		},
		{
			key: 'entry',
			rows: [
				row('noDegree', (r) => ({ kind: 'yesNo', value: canStartWithoutDiploma(r) })),
				row('entryRoutes', (r) => ({ kind: 'list', items: r.entry.steps[locale] }))
			]
		},
		{
			key: 'career',
			rows: [
				row('previous', (r) => ({
					kind: 'roles',
					roles: links(comesFrom(r.id, allRoles).map((s) => s.role))
				})),
				row('next', (r) => ({ kind: 'roles', roles: links(r.next.map((s) => s.role)) }))
			]
		}
	];
}
