import { describe, expect, it } from 'vitest';
import { content } from './catalogue';
import { TRAIT_IDS, type Question } from './schema';

const { questions } = content;

/** The load sets a question carries: one per option, or the statement's own for a scale item. */
function loadSets(q: Question): Record<string, number>[] {
	return q.kind === 'scale' ? [q.loads] : q.options.map((o) => o.loads);
}

/** Whether the question measures a trait: some load on it of at least 0.4 in size. */
function measures(q: Question, trait: string): boolean {
	return loadSets(q).some((loads) => Math.abs(loads[trait] ?? 0) >= 0.4);
}

describe('question bank', () => {
	it('has at least 40 items', () => {
		expect(questions.length).toBeGreaterThanOrEqual(40);
	});

	it('has every kind of item', () => {
		const kinds = new Set(questions.map((q) => q.kind));
		expect([...kinds].sort()).toEqual(['pair', 'scale', 'situational']);
	});

	it.each(TRAIT_IDS)('measures %s in at least 4 items', (trait) => {
		const count = questions.filter((q) => measures(q, trait)).length;
		expect(count).toBeGreaterThanOrEqual(4);
	});

	it('gives situational items 3 to 4 options', () => {
		for (const q of questions)
			if (q.kind === 'situational') {
				expect(q.options.length, q.id).toBeGreaterThanOrEqual(3);
				expect(q.options.length, q.id).toBeLessThanOrEqual(4);
			}
	});

	it('loads every option (and every statement) on at least one trait', () => {
		for (const q of questions)
			for (const loads of loadSets(q))
				expect(
					Object.values(loads).some((w) => w !== 0),
					q.id
				).toBe(true);
	});

	it('has unique question ids, and unique option ids within each question', () => {
		const ids = questions.map((q) => q.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const q of questions)
			if (q.kind !== 'scale') {
				const optionIds = q.options.map((o) => o.id);
				expect(new Set(optionIds).size, q.id).toBe(optionIds.length);
			}
	});
});
