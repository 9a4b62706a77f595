/**
 * Career steps between roles. Each role lists where it usually leads (`next`, most common first,
 * with the typical years before the move); where people come from is derived from those lists, so
 * role pages and the career map read one source.
 */
import type { Role } from '../content/schema';

export type Step = { role: string; years: readonly [number, number] };

/** The roles that lead to this one, with the years before the move, in the catalogue's order. */
export function comesFrom(id: string, roles: readonly Pick<Role, 'id' | 'next'>[]): Step[] {
	return roles.flatMap((r) =>
		r.next.filter((n) => n.role === id).map((n) => ({ role: r.id, years: n.years }))
	);
}

/** How many next steps an entry role shows first, as its most common ones. */
export const MAIN_NEXT_STEPS = 3;
