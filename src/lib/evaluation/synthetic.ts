/**
 * Synthetic visitors whose answers do not come from the scoring's own response model or role
 * weights. Each role's person starts from the O*NET 29.3 trait scores (z) of the role's occupation
 * (never the app's adjusted weights); writing and tech, which O*NET does not proxy, come from the
 * role's channels (written channels vs voice, remote assistance or bots). Individual spread around
 * that, then a different ordinal model: a Thurstonian utility with normal noise, per-person response
 * styles (acquiescence, extreme and mid-point responding) and lapses (a random answer).
 *
 * Roles sharing one O*NET occupation share the same starting point, so the report also counts a hit
 * when the top role has the persona's occupation.
 */
import type { BankQuestion, BankRole, QuizBank, Stage } from '../bank/bank';
import { canStartNow } from '../matching/score';
import type { Role, TraitId } from '../content/schema';
import type { OnetTables, Proxies } from '../content/onet/derive';
import { onetTraitScores } from '../content/onet/derive';
import type { Respond } from './run';

const WRITTEN = ['email', 'chat', 'messaging', 'social-media', 'back-office'];
const VOICE = ['phone-inbound', 'phone-outbound', 'classroom'];

/** The O*NET-and-channels starting point of a role's typical person, as z-like scores per trait. */
export function syntheticCentre(
	role: Pick<Role, 'channels' | 'codes'>,
	onet: OnetTables,
	proxies: Proxies,
	traits: readonly TraitId[]
): Record<TraitId, number> {
	const scores = role.codes.onet ? onetTraitScores(onet, role.codes.onet, proxies) : {};
	const share = (list: string[]) =>
		role.channels.filter((c) => list.includes(c)).length / role.channels.length;
	const derived: Partial<Record<TraitId, number>> = {
		writing: 1.5 * (share(WRITTEN) - share(VOICE)),
		tech: role.channels.some((c) => c === 'remote-assistance' || c === 'bots') ? 1.2 : 0
	};
	return Object.fromEntries(traits.map((t) => [t, scores[t] ?? derived[t] ?? 0])) as Record<
		TraitId,
		number
	>;
}

function gaussian(rand: () => number): number {
	const u = Math.max(rand(), 1e-12);
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

export type SyntheticPerson = { respond: Respond; stage: Stage };

const THRESHOLDS = [-1, -0.35, 0.35, 1];

/** One person: the centre plus spread, a response style and a lapse rate. Seeded by `rand`. */
export function syntheticPerson(
	centre: Record<TraitId, number>,
	stage: Stage,
	rand: () => number
): SyntheticPerson {
	const z = Object.fromEntries(
		Object.entries(centre).map(([t, c]) => [t, c + 0.5 * gaussian(rand)])
	) as Record<TraitId, number>;
	const acquiescence = 0.3 * gaussian(rand);
	const extremity = Math.exp(0.3 * gaussian(rand));
	const midpoint = 0.3 * rand();
	const lapse = 0.02 + 0.06 * rand();
	const utility = (loads: Partial<Record<TraitId, number>>) =>
		Object.entries(loads).reduce((s, [t, l]) => s + (l ?? 0) * (z[t as TraitId] ?? 0), 0);
	const respond = (q: BankQuestion): number => {
		const count = q.kind === 'scale' ? 5 : q.options.length;
		if (rand() < lapse) return Math.floor(rand() * count);
		if (q.kind === 'scale') {
			const y = extremity * (utility(q.loads) + 0.6 * gaussian(rand)) + acquiescence;
			if (Math.abs(y) < 0.5 && rand() < midpoint) return 2;
			return THRESHOLDS.filter((b) => y > b).length;
		}
		const us = q.options.map((o) => utility(o) + 0.7 * gaussian(rand));
		return us.indexOf(Math.max(...us));
	};
	return { respond, stage };
}

/** A stage that fits a role: the experience someone starting in it would report. */
export function stageFor(bank: QuizBank, role: BankRole, rand: () => number): Stage {
	if (role.level === 'senior') return 4;
	if (role.level === 'experienced') {
		const fits = [3, 2].filter((s) => canStartNow(bank, role, s));
		return fits[Math.floor(rand() * fits.length)] ?? 3;
	}
	return Math.floor(rand() * 3);
}
