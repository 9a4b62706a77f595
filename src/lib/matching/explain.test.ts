import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { content } from '../content/catalogue';
import type { Answer, QuizBank } from '../bank/bank';
import { toQuizBank } from '../bank/bank';
import { fixtureBank } from '../quiz/fixtures';
import { TUNING } from '../bank/tuning';
import { answersPerTrait, estimateTraits, explainMatch } from './index';
import { rolePredictions } from './response';

const realBank = toQuizBank(content);

/** Any answers to a bank: a subset of its items, each with a valid choice or a skip. */
const arbAnswers = (bank: QuizBank) =>
	fc
		.subarray(bank.questions, { minLength: 1 })
		.chain((qs) =>
			fc.tuple(
				...qs.map((q) =>
					fc
						.option(fc.nat({ max: (q.kind === 'scale' ? 5 : q.options.length) - 1 }), { nil: null })
						.map((choice): Answer => ({ questionId: q.id, choice }))
				)
			)
		);

describe.each([
	['the fixture bank', fixtureBank],
	['the real catalogue', realBank]
])('explainMatch on %s', (_, bank) => {
	it('tells one story: a trait is a strength or may be hard, never both', () => {
		fc.assert(
			fc.property(arbAnswers(bank), fc.constantFrom(...bank.roles), (answers, role) => {
				const estimate = estimateTraits(bank, answers);
				const x = explainMatch(bank, answers, estimate, role.id);
				const gaps = new Set(x.gaps.map((g) => g.trait));
				for (const s of x.strengths) expect(gaps.has(s.trait)).toBe(false);
			}),
			{ numRuns: 300 }
		);
	});

	it('gives as strengths only traits shown clearly, asked for by the role, that raised its score', () => {
		fc.assert(
			fc.property(arbAnswers(bank), fc.constantFrom(...bank.roles), (answers, role) => {
				const estimate = estimateTraits(bank, answers);
				for (const s of explainMatch(bank, answers, estimate, role.id).strengths) {
					expect(estimate.traits[s.trait].value).toBeGreaterThanOrEqual(TUNING.strengthLevel);
					expect(role.profile[s.trait]).toBeGreaterThanOrEqual(TUNING.definingLevel);
					expect(s.effect).toBeGreaterThanOrEqual(TUNING.strengthEffect);
				}
			}),
			{ numRuns: 200 }
		);
	});
	it('lists as shared only answers given, typical of the role and far more than across roles, not under a strength', () => {
		const predictions = rolePredictions(bank);
		const index = new Map(bank.questions.map((q, i) => [q.id, i]));
		fc.assert(
			fc.property(arbAnswers(bank), fc.nat({ max: bank.roles.length - 1 }), (answers, r) => {
				const estimate = estimateTraits(bank, answers);
				const x = explainMatch(bank, answers, estimate, bank.roles[r]!.id);
				const listed = new Set(x.strengths.flatMap((s) => s.answers));
				expect(x.shared.length).toBeLessThanOrEqual(TUNING.sharedShown);
				const ratios = x.shared.map((id) => {
					const choice = answers.find((a) => a.questionId === id)!.choice!;
					const qi = index.get(id)!;
					const share = predictions[r]![qi]![choice]!;
					const across =
						predictions.reduce((sum, role) => sum + role[qi]![choice]!, 0) / predictions.length;
					expect(listed.has(id)).toBe(false);
					expect(share).toBeGreaterThanOrEqual(TUNING.sharedLikely);
					expect(share).toBeGreaterThanOrEqual(TUNING.sharedLift * across);
					return share / across;
				});
				expect(ratios).toEqual([...ratios].sort((a, b) => b - a));
			}),
			{ numRuns: 200 }
		);
	});
});

describe('shared answers on the real catalogue', () => {
	it('names, for a visitor answering as people in a role do, answers typical of that role', () => {
		const predictions = rolePredictions(realBank);
		for (const [r, role] of realBank.roles.entries()) {
			// Every item answered with the answer people in the role give most.
			const answers: Answer[] = realBank.questions.map((q, qi) => {
				const p = predictions[r]![qi]!;
				return { questionId: q.id, choice: p.indexOf(Math.max(...p)) };
			});
			const x = explainMatch(realBank, answers, estimateTraits(realBank, answers), role.id);
			expect(x.shared, role.id).toHaveLength(TUNING.sharedShown);
		}
	});

	it('names none when every answer is skipped', () => {
		const answers: Answer[] = realBank.questions.map((q) => ({ questionId: q.id, choice: null }));
		const estimate = estimateTraits(realBank, answers);
		for (const role of realBank.roles)
			expect(explainMatch(realBank, answers, estimate, role.id).shared).toEqual([]);
	});
});

describe('answersPerTrait', () => {
	it('counts the answers that said something about each trait, not the skips', () => {
		const answers: Answer[] = [
			{ questionId: 's-empathy', choice: 4 },
			{ questionId: 'q-angry-caller', choice: 0 },
			{ questionId: 's-reverse-team', choice: null }
		];
		const counts = answersPerTrait(fixtureBank, answers);
		expect(counts.empathy).toBe(2);
		expect(counts['team-spirit']).toBe(0);
		expect(answersPerTrait(fixtureBank, []).empathy).toBe(0);
	});
});
