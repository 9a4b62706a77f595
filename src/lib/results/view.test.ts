import { describe, expect, it } from 'vitest';
import { toQuizBank } from '../bank/bank';
import { content } from '../content/catalogue';
import { roleTitle } from '../content/localize';
import { resultsView } from './view';

const bank = toQuizBank(content);
const answers = bank.questions.slice(0, 14).map((q, i) => ({ questionId: q.id, choice: i % 2 }));

describe('resultsView', () => {
	it('shows, for each role to grow into, the roles people come from and the usual route', () => {
		const view = resultsView(content, bank, answers, 'en', null, 0);
		expect(view.grow.length).toBeGreaterThan(0);
		for (const g of view.grow) {
			const role = content.roles.find((r) => r.id === g.id)!;
			const from = content.roles
				.filter((r) => r.next.some((n) => n.role === g.id))
				.map((r) => roleTitle(r, 'en'));
			expect(g.reachedFrom).toEqual(from);
			expect(g.reachedFrom.length).toBeGreaterThan(0);
			expect(g.route).toBe(role.entry.steps.en[0]);
		}
	});

	it('has nothing to grow into without an experience answer', () => {
		expect(resultsView(content, bank, answers, 'fr').grow).toEqual([]);
	});
});
