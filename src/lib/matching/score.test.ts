import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../bank/bank';
import { fixtureBank as bank } from '../quiz/fixtures';
import { estimateTraits } from './estimate';
import { expectedLevels, ownLevel, roleDistance, traitPenalty, traitWeights } from './score';

const arbAnswers = fc
	.subarray(bank.questions)
	.chain((qs) =>
		fc.tuple(
			...qs.map((q) =>
				fc
					.option(fc.nat({ max: (q.kind === 'scale' ? 5 : q.options.length) - 1 }), { nil: null })
					.map((choice): Answer => ({ questionId: q.id, choice }))
			)
		)
	);

describe('roleDistance', () => {
	it('is exactly the documented weighted mean of trait penalties (its precomputed tables change nothing)', () => {
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
					expect(roleDistance(bank, estimate, r)).toBe(den > 0 ? num / den : 0);
				});
			})
		);
	});
});
