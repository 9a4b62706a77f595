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

export function results(
	bank: QuizBank,
	answers: readonly Answer[],
	targetRole?: string | null,
	stage: Stage = null
): Results {
	const estimate = estimateTraits(bank, answers);
	const ranking = scoreRoles(bank, estimate, { targetRole, stage });
	const { topCount } = bank.tuning;
	const match = (r: RoleScore): Match => ({
		...r,
		explanation: explainMatch(bank, answers, estimate, r.roleId)
	});
	const t = targetRole ? ranking.find((r) => r.roleId === targetRole) : undefined;
	return {
		estimate,
		target: t ? match(t) : null,
		top: ranking
			.filter((r) => r.startNow)
			.slice(0, topCount)
			.map(match),
		grow: ranking
			.filter((r) => !r.startNow)
			.slice(0, topCount)
			.map(match),
		ranking,
		award: awardCategory(bank, estimate),
		evidenceAnswers: answersPerTrait(bank, answers),
		answered: answers.filter((a) => a.choice !== null).length,
		skipped: answers.filter((a) => a.choice === null).length
	};
}
