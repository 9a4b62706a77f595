import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { content } from '../content/catalogue';
import type { Answer, QuizBank } from '../bank/bank';
import { toQuizBank } from '../bank/bank';
import { fixtureBank } from '../quiz/fixtures';
import { TUNING } from '../bank/tuning';
import { answersPerTrait, estimateTraits, explainMatch } from './index';

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
