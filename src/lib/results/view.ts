/**
 * What a results page shows, in one locale: the core's results joined with the content's texts.
 * Plain data, so it can be computed on the server and rendered without the engine in the browser.
 */
import type { Locale } from '../i18n/locales';
import type { Content } from '../content/validate';
import type { TraitId } from '../content/schema';
import { roleTitle } from '../content/localize';
import type { Answer, QuizBank, Stage } from '../bank/bank';
import { results, type Match } from '../matching';
import { comesFrom } from '../explorer/career';
import { nextSteps, type CountrySteps } from './next-steps';

/** One answer as the visitor gave it: an option's text, or a statement with a point of the agree scale. */
export type AnswerView = { prompt: string | null; option: string | null; scale: number | null };
export type TraitRef = { id: TraitId; name: string };
export type MatchView = {
	id: string;
	title: string;
	summary: string;
	/** The role's level (entry, experienced, senior): what a later "start now / grow into" split reads. */
	level: string;
	score: number;
	/** Traits the role asks for that the visitor clearly showed, with the answers that showed them. */
	strengths: (TraitRef & { answers: AnswerView[] })[];
	/** Traits the role asks clearly more of than the answers showed (never also a strength). */
	gaps: TraitRef[];
	/** Answers typical of people who suit the role (beyond those listed under a strength). */
	shared: AnswerView[];
	/** How people get into the role, in the page's language. */
	entryRoutes: string[];
	/** For a role to grow into: the roles people usually come from, with the usual years before the move. */
	reachedFrom: { title: string; years: readonly [number, number] }[];
};
/**
 * The best matches, in groups shown one after the other: one group, or, once the visitor said where
 * they stand, the roles to start in now and the roles to grow into.
 */
export type MatchGroup = { id: 'best' | 'now' | 'grow'; matches: MatchView[] };
export type TraitView = TraitRef & {
	/** 0–100. */
	value: number;
	/** How many answers said something about this trait. */
	answers: number;
	/** Too few answers to say much: shown in words. */
	thin: boolean;
	/** One of the six qualities of the Customer Contact Awards. */
	award: boolean;
};
export type ResultsView = {
	answered: number;
	target: MatchView | null;
	groups: MatchGroup[];
	/** The share code came from an earlier version of the quiz and was scored again with this one. */
	recomputed: boolean;
	ranking: { id: string; title: string; score: number }[];
	traits: TraitView[];
	/** The award quality the visitor showed most; `clear` when they clearly showed it. */
	award: (TraitRef & { clear: boolean }) | null;
	/** Where to train and find jobs, by country, for the page's language. */
	nextSteps: CountrySteps[];
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

	const answerViews = (ids: string[]) =>
		ids.map(answerView).filter((a): a is AnswerView => a !== null);

	function matchView(m: Match, grow = false): MatchView {
		const role = roles.get(m.roleId)!;
		return {
			id: role.id,
			title: roleTitle(role, locale),
			summary: role.summary[locale],
			level: role.level,
			score: Math.round(m.score),
			strengths: m.explanation.strengths.map((s) => ({
				...trait(s.trait),
				answers: answerViews(s.answers)
			})),
			gaps: m.explanation.gaps.map((g) => trait(g.trait)),
			shared: answerViews(m.explanation.shared),
			entryRoutes: role.entry.steps[locale],
			reachedFrom: grow
				? comesFrom(role.id, content.roles).map((step) => ({
						title: roleTitle(roles.get(step.role)!, locale),
						years: step.years
					}))
				: []
		};
	}

	const award = r.award ? r.estimate.traits[r.award] : null;
	return {
		answered: r.answered,
		target: r.target ? matchView(r.target) : null,
		groups: [
			{
				id: r.grow.length ? 'now' : 'best',
				matches: r.top.filter((m) => m.roleId !== r.target?.roleId).map((m) => matchView(m))
			},
			{ id: 'grow', matches: r.grow.map((m) => matchView(m, true)) }
		].filter((g) => g.matches.length > 0) as MatchGroup[],
		recomputed,
		ranking: r.ranking.map((s) => ({
			id: s.roleId,
			title: roleTitle(roles.get(s.roleId)!, locale),
			score: Math.round(s.score)
		})),
		traits: bank.traits.map((id) => ({
			...trait(id),
			value: Math.round(r.estimate.traits[id].value * 100),
			answers: r.evidenceAnswers[id],
			thin: r.evidenceAnswers[id] < bank.tuning.thinAnswers,
			award: bank.awardTraits.includes(id)
		})),
		award:
			r.award && award
				? { ...trait(r.award), clear: award.value >= bank.tuning.strengthLevel }
				: null,
		nextSteps: nextSteps(locale)
	};
}
