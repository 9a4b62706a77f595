import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TRAIT_IDS, type TraitId } from '../content/schema';
import type { Answer, QuizBank } from '../bank/bank';
import { answersTowards, fixtureBank as bank } from '../quiz/fixtures';
import { TUNING } from '../bank/tuning';
import { awardCategory, estimateTraits, explainMatch, results, scoreRoles } from './index';
import {
	expectedLevels,
	ownLevel,
	roleDistance,
	surprise,
	traitPenalty,
	traitWeights
} from './score';
import { rolePredictions } from './response';

/** Any set of answers to the fixture bank: a subset of items, each with a valid choice or a skip. */
const arbAnswers = fc
	.subarray(bank.questions, { minLength: 0 })
	.chain((qs) =>
		fc.tuple(
			...qs.map((q) =>
				fc
					.option(fc.nat({ max: (q.kind === 'scale' ? 5 : q.options.length) - 1 }), { nil: null })
					.map((choice): Answer => ({ questionId: q.id, choice }))
			)
		)
	)
	.chain((answers) => fc.shuffledSubarray(answers, { minLength: answers.length }));

describe('estimateTraits', () => {
	it('is neutral with no answers and with only skips', () => {
		for (const answers of [[], bank.questions.map((q) => ({ questionId: q.id, choice: null }))]) {
			const e = estimateTraits(bank, answers);
			for (const t of TRAIT_IDS) expect(e.traits[t]).toMatchObject({ value: 0.5, evidence: 0 });
		}
	});

	it('raises a trait on agreeing, lowers it on a reverse-keyed item', () => {
		const agree = estimateTraits(bank, [{ questionId: 's-empathy', choice: 4 }]).traits.empathy;
		expect(agree.value).toBeGreaterThan(0.5);
		expect(agree.evidence).toBeCloseTo(0.9);
		const reverse = estimateTraits(bank, [{ questionId: 's-reverse-team', choice: 4 }]);
		expect(reverse.traits['team-spirit'].value).toBeLessThan(0.5);
	});

	it('shrinks little evidence towards neutral', () => {
		const one = estimateTraits(bank, [{ questionId: 's-empathy', choice: 4 }]).traits.empathy;
		const two = estimateTraits(bank, [
			{ questionId: 's-empathy', choice: 4 },
			{ questionId: 'q-angry-caller', choice: 0 }
		]).traits.empathy;
		expect(two.value).toBeGreaterThan(one.value);
		expect(two.confidence).toBeGreaterThan(one.confidence);
	});

	it('keeps every value within 0..1', () => {
		fc.assert(
			fc.property(arbAnswers, (answers) => {
				const e = estimateTraits(bank, answers);
				for (const t of TRAIT_IDS) {
					expect(e.traits[t].value).toBeGreaterThanOrEqual(0);
					expect(e.traits[t].value).toBeLessThanOrEqual(1);
				}
			})
		);
	});
});

describe('scoreRoles', () => {
	it('keeps scores within 0..100, sorted best first', () => {
		fc.assert(
			fc.property(arbAnswers, (answers) => {
				const ranked = scoreRoles(bank, estimateTraits(bank, answers));
				expect(ranked).toHaveLength(bank.roles.length);
				ranked.forEach((r, i) => {
					expect(r.score).toBeGreaterThanOrEqual(0);
					expect(r.score).toBeLessThanOrEqual(100);
					if (i > 0) expect(r.score).toBeLessThanOrEqual(ranked[i - 1]!.score);
				});
			})
		);
	});

	it('does not depend on the order of the answers', () => {
		fc.assert(
			fc.property(
				arbAnswers.chain((a) =>
					fc.tuple(fc.constant(a), fc.shuffledSubarray(a, { minLength: a.length }))
				),
				([answers, shuffled]) => {
					expect(results(bank, shuffled)).toEqual(results(bank, answers));
				}
			)
		);
	});

	it.each(bank.roles.map((r) => r.id))(
		'ranks %s first for someone answering towards its defining traits',
		(id) => {
			const role = bank.roles.find((r) => r.id === id)!;
			const defining = TRAIT_IDS.filter((t) => role.profile[t] >= TUNING.definingLevel);
			const ranked = scoreRoles(bank, estimateTraits(bank, answersTowards(bank, defining)));
			expect(ranked[0]!.roleId).toBe(id);
		}
	);

	/**
	 * Monotonicity, precisely: take any answers, any role R and an agree-scale item whose loads are all
	 * positive and only on R's defining traits (profile ≥ definingLevel). Moving the answer to that item
	 * one step towards "strongly agree" never lowers R's score. (Likewise any estimate change that only
	 * raises R's defining traits, since penalties are non-increasing in them and weights do not move.)
	 * In the fixture, people in R answer by the response model alone, which has them agree more the
	 * more an item loads on R's traits, so the surprise falls too; with panel answers it need not.
	 */
	it('never lowers a role when answering more strongly towards its defining traits', () => {
		const pure = (roleId: string) => {
			const role = bank.roles.find((r) => r.id === roleId)!;
			return bank.questions.filter(
				(q) =>
					q.kind === 'scale' &&
					Object.entries(q.loads).every(
						([t, l]) => l > 0 && role.profile[t as TraitId] >= TUNING.definingLevel
					)
			);
		};
		const arb = fc
			.tuple(arbAnswers, fc.constantFrom(...bank.roles.map((r) => r.id)))
			.chain(([answers, roleId]) =>
				fc.tuple(
					fc.constant(answers),
					fc.constant(roleId),
					fc.constantFrom(...pure(roleId)),
					fc.nat({ max: 3 })
				)
			);
		fc.assert(
			fc.property(arb, ([answers, roleId, item, from]) => {
				const rest = answers.filter((a) => a.questionId !== item.id);
				const score = (choice: number) =>
					scoreRoles(bank, estimateTraits(bank, [...rest, { questionId: item.id, choice }])).find(
						(r) => r.roleId === roleId
					)!.score;
				expect(score(from + 1)).toBeGreaterThanOrEqual(score(from));
			})
		);
	});

	it('flags the target role', () => {
		const ranked = scoreRoles(bank, estimateTraits(bank, []), { targetRole: 'lead' });
		expect(ranked.filter((r) => r.target).map((r) => r.roleId)).toEqual(['lead']);
	});
});

describe('explainMatch', () => {
	it.each(bank.roles.map((r) => r.id))(
		'lists the defining traits of %s among its strengths, with the answers',
		(id) => {
			const role = bank.roles.find((r) => r.id === id)!;
			const defining = TRAIT_IDS.filter((t) => role.profile[t] >= TUNING.definingLevel);
			const answers = answersTowards(bank, defining);
			const x = explainMatch(bank, answers, estimateTraits(bank, answers), id);
			expect(x.strengths).toHaveLength(3);
			for (const s of x.strengths) {
				expect(defining).toContain(s.trait);
				expect(s.effect).toBeGreaterThan(0);
				expect(s.answers).toContain(`s-${s.trait}`);
			}
			expect(x.gaps).toEqual([]);
		}
	);

	it('gives as reasons only traits the visitor showed, with answers that raised them', () => {
		fc.assert(
			fc.property(arbAnswers, fc.constantFrom(...bank.roles.map((r) => r.id)), (answers, id) => {
				const estimate = estimateTraits(bank, answers);
				for (const s of explainMatch(bank, answers, estimate, id).strengths) {
					expect(estimate.traits[s.trait].value).toBeGreaterThan(0.5);
					for (const qid of s.answers) {
						const one = answers.filter((a) => a.questionId === qid);
						expect(estimateTraits(bank, one).traits[s.trait].value).toBeGreaterThan(0.5);
					}
				}
			})
		);
	});

	it('reports a gap where the role asks clearly more than shown', () => {
		const answers = answersTowards(bank, ['sales-drive']).map((a) =>
			a.questionId === 's-empathy' ? { ...a, choice: 0 } : a
		);
		const x = explainMatch(bank, answers, estimateTraits(bank, answers), 'advisor');
		expect(x.gaps.map((g) => g.trait)).toContain('empathy');
		for (const g of x.gaps) expect(g.asked - g.shown).toBeGreaterThanOrEqual(TUNING.gapMargin);
	});
});

describe('awardCategory', () => {
	it('picks the strongest award trait', () => {
		const answers = answersTowards(bank, ['creativity']);
		expect(awardCategory(bank, estimateTraits(bank, answers))).toBe('creativity');
	});

	it('never picks a trait outside the award traits', () => {
		const answers = answersTowards(bank, ['analytical', 'tech']);
		expect(bank.awardTraits).toContain(awardCategory(bank, estimateTraits(bank, answers)));
	});
});

describe('results', () => {
	it('reports the target role first and separately in target-role mode', () => {
		const r = results(bank, answersTowards(bank, ['empathy', 'communication']), 'analyst');
		expect(r.target?.roleId).toBe('analyst');
		expect(r.top[0]?.roleId).toBe('advisor');
		expect(r.top).toHaveLength(3);
	});
});

describe('experience and eligibility', () => {
	const answers = answersTowards(bank, ['leadership', 'coaching', 'team-spirit']);

	it('offers roles to start in now first and the rest to grow into, with the same scores', () => {
		const open = results(bank, answers);
		const starting = results(bank, answers, null, 1);
		expect(open.ranking[0]!.roleId).toBe('lead');
		expect(open.grow).toEqual([]);
		// "Starting out" reaches entry roles only: the senior lead role moves to "where you could grow".
		expect(starting.top.every((m) => m.startNow)).toBe(true);
		expect(starting.top.map((m) => m.roleId)).not.toContain('lead');
		expect(starting.grow[0]!.roleId).toBe('lead');
		const score = (r: typeof open, id: string) => r.ranking.find((x) => x.roleId === id)!.score;
		for (const role of bank.roles) expect(score(starting, role.id)).toBe(score(open, role.id));
	});

	it('lets someone who has led people start in any role', () => {
		expect(results(bank, answers, null, 4).top[0]!.roleId).toBe('lead');
	});

	it('keeps a role reached only by an internal move for people with contact-center experience', () => {
		const internal = {
			...bank,
			roles: bank.roles.map((r) => (r.id === 'analyst' ? { ...r, internalOnly: true as const } : r))
		};
		const towards = answersTowards(internal, ['analytical', 'tech', 'efficiency']);
		const first = (stage: number) => results(internal, towards, null, stage).top[0]!.roleId;
		expect(first(3)).toBe('analyst');
		expect(first(2)).not.toBe('analyst');
		expect(results(bank, towards, null, 2).top[0]!.roleId).toBe('analyst');
	});

	it('opens a role whose door is a degree to graduates starting out, not to students', () => {
		const degree = {
			...bank,
			roles: bank.roles.map((r) =>
				r.id === 'analyst' ? { ...r, requirement: 'qualification' as const } : r
			)
		};
		const towards = answersTowards(degree, ['analytical', 'tech', 'efficiency']);
		const first = (stage: number) => results(degree, towards, null, stage).top[0]!.roleId;
		expect(first(1)).toBe('analyst');
		expect(first(0)).not.toBe('analyst');
		expect(results(bank, towards, null, 1).top[0]!.roleId).not.toBe('analyst');
	});
});

describe('roleDistance', () => {
	it('is exactly the documented weighted mean of trait penalties plus the weighted surprise', () => {
		fc.assert(
			fc.property(arbAnswers, (answers) => {
				const estimate = estimateTraits(bank, answers);
				const own = ownLevel(bank, estimate);
				bank.roles.forEach((role, r) => {
					const e = expectedLevels(bank, estimate, r);
					const w = traitWeights(bank, estimate, r);
					let num = 0;
					let den = 0;
					bank.traits.forEach((t, k) => {
						const v = estimate.traits[t].value;
						num += w[k]! * traitPenalty(bank, role.profile[t], e[t], v, own);
						den += w[k]!;
					});
					const traits = den > 0 ? num / den : 0;
					expect(roleDistance(bank, estimate, r)).toBe(
						traits + bank.tuning.likelihoodWeight * surprise(bank, estimate, r)
					);
				});
			})
		);
	});
});

describe('surprise', () => {
	const likeliest = (r: number): Answer[] =>
		bank.questions.map((q, qi) => {
			const p = rolePredictions(bank)[r]![qi]!;
			return { questionId: q.id, choice: p.indexOf(Math.max(...p)) };
		});

	it('is 0 when every answer is the one people in the role give most, and grows with each other one', () => {
		bank.roles.forEach((_, r) => {
			const answers = likeliest(r);
			expect(surprise(bank, estimateTraits(bank, answers), r)).toBeCloseTo(0, 12);
			let before = 0;
			for (let n = 1; n <= 3; n++) {
				const changed = answers.map((a, i) =>
					i < n ? { ...a, choice: a.choice === 0 ? 1 : 0 } : a
				);
				const now = surprise(bank, estimateTraits(bank, changed), r);
				expect(now).toBeGreaterThan(before);
				before = now;
			}
		});
	});

	it('counts nothing for skipped items', () => {
		const skipped = bank.questions.map((q) => ({ questionId: q.id, choice: null }));
		bank.roles.forEach((_, r) => expect(surprise(bank, estimateTraits(bank, skipped), r)).toBe(0));
	});
});

describe('rolePredictions', () => {
	it('pulls the response model towards the answers the role’s panel people gave, the model counting as modelWeight people', () => {
		const qi = bank.questions.findIndex((q) => q.kind === 'pair');
		const counted: QuizBank = {
			...bank,
			roles: bank.roles.map((r, i) =>
				i === 0 ? { ...r, answered: bank.questions.map((_, j) => (j === qi ? [0, 6] : [])) } : r
			)
		};
		const model = rolePredictions(bank)[0]![qi]!;
		const k = bank.tuning.modelWeight;
		const pulled = rolePredictions(counted)[0]![qi]!;
		expect(pulled[0]).toBeCloseTo((k * model[0]!) / (6 + k), 12);
		expect(pulled[1]).toBeCloseTo((6 + k * model[1]!) / (6 + k), 12);
		// Items and roles without counts keep the model.
		expect(rolePredictions(counted)[0]![qi + 1]).toEqual(rolePredictions(bank)[0]![qi + 1]);
		expect(rolePredictions(counted)[1]).toEqual(rolePredictions(bank)[1]);
	});
});
