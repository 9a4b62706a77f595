/** Small hand-made banks for the unit tests (the real catalogue is only used by the recovery test). */
import { TRAIT_IDS, type Profile, type TraitId } from '../content/schema';
import { itemEffect } from '../matching/estimate';
import {
	fnv1a,
	versionString,
	type BankQuestion,
	type BankRole,
	type QuizBank
} from '../bank/bank';
import { TUNING } from '../bank/tuning';

export function profile(high: Partial<Record<TraitId, number>>, base = 0.2): Profile {
	return Object.fromEntries(TRAIT_IDS.map((t) => [t, high[t] ?? base])) as Profile;
}

const roles: BankRole[] = (
	[
		{
			id: 'advisor',
			level: 'entry',
			requirement: 'none',
			profile: profile({ empathy: 0.9, communication: 0.8, composure: 0.7 })
		},
		{
			id: 'seller',
			level: 'entry',
			requirement: 'none',
			profile: profile({ 'sales-drive': 0.9, communication: 0.8, composure: 0.7 })
		},
		{
			id: 'analyst',
			level: 'experienced',
			requirement: 'experience',
			profile: profile({ analytical: 0.9, tech: 0.8, efficiency: 0.7 })
		},
		{
			id: 'lead',
			level: 'senior',
			requirement: 'experience',
			profile: profile({ leadership: 0.9, coaching: 0.8, 'team-spirit': 0.7 })
		},
		{
			id: 'writer',
			level: 'experienced',
			requirement: 'experience',
			profile: profile({ writing: 0.9, creativity: 0.8, 'extra-mile': 0.7 })
		}
	] satisfies Omit<BankRole, 'answering' | 'answered'>[]
).map((r) => ({ ...r, answering: r.profile, answered: [] }));

/** One agree-scale item per trait, a reverse-keyed one, and a few choice items. */
const questions: BankQuestion[] = [
	...TRAIT_IDS.map((t): BankQuestion => ({ id: `s-${t}`, kind: 'scale', loads: { [t]: 0.9 } })),
	{ id: 's-reverse-team', kind: 'scale', loads: { 'team-spirit': -0.8 } },
	{
		id: 'p-sell-or-analyse',
		kind: 'pair',
		options: [{ 'sales-drive': 0.9, communication: 0.3 }, { analytical: 0.9 }]
	},
	{
		id: 'p-lead-or-write',
		kind: 'pair',
		options: [{ leadership: 0.9 }, { writing: 0.8, creativity: 0.3 }]
	},
	{
		id: 'q-angry-caller',
		kind: 'situational',
		options: [
			{ empathy: 0.8, composure: 0.3 },
			{ efficiency: 0.8 },
			{ 'sales-drive': 0.6, tech: 0.3 }
		]
	},
	{
		id: 'q-team-meeting',
		kind: 'situational',
		options: [
			{ coaching: 0.8, 'team-spirit': 0.4 },
			{ analytical: 0.7, 'extra-mile': 0.3 },
			{ creativity: 0.8 },
			{ composure: 0.6, empathy: 0.3 }
		]
	}
];

export const fixtureBank: QuizBank = {
	version: versionString(fnv1a('fixture')),
	traits: [...TRAIT_IDS],
	awardTraits: [
		'empathy',
		'communication',
		'creativity',
		'team-spirit',
		'efficiency',
		'extra-mile'
	],
	questions,
	roles,
	tuning: TUNING
};

/** A bank of five two-option items, small enough to explore the machine's whole state graph. */
export const tinyBank: QuizBank = {
	...fixtureBank,
	version: versionString(fnv1a('tiny')),
	questions: [
		{ id: 'a', kind: 'pair', options: [{ empathy: 0.9 }, { analytical: 0.9 }] },
		{ id: 'b', kind: 'pair', options: [{ 'sales-drive': 0.9 }, { writing: 0.9 }] },
		{ id: 'c', kind: 'pair', options: [{ leadership: 0.9 }, { tech: 0.9 }] },
		{ id: 'd', kind: 'pair', options: [{ composure: 0.9 }, { creativity: 0.9 }] },
		{ id: 'e', kind: 'pair', options: [{ coaching: 0.9 }, { efficiency: 0.9 }] }
	]
};

/** Answers a person who agrees with / picks whatever shows the given traits would give. */
export function answersTowards(bank: QuizBank, traits: TraitId[]) {
	return bank.questions.map((q) => {
		const score = (loads: Partial<Record<TraitId, number>>) =>
			traits.reduce((s, t) => s + (loads[t] ?? 0), 0);
		if (q.kind === 'scale') {
			const s = score(q.loads);
			return { questionId: q.id, choice: s > 0 ? 4 : s < 0 ? 0 : 2 };
		}
		const scores = q.options.map(score);
		return { questionId: q.id, choice: scores.indexOf(Math.max(...scores)) };
	});
}

/** The traits a set of items can each move by at least `coverLoad`: what an opening covers. */
export function traitsCovered(bank: QuizBank, ids: string[]): Set<string> {
	return new Set(
		ids.flatMap((id) =>
			Object.entries(itemEffect(bank.questions.find((q) => q.id === id)!).reach)
				.filter(([, r]) => r >= bank.tuning.coverLoad)
				.map(([t]) => t)
		)
	);
}
