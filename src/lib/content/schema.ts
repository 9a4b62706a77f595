/**
 * The content model: traits, roles and questions, each with text in every locale.
 * Types are derived from the schemas so data and code cannot drift apart.
 */
import * as v from 'valibot';

const ID = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'must be kebab-case'));
const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));

/** A text in each locale. */
export const Localized = v.strictObject({ fr: Text, nl: Text, en: Text });
/** A list of texts in each locale; the three lists say the same things, so they have one length. */
export const LocalizedList = v.pipe(
	v.strictObject({
		fr: v.array(Text),
		nl: v.array(Text),
		en: v.array(Text)
	}),
	v.check(
		(l) => l.fr.length === l.nl.length && l.nl.length === l.en.length,
		'fr, nl and en must list the same number of items'
	)
);

export const TRAIT_IDS = [
	'empathy',
	'communication',
	'creativity',
	'team-spirit',
	'efficiency',
	'extra-mile',
	'analytical',
	'leadership',
	'coaching',
	'composure',
	'sales-drive',
	'tech',
	'writing'
] as const;
export const TraitId = v.picklist(TRAIT_IDS);
export type TraitId = v.InferOutput<typeof TraitId>;

/** The O*NET 29.3 Work Styles and Occupational Interests a trait can be proxied by. */
export const ONET_WORK_STYLES = [
	'Achievement/Effort',
	'Persistence',
	'Initiative',
	'Leadership',
	'Cooperation',
	'Concern for Others',
	'Social Orientation',
	'Self-Control',
	'Stress Tolerance',
	'Adaptability/Flexibility',
	'Dependability',
	'Attention to Detail',
	'Integrity',
	'Independence',
	'Innovation',
	'Analytical Thinking'
] as const;
export const ONET_INTERESTS = [
	'Realistic',
	'Investigative',
	'Artistic',
	'Social',
	'Enterprising',
	'Conventional'
] as const;

export const Trait = v.strictObject({
	id: TraitId,
	/** One of the six qualities of the sector's Customer Contact Awards. */
	award: v.boolean(),
	name: Localized,
	short: Localized,
	description: Localized,
	inContactCenter: Localized,
	/** O*NET descriptors averaged (as z-scores) into this trait's O*NET-derived score; none = no proxy. */
	onetProxy: v.strictObject({
		workStyles: v.array(v.picklist(ONET_WORK_STYLES)),
		interests: v.array(v.picklist(ONET_INTERESTS))
	}),
	/** Why this trait stands alone, absorbs another, or has no O*NET proxy. */
	scopeNote: Localized
});
export type Trait = v.InferOutput<typeof Trait>;

export const LEVELS = ['entry', 'experienced', 'senior'] as const;
export const CHANNELS = [
	'phone-inbound',
	'phone-outbound',
	'email',
	'chat',
	'messaging',
	'social-media',
	'remote-assistance',
	'back-office',
	'classroom',
	'bots'
] as const;
export const Channel = v.picklist(CHANNELS);
export type Channel = v.InferOutput<typeof Channel>;

const Weight = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

/** A trait profile: how much a role asks of each trait, 0 (not at all) to 1 (defining). */
export const Profile = v.strictObject(
	Object.fromEntries(TRAIT_IDS.map((t) => [t, Weight])) as Record<TraitId, typeof Weight>
);
export type Profile = v.InferOutput<typeof Profile>;

export const Role = v.strictObject({
	id: ID,
	level: v.picklist(LEVELS),
	channels: v.pipe(v.array(Channel), v.minLength(1)),
	/** Titles as job ads print them; French in masculine and feminine form. */
	title: v.strictObject({
		fr: v.strictObject({ m: Text, f: Text }),
		nl: Text,
		en: Text
	}),
	/** Other titles the role is advertised under, for search. */
	synonyms: v.strictObject({ fr: v.array(Text), nl: v.array(Text), en: v.array(Text) }),
	summary: Localized,
	day: v.pipe(
		LocalizedList,
		v.check((l) => l.en.length >= 5, 'a day in the work needs at least 5 tasks')
	),
	skills: LocalizedList,
	kpis: LocalizedList,
	patterns: v.strictObject({
		shifts: v.boolean(),
		remote: v.picklist(['none', 'partial', 'full']),
		text: Localized
	}),
	entryRoutes: v.pipe(
		v.array(v.strictObject({ degreeRequired: v.boolean(), text: Localized })),
		v.minLength(1)
	),
	enjoy: LocalizedList,
	hard: LocalizedList,
	next: v.array(ID),
	previous: v.array(ID),
	codes: v.strictObject({
		esco: v.nullable(v.strictObject({ uri: v.pipe(v.string(), v.url()), label: Text })),
		isco: v.pipe(v.string(), v.regex(/^\d{4}$/, 'must be a 4-digit ISCO-08 code')),
		onet: v.nullable(
			v.pipe(v.string(), v.regex(/^\d{2}-\d{4}\.\d{2}$/, 'must look like 43-4051.00'))
		),
		rome: v.nullable(v.pipe(v.string(), v.regex(/^[A-N]\d{4}$/, 'must look like D1408')))
	}),
	profile: Profile,
	/** Weights set by judgement instead of the O*NET derivation, and why. */
	adjustments: v.array(
		v.strictObject({ trait: TraitId, onet: v.nullable(Weight), weight: Weight, why: Localized })
	),
	/** Required where the profile correlates weakly with O*NET: why the nearest occupation is a poor fit. */
	onetFitNote: v.optional(Localized),
	pay: v.optional(v.strictObject({ text: Localized, source: Text, year: v.number() }))
});
export type Role = v.InferOutput<typeof Role>;

const Loads = v.record(TraitId, v.pipe(v.number(), v.minValue(-1), v.maxValue(1)));

export const Question = v.variant('kind', [
	/** A real situation; each option loads on the traits that choosing it shows. */
	v.strictObject({
		id: ID,
		kind: v.literal('situational'),
		prompt: Localized,
		options: v.pipe(
			v.array(v.strictObject({ id: ID, text: Localized, loads: Loads })),
			v.minLength(3),
			v.maxLength(4)
		)
	}),
	/** A statement on a 5-point agree scale; agreeing moves each loaded trait by its weight. */
	v.strictObject({ id: ID, kind: v.literal('scale'), prompt: Localized, loads: Loads }),
	/** Two activities; choosing one shows its traits. */
	v.strictObject({
		id: ID,
		kind: v.literal('pair'),
		options: v.pipe(v.array(v.strictObject({ id: ID, text: Localized, loads: Loads })), v.length(2))
	})
]);
export type Question = v.InferOutput<typeof Question>;
