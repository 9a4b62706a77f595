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
/** Role families: what kind of work a role is, for the home page, illustrations and cards. */
export const FAMILIES = [
	'voice',
	'written',
	'sales',
	'support',
	'coaching',
	'planning',
	'management'
] as const;
export type Family = (typeof FAMILIES)[number];
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

/**
 * How people who fit each role answer the items, fitted on the persona panel (written by
 * `npm run fit:levels`, see src/lib/matching/README.md). The profiles stay what the roles need; these
 * say how people show it: as trait levels for the response model, and as the answers they gave.
 */
export const Calibration = v.strictObject({
	/** Personas the levels were fitted on. */
	people: v.pipe(v.number(), v.integer(), v.minValue(1)),
	/** Pull towards the profile: a role's fit counts n / (n + shrinkage) of the way. */
	shrinkage: v.pipe(v.number(), v.minValue(0)),
	levels: v.record(ID, Profile),
	/**
	 * Per role, per item: how many of the role's personas gave each answer (option order, or 0–4 on
	 * the agree scale).
	 */
	answered: v.record(ID, v.record(ID, v.array(v.pipe(v.number(), v.integer(), v.minValue(0)))))
});
export type Calibration = v.InferOutput<typeof Calibration>;

const Year = v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2100));
const IsoDate = v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'));
/** A typical span in years, such as 1 to 3. */
const Years = v.pipe(
	v.tuple([v.pipe(v.number(), v.minValue(0)), v.pipe(v.number(), v.minValue(0))]),
	v.check(([a, b]) => a <= b, 'the first number of a span must not exceed the second')
);

/**
 * What it takes to start, from least to most: no diploma, a secondary-school diploma, a named
 * qualification, or experience in another role first.
 */
export const REQUIREMENTS = ['none', 'secondary', 'qualification', 'experience'] as const;
export const Requirement = v.picklist(REQUIREMENTS);
export type Requirement = v.InferOutput<typeof Requirement>;

export const Entry = v.pipe(
	v.strictObject({
		requirement: Requirement,
		/** The qualification that opens the role; `rncp` is its French level (1–8, same scale as EQF). */
		qualification: v.optional(
			v.strictObject({
				name: Localized,
				rncp: v.pipe(v.number(), v.integer(), v.minValue(3), v.maxValue(8))
			})
		),
		/** The roles people usually hold first, and for how long. */
		experience: v.optional(
			v.strictObject({
				roles: v.pipe(v.array(ID), v.minLength(1)),
				years: Years,
				/** Set when the only way in is an internal move: no external hiring. */
				internalOnly: v.optional(v.literal(true))
			})
		),
		/** The route in, in the order people take the steps. */
		steps: v.pipe(
			LocalizedList,
			v.check((l) => l.en.length >= 1, 'the route in needs at least one step')
		)
	}),
	v.check(
		(e) => e.requirement !== 'qualification' || e.qualification !== undefined,
		'a role that needs a qualification must name it'
	),
	v.check(
		(e) => e.requirement !== 'experience' || e.experience !== undefined,
		'a role that needs experience must say in which roles and for how long'
	)
);
export type Entry = v.InferOutput<typeof Entry>;

export const PAY_MEASURES = [
	'legal-minimum',
	'agreement-minimum',
	'survey-median',
	'job-ads'
] as const;

/** A public pay figure: gross euros a month for full-time work, with its source and year. */
export const PayFigure = v.pipe(
	v.strictObject({
		id: ID,
		country: v.picklist(['be', 'fr']),
		stage: v.picklist(['start', 'experienced']),
		min: v.pipe(v.number(), v.minValue(0)),
		max: v.optional(v.pipe(v.number(), v.minValue(0))),
		measure: v.picklist(PAY_MEASURES),
		/** What exactly the figure measures (scale, class, hours). */
		basis: Localized,
		/** Id of the source in sources.json. */
		source: ID,
		/** The year the figure applies to. */
		year: Year
	}),
	v.check((f) => f.max === undefined || f.max >= f.min, 'max must not be below min')
);
export type PayFigure = v.InferOutput<typeof PayFigure>;

/** Pay in one country: the figures that apply (ids, start first), and what decides pay there. */
export const CountryPay = v.strictObject({ figures: v.array(ID), decides: Localized });

/** Pay shared by a group of roles, in Belgium and in France. */
export const PayProfile = v.strictObject({ id: ID, be: CountryPay, fr: CountryPay });
export type PayProfile = v.InferOutput<typeof PayProfile>;

export const PayData = v.strictObject({
	figures: v.array(PayFigure),
	profiles: v.array(PayProfile)
});

/** A public source the site relies on. */
export const Source = v.strictObject({
	id: ID,
	title: Localized,
	/** A name, or a description of the publisher in each locale. */
	publisher: v.union([Text, Localized]),
	/** The year of the version used. */
	year: Year,
	url: v.optional(v.pipe(v.string(), v.url()))
});
export type Source = v.InferOutput<typeof Source>;

export const Role = v.strictObject({
	id: ID,
	level: v.picklist(LEVELS),
	family: v.picklist(FAMILIES),
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
	entry: Entry,
	enjoy: LocalizedList,
	hard: LocalizedList,
	/** Where the role usually leads, most common step first; where people come from is derived. */
	next: v.array(v.strictObject({ role: ID, years: Years })),
	/** Place within its level on the roles list: 1 is the most common role of that level. */
	listRank: v.pipe(v.number(), v.integer(), v.minValue(1)),
	/** Id of the role's pay profile in pay.json. */
	pay: ID,
	/** The day an editor last checked this role's texts and facts (YYYY-MM-DD). */
	lastReviewed: IsoDate,
	/** Sources of this role's facts besides its pay figures (ids in sources.json). */
	sources: v.pipe(v.array(ID), v.minLength(1)),
	/** Rules that govern the work, stated per country, each with its sources. */
	rules: v.optional(
		v.array(
			v.strictObject({
				country: v.picklist(['be', 'fr']),
				text: Localized,
				sources: v.pipe(v.array(ID), v.minLength(1))
			})
		)
	),
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
	onetFitNote: v.optional(Localized)
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
