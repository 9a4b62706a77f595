/**
 * What an organizer sees of a group: counts and averages over the shared summaries. Breakdowns
 * appear only from MIN_SHARES summaries on, so no single person can be singled out.
 */
import { FIT_BANDS, type AnonymousSummary, type FitBand } from './summary';

export const MIN_SHARES = 5;

export type Tally = { id: string; count: number };
export type TraitStat = { id: string; mean: number; spread: number };
export type GroupReport = {
	participants: number;
	/** False below MIN_SHARES: then every breakdown is empty. */
	shown: boolean;
	topRoles: Tally[];
	inTopThree: Tally[];
	startNow: Tally[];
	traits: TraitStat[];
	awards: Tally[];
	target: Record<FitBand, number> | null;
	stages: Tally[];
};

function tally(ids: (string | null | undefined)[]): Tally[] {
	const counts = new Map<string, number>();
	for (const id of ids) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
	return [...counts]
		.map(([id, count]) => ({ id, count }))
		.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

export function groupReport(
	summaries: AnonymousSummary[],
	traitOrder: readonly string[]
): GroupReport {
	const participants = summaries.length;
	const empty: GroupReport = {
		participants,
		shown: false,
		topRoles: [],
		inTopThree: [],
		startNow: [],
		traits: [],
		awards: [],
		target: null,
		stages: []
	};
	if (participants < MIN_SHARES) return empty;
	const traits = traitOrder.map((id) => {
		const values = summaries.map((s) => s.traits[id]).filter((x): x is number => x !== undefined);
		const mean = values.reduce((a, b) => a + b, 0) / (values.length || 1);
		const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length || 1);
		return { id, mean: Math.round(mean), spread: Math.round(Math.sqrt(variance)) };
	});
	const targets = summaries.map((s) => s.target?.fit).filter((f): f is FitBand => f !== undefined);
	return {
		...empty,
		shown: true,
		topRoles: tally(summaries.map((s) => s.top[0]?.role)),
		inTopThree: tally(summaries.flatMap((s) => s.top.map((t) => t.role))),
		startNow: tally(summaries.map((s) => s.startNow)),
		traits,
		awards: tally(summaries.map((s) => s.award)),
		target: targets.length
			? (Object.fromEntries(
					FIT_BANDS.map((b) => [b, targets.filter((f) => f === b).length])
				) as Record<FitBand, number>)
			: null,
		stages: tally(summaries.map((s) => s.stage))
	};
}
