import { describe, expect, it } from 'vitest';
import { toQuizBank } from '../bank/bank';
import { content } from '../content/catalogue';
import { roleTitle } from '../content/localize';
import { resultsView } from './view';

const bank = toQuizBank(content);
const answers = bank.questions.slice(0, 14).map((q, i) => ({ questionId: q.id, choice: i % 2 }));

describe('resultsView', () => {
	it('with an experience answer, splits roles to start in now from roles to grow into, with where people come from', () => {
		const view = resultsView(content, bank, answers, 'en', null, 0);
		expect(view.groups.map((g) => g.id)).toEqual(['now', 'grow']);
		const [now, grow] = view.groups;
		for (const m of now!.matches) {
			expect(content.roles.find((r) => r.id === m.id)!.level).toBe('entry');
			expect(m.reachedFrom).toEqual([]);
		}
		for (const g of grow!.matches) {
			const role = content.roles.find((r) => r.id === g.id)!;
			expect(role.level).not.toBe('entry');
			const from = content.roles.flatMap((r) =>
				r.next
					.filter((n) => n.role === g.id)
					.map((n) => ({ title: roleTitle(r, 'en'), years: n.years }))
			);
			expect(g.reachedFrom).toEqual(from);
			expect(g.reachedFrom.length).toBeGreaterThan(0);
			expect(g.entryRoutes).toEqual(role.entry.steps.en);
		}
	});

	it('has one group of best matches without an experience answer', () => {
		const view = resultsView(content, bank, answers, 'fr');
		expect(view.groups.map((g) => g.id)).toEqual(['best']);
		expect(view.groups[0]!.matches.every((m) => m.reachedFrom.length === 0)).toBe(true);
	});
});
