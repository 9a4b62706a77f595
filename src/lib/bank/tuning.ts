/**
 * Every number the quiz engine and the matching use, in one place. The bank carries a copy (see
 * `toQuizBank`), so the engine reads `bank.tuning` and a test or an experiment passes other numbers in
 * with `withTuning`; the numbers are part of the bank version. Tuned against `npm run eval:match`
 * (persona panel, independent synthetic personas, stability), never against `bench:match` alone.
 */
export const TUNING = {
	// ── trait estimation ──
	/** Pseudo-evidence pulling each trait towards the neutral 0.5; the sum of |loads| needed to half-trust a trait. */
	priorStrength: 1,

	// ── scoring ──
	/** Weight of a trait in the distance = (its evidence + this floor) × the role's importance for it. */
	evidenceFloor: 0.3,
	/** Importance of a trait for a role = this floor + how far the role's level sits from its own mean level. */
	importanceFloor: 0.15,
	/** Falling short of what the role asks costs this much per unit… */
	shortfallWeight: 2,
	/** …having more than it asks costs this much per unit, on traits the role asks little of. */
	surplusWeight: 1,
	/**
	 * Surplus is free on traits the role asks at least this much of (its defining traits). Chosen on the
	 * pattern check of `eval:match` (a visitor strong on everything gets the role whose pattern they
	 * match), not on the panel.
	 */
	definingLevel: 0.7,
	/**
	 * Weight of how unlikely the answers are for people in the role (Σ over the answered items of
	 * ln P(their likeliest answer) − ln P(the visitor's answer), in nats) added to the trait distance.
	 */
	likelihoodWeight: 0.01,
	/** Score = 100 · exp(−distance / scoreScale): a monotone stretch so typical fits spread over 0–100. */
	scoreScale: 0.25,

	// ── explanations and results ──
	/** A gap is reported when the role asks at least this much more than the answers showed… */
	gapMargin: 0.2,
	/** …and the answers said at least this much (Σ reach) about the trait. */
	gapEvidence: 0.5,
	/** Answers listed per strength. */
	answersPerStrength: 3,
	/** A strength is a trait the visitor clearly showed: at least this level (0.5 = neutral)… */
	strengthLevel: 0.6,
	/** …that added at least this many score points to the role's match, compared with a neutral level… */
	strengthEffect: 1,
	/** Fewer answers than this about a trait (items covering it, see `coverLoad`): "little evidence". */
	thinAnswers: 2,
	/** Strengths named per role. */
	strengthsShown: 3,
	/**
	 * An answer is one the visitor shares with people who suit a role when such people give it at
	 * least this often (the role's predicted share of that answer)…
	 */
	sharedLikely: 0.35,
	/** …and at least this many times as often as people across all roles do. */
	sharedLift: 2,
	/** Shared answers listed per role. */
	sharedShown: 3,
	/** Roles shown as the best matches. */
	topCount: 3,
	/** A trait estimate is "high" certainty from this confidence (evidence share) up… */
	certaintyHigh: 0.66,
	/** …and "medium" from this one. */
	certaintyMedium: 0.4,

	// ── experience (eligibility only; trait matching ignores it) ──
	/**
	 * Per answer to the experience question (still studying, starting out, work experience elsewhere,
	 * contact-center experience, has led people): the highest role level one can start in now
	 * (0 = entry, 1 = experienced, 2 = senior).
	 */
	stageReach: [0, 0, 1, 1, 2],
	/**
	 * From this answer on (starting out, after one's studies), an experienced role whose door is a
	 * qualification (a degree) rather than years in another role is open now: a graduate in statistics
	 * can start as a data analyst without contact-center experience.
	 */
	qualifiedFrom: 1,
	/**
	 * A role reached only by an internal move (its catalogue entry says so) opens from this answer on
	 * (contact-center experience): nobody starts as a senior advisor straight from another sector.
	 */
	internalFrom: 3,

	// ── response model (item selection, simulation) ──
	/** Temperature of the choice model: utility differences are divided by this. */
	responseTemperature: 0.1,
	/** Spacing of the agree-scale thresholds, in utility units. */
	scaleStep: 0.1,
	/** A role's predicted answers weigh the response model as this many people against its panel personas' answers. */
	modelWeight: 10,

	// ── selection ──
	openingMin: 4,
	openingMax: 6,
	/** An item covers a trait when it can move it by at least this much. */
	coverLoad: 0.3,
	/** How many top roles the next item should tell apart. */
	candidates: 4,
	/** Softness of the candidate weights: score points per e-fold. */
	candidateSpread: 5,
	/** Target-role mode: weight of measuring the target role's top traits against separating candidates. */
	targetBonus: 0.3,
	/** Target-role mode: how many of the target role's traits count as its top traits. */
	targetTraits: 3,
	/**
	 * An agree-scale statement's value as the next item, relative to a situation or a pair of the same
	 * information: on the persona panel, choices between concrete options told roles apart far better
	 * than agreement with statements (which people tend to agree with), so statements come later.
	 */
	scaleItemValue: 0.3,

	// ── stopping ──
	floor: 12,
	ceiling: 18,
	/** The leader must have held over this many answers, and then either… */
	stableFor: 3,
	/** …its share of the posterior over roles (softmax of −distance / posteriorScale) reaches this, … */
	leaderProbability: 0.6,
	/** …or the top three together hold this share (the advice is the same whichever of them leads). */
	topProbability: 0.9,
	/** Temperature of that posterior, in distance units. */
	posteriorScale: 0.05,
	/** Extra items in the optional "go deeper" round. */
	deeperItems: 4
};

export type Tuning = typeof TUNING;
