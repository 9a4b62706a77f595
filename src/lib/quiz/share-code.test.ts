import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { results } from '../matching/index';
import type { Answer } from '../bank/bank';
import { fixtureBank as bank } from './fixtures';
import { decodeShareCode, encodeShareCode } from './share-code';

const arbAnswers = fc
	.shuffledSubarray(bank.questions)
	.chain((qs) =>
		fc.tuple(
			...qs.map((q) =>
				fc
					.option(fc.nat({ max: (q.kind === 'scale' ? 5 : q.options.length) - 1 }), { nil: null })
					.map((choice): Answer => ({ questionId: q.id, choice }))
			)
		)
	);
const arbTarget = fc.option(fc.constantFrom(...bank.roles.map((r) => r.id)), { nil: undefined });

describe('share codes', () => {
	it('round-trip answers (in order) and the target role, and reproduce the results', () => {
		fc.assert(
			fc.property(arbAnswers, arbTarget, (answers, target) => {
				const code = encodeShareCode(bank, answers, target);
				expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
				const decoded = decodeShareCode(bank, code);
				expect(decoded).toEqual({ ok: true, answers, ...(target ? { targetRole: target } : {}) });
				if (decoded.ok)
					expect(results(bank, decoded.answers, decoded.targetRole)).toEqual(
						results(bank, answers, target)
					);
			})
		);
	});

	it('carry the answer to the experience question', () => {
		const answers = [{ questionId: 's-empathy', choice: 3 }];
		expect(decodeShareCode(bank, encodeShareCode(bank, answers, null, 2))).toEqual({
			ok: true,
			answers,
			stage: 2
		});
	});

	it('reopen a code from an earlier version whose item order is on record, flagged as recomputed', () => {
		// The earlier version listed the items in another order and had one item since retired.
		const items = ['retired', ...bank.questions.map((q) => q.id).reverse()];
		const roles = bank.roles.map((r) => r.id);
		const old = {
			...bank,
			version: '0000old',
			questions: items.map((id) => ({ id, kind: 'scale' as const, loads: {} }))
		};
		const answers = [
			{ questionId: 'retired', choice: 1 },
			{ questionId: 's-empathy', choice: 4 },
			{ questionId: 'p-sell-or-analyse', choice: null }
		];
		const code = encodeShareCode(old, answers, 'lead');
		expect(decodeShareCode(bank, code)).toEqual({ ok: false, reason: 'outdated' });
		expect(decodeShareCode(bank, code, { '0000old': { items, roles } })).toEqual({
			ok: true,
			answers: answers.slice(1),
			targetRole: 'lead',
			recomputed: true
		});
	});

	it('stay short', () => {
		const answers = bank.questions.slice(0, 14).map((q) => ({ questionId: q.id, choice: 1 }));
		expect(encodeShareCode(bank, answers).length).toBeLessThanOrEqual(40);
	});

	it('detect a changed character', () => {
		fc.assert(
			fc.property(arbAnswers, fc.nat(), fc.nat({ max: 63 }), (answers, at, to) => {
				const code = encodeShareCode(bank, answers);
				const i = at % code.length;
				const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
				const ch = alphabet[to]!;
				fc.pre(ch !== code[i]);
				const r = decodeShareCode(bank, code.slice(0, i) + ch + code.slice(i + 1));
				expect(r.ok).toBe(false);
			}),
			{ numRuns: 300 }
		);
	});

	it('report a code from another content version as outdated', () => {
		const code = encodeShareCode(bank, [{ questionId: 's-empathy', choice: 4 }]);
		expect(decodeShareCode({ ...bank, version: '1abcdef' }, code)).toEqual({
			ok: false,
			reason: 'outdated'
		});
	});

	it('reject junk cleanly, never throwing', () => {
		for (const junk of ['', 'a', '!!!!', 'AAAAAAAAAAAA', 'x'.repeat(5000)])
			expect(decodeShareCode(bank, junk).ok).toBe(false);
		fc.assert(
			fc.property(
				fc.oneof(fc.string(), fc.stringMatching(/^[A-Za-z0-9_-]{0,40}$/), fc.anything()),
				(code) => {
					const r = decodeShareCode(bank, code as string);
					if (!r.ok) expect(['malformed', 'outdated', 'tampered']).toContain(r.reason);
					else expect(Array.isArray(r.answers)).toBe(true);
				}
			),
			{ numRuns: 1000 }
		);
	});
});
