/**
 * What a results page shows, in one locale: the core's results joined with the content's texts.
 * Plain data, so it can be computed on the server and rendered without the engine in the browser.
 */
import type { Locale } from '../i18n/locales';
import type { Content } from '../content/validate';
import type { TraitId } from '../content/schema';
import { roleTitle } from '../content/localize';
import { comesFrom } from '../explorer/career';
import type { Answer, QuizBank, Stage } from '../bank/bank';
import { results, type Match } from '../matching';

/** One answer as the visitor gave it: an option's text, or a statement with a point of the agree scale. */
export type AnswerView = { prompt: string | null; option: string | null; scale: number | null };
export type TraitRef = { id: TraitId; name: string };
export type MatchView = {
	id: string;
	title: string;
	summary: string;
	score: number;
	strengths: (TraitRef & { answers: AnswerView[] })[];
	gaps: TraitRef[];
};
/** A role to grow into, with how people usually reach it: the roles they come from and the usual route. */
export type GrowView = MatchView & { reachedFrom: string[]; route: string | null };
export type ResultsView = {
	answered: number;
	target: MatchView | null;
	/** Given an experience answer: only roles one can start in now. */
	top: MatchView[];
	/** Given an experience answer: the best-fitting roles to grow into; empty otherwise. */
	grow: GrowView[];
	/** The share code came from an earlier version of the quiz and was scored again with this one. */
	recomputed: boolean;
	ranking: { id: string; title: string; score: number }[];
	traits: (TraitRef & { value: number; certainty: 'low' | 'medium' | 'high' })[];
	award: TraitRef | null;
};

export function resultsView(
	content: Content,
	bank: QuizBank,
	answers: readonly Answer[],
	locale: Locale,
	targetRole?: string | null,
	stage: Stage = null,
	recomputed = false
): ResultsView {
	const r = results(bank, answers, targetRole, stage);
	const roles = new Map(content.roles.map((role) => [role.id, role]));
	const questions = new Map(content.questions.map((q) => [q.id, q]));
	const traitNames = new Map(content.traits.map((t) => [t.id, t.name[locale]]));
	const trait = (id: TraitId): TraitRef => ({ id, name: traitNames.get(id) ?? id });
	const given = new Map(answers.map((a) => [a.questionId, a.choice]));

	function answerView(questionId: string): AnswerView | null {
		const q = questions.get(questionId);
		const choice = given.get(questionId);
		if (!q || choice === null || choice === undefined) return null;
		if (q.kind === 'scale') return { prompt: q.prompt[locale], option: null, scale: choice };
		const option = q.options[choice]?.text[locale] ?? null;
		return { prompt: q.kind === 'pair' ? null : q.prompt[locale], option, scale: null };
	}

	function matchView(m: Match): MatchView {
		const role = roles.get(m.roleId)!;
		return {
			id: role.id,
			title: roleTitle(role, locale),
			summary: role.summary[locale],
			score: Math.round(m.score),
			strengths: m.explanation.strengths.map((s) => ({
				...trait(s.trait),
				answers: s.answers.map(answerView).filter((a): a is AnswerView => a !== null)
			})),
			gaps: m.explanation.gaps.map((g) => trait(g.trait))
		};
	}

	return {
		answered: r.answered,
		target: r.target ? matchView(r.target) : null,
		top: r.top.filter((m) => m.roleId !== r.target?.roleId).map(matchView),
		grow: r.grow.map((m) => {
			const role = roles.get(m.roleId)!;
			return {
				...matchView(m),
				reachedFrom: comesFrom(role.id, content.roles).flatMap((step) => {
					const from = roles.get(step.role);
					return from ? [roleTitle(from, locale)] : [];
				}),
				route: role.entry.steps[locale][0] ?? null
			};
		}),
		recomputed,
		ranking: r.ranking.map((s) => ({
			id: s.roleId,
			title: roleTitle(roles.get(s.roleId)!, locale),
			score: Math.round(s.score)
		})),
		traits: bank.traits.map((id) => {
			const e = r.estimate.traits[id];
			return {
				...trait(id),
				value: Math.round(e.value * 100),
				certainty:
					e.confidence >= bank.tuning.certaintyHigh
						? 'high'
						: e.confidence >= bank.tuning.certaintyMedium
							? 'medium'
							: 'low'
			};
		}),
		award: r.award ? trait(r.award) : null
	};
}
