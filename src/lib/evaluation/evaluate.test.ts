import { describe, expect, it } from 'vitest';
import { toQuizBank } from '../bank/bank';
import { content } from '../content/catalogue';
import { halves, panelRuns, patternCheck, stability, summarize } from './evaluate';
import panelData from './panel.json';
import type { Persona } from './panel';

const bank = toQuizBank(content);
const panel = panelData as Persona[];

// Regression floors on the persona panel, through the real quiz machine (deterministic; the stability
// perturbations are seeded). `npm run eval:match` prints the full figures and the targets.
describe('matching on the persona panel', () => {
	const runs = panelRuns(bank, content, panel);
	const s = summarize(runs);

	it('ranks the expected role first, or in the top 3, often enough', () => {
		expect(s.runs).toBeGreaterThanOrEqual(57);
		expect(s.top1).toBeGreaterThanOrEqual(0.61);
		expect(s.top3).toBeGreaterThanOrEqual(0.85);
		expect(s.okAt1).toBeGreaterThanOrEqual(0.7);
	});

	it('stays short: at most 14 questions on average, never past the ceiling', () => {
		expect(s.meanQuestions).toBeLessThanOrEqual(14);
		expect(s.maxQuestions).toBeLessThanOrEqual(bank.tuning.ceiling);
	});

	it('keeps the #1 role under small answer changes, and the panel figures over those re-runs', () => {
		const st = stability(bank, content, panel, runs, 5, 3);
		expect(st.sameFirst).toBeGreaterThanOrEqual(0.77);
		// Many answer paths per person: far less sensitive to one persona's path than the figures above.
		const over = summarize(st.outcomes);
		expect(over.runs).toBe(panel.length * 5);
		expect(over.top1).toBeGreaterThanOrEqual(0.49);
		expect(over.top3).toBeGreaterThanOrEqual(0.72);
		expect(over.okAt1).toBeGreaterThanOrEqual(0.63);
	}, 60_000);

	it('gives a visitor strong on everything the role whose pattern they match, not a broad one', () => {
		const ownFirst = (base: number) =>
			patternCheck(bank, base).filter((c) => c.first === c.role).length;
		expect(ownFirst(0.5)).toBeGreaterThanOrEqual(16);
		expect(ownFirst(0.7)).toBeGreaterThanOrEqual(13);
	});

	it('splits the panel into two halves that alternate each role’s personas', () => {
		const [a, b] = halves(runs);
		expect(a.length + b.length).toBe(runs.length);
		for (const role of bank.roles) {
			const inA = a.filter((o) => o.expected === role.id).length;
			const inB = b.filter((o) => o.expected === role.id).length;
			expect(inA - inB).toBeGreaterThanOrEqual(0);
			expect(inA - inB).toBeLessThanOrEqual(1);
		}
	});

	it('skips and counts the items a persona has no answer for', () => {
		const [first] = panel;
		const partial = { ...first!, answers: {} };
		const [run] = panelRuns(bank, content, [partial]);
		expect(run!.missing).toBe(run!.questions);
		expect(run!.ranking).toHaveLength(bank.roles.length);
	});
});
