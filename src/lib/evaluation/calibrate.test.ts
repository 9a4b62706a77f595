import { describe, expect, it } from 'vitest';
import { toQuizBank, withCalibration } from '../bank/bank';
import { content } from '../content/catalogue';
import { estimateTraits } from '../matching/estimate';
import { expectedLevels } from '../matching/score';
import { fitLevels } from './calibrate';
import { panelAnswers, type Persona } from './panel';
import panelData from './panel.json';

const bank = toQuizBank(content);
const panel = panelData as Persona[];
const role = 'trainer';
const r = bank.roles.findIndex((x) => x.id === role);
const people = panel.filter((p) => p.expected === role);
const everyItem = (p: Persona) => panelAnswers(bank, content.questions, p);

describe('fitLevels', () => {
	it('finds levels at which people who fit the role show what its panel personas showed', () => {
		const fit = fitLevels(bank, content, people, 0);
		const { levels } = fit;
		const all = estimateTraits(bank, everyItem(people[0]!));
		const shown = expectedLevels(withCalibration(bank, fit), all, r);
		for (const t of bank.traits) {
			const mean =
				people.reduce((s, p) => s + estimateTraits(bank, everyItem(p)).traits[t].value, 0) /
				people.length;
			// Unless the level hit the end of its range, the fit reproduces the mean within rounding.
			if (levels[role]![t] > 0.02 && levels[role]![t] < 0.98)
				expect(shown[t], t).toBeCloseTo(mean, 2);
		}
	});

	it('pulls towards the profile by n / (n + shrinkage), and keeps the profile without people', () => {
		const free = fitLevels(bank, content, people, 0).levels[role]!;
		const pulled = fitLevels(bank, content, people, people.length).levels[role]!;
		const profile = bank.roles[r]!.profile;
		for (const t of bank.traits)
			expect(pulled[t]).toBeCloseTo(profile[t] + (free[t] - profile[t]) / 2, 2);
		const other = bank.roles.find((x) => x.id !== role)!;
		expect(fitLevels(bank, content, people).levels[other.id]).toEqual(other.profile);
	});

	it('is what the catalogue ships (run `npm run fit:levels` after changing items, profiles or the panel)', () => {
		const fit = fitLevels(bank, content, panel);
		expect(fit.levels).toEqual(content.answering);
		expect(fit.answered).toEqual(content.answered);
	});
});
