/** Everything the results page needs, from the bank and the answers alone. */
import type { TraitId } from '../content/schema';
import type { Answer, QuizBank, Stage } from '../bank/bank';
import { estimateTraits, type Estimate } from './estimate';
import { answersPerTrait, awardCategory, explainMatch, type Explanation } from './explain';
import { scoreRoles, type RoleScore } from './score';

export { estimateTraits, type Estimate, type TraitEstimate } from './estimate';
export { scoreRoles, type RoleScore } from './score';
export {
	answersPerTrait,
	awardCategory,
	explainMatch,
	type Explanation,
	type Gap,
	type Strength
} from './explain';

export type Match = RoleScore & { explanation: Explanation };
export type Results = {
	estimate: Estimate;
	/** Target-role mode: the target role's fit, reported first and separately. */
	target: Match | null;
	/** The best-fitting roles with their explanations, best first (given an experience answer: those one can start in now). */
	top: Match[];
	/** Given an experience answer: the best-fitting roles to grow into, with how people usually reach them. */
	grow: Match[];
	/** Every role, best first (given an experience answer: the ones one can start in now first). */
	ranking: RoleScore[];
	award: TraitId | null;
	/** Per trait, how many answers said something about it. */
	evidenceAnswers: Record<TraitId, number>;
	answered: number;
	skipped: number;
};

/** The ranking without explanations: what group summaries and campaign counts need, for less work. */
export type Ranked = Pick<Results, 'estimate' | 'ranking' | 'award'> & {
	target: RoleScore | null;
	top: RoleScore[];
	grow: RoleScore[];
};

export function ranked(
	bank: QuizBank,
	answers: readonly Answer[],
	targetRole?: string | null,
	stage: Stage = null
): Ranked {
	const estimate = estimateTraits(bank, answers);
	const ranking = scoreRoles(bank, estimate, { targetRole, stage });
	const { topCount } = bank.tuning;
	return {
		estimate,
		ranking,
		target: (targetRole && ranking.find((r) => r.roleId === targetRole)) || null,
		top: ranking.filter((r) => r.startNow).slice(0, topCount),
		grow: ranking.filter((r) => !r.startNow).slice(0, topCount),
		award: awardCategory(bank, estimate)
	};
}

export function results(
	bank: QuizBank,
	answers: readonly Answer[],
	targetRole?: string | null,
	stage: Stage = null
): Results {
	const r = ranked(bank, answers, targetRole, stage);
	const match = (score: RoleScore): Match => ({
		...score,
		explanation: explainMatch(bank, answers, r.estimate, score.roleId)
	});
	return {
		estimate: r.estimate,
		target: r.target ? match(r.target) : null,
		top: r.top.map(match),
		grow: r.grow.map(match),
		ranking: r.ranking,
		award: r.award,
		evidenceAnswers: answersPerTrait(bank, answers),
		answered: answers.filter((a) => a.choice !== null).length,
		skipped: answers.filter((a) => a.choice === null).length
	};
}
