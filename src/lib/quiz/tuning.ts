/**
 * Every number the quiz engine and the matching use, in one place so they can be tuned against
 * `npm run bench:match` without hunting through code.
 */
export const TUNING = {
	// ── trait estimation ──
	/** Pseudo-evidence pulling each trait towards the neutral 0.5; the sum of |loads| needed to half-trust a trait. */
	priorStrength: 1,

	// ── scoring ──
	/** Weight of a trait in the distance = its evidence + this floor (so unmeasured traits still count a little). */
	evidenceFloor: 0.3,
	/** Falling short of what the role asks costs this much per unit… */
	shortfallWeight: 2,
	/** …having more than it asks costs this much per unit, on traits the role asks little of. */
	surplusWeight: 1,
	/** Surplus is free on traits the role asks at least this much of (its defining traits). */
	definingLevel: 0.6,
	/** Score = 100 · exp(−distance / scoreScale): a monotone stretch so typical fits spread over 0–100. */
	scoreScale: 0.25,

	// ── explanations ──
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

	// ── response model (item selection, simulation) ──
	/** Temperature of the choice model: utility differences are divided by this. */
	responseTemperature: 0.1,
	/** Spacing of the agree-scale thresholds, in utility units. */
	scaleStep: 0.1,

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

	// ── stopping ──
	floor: 8,
	ceiling: 24,
	/** The ranking must hold over this many answers, and then either… */
	stableFor: 3,
	/** …the top three (as a set) lead the fourth by this many score points, … */
	separation: 3,
	/** …or the leader leads the second by this many. */
	leadGap: 12,
	/** Extra items in the optional "go deeper" round. */
	deeperItems: 4,
	/** Typical length of the quiz, from the benchmark; shown on the intro. */
	typicalLength: 11
};

export type Tuning = typeof TUNING;
