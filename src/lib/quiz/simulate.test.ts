import { describe, expect, it } from 'vitest';
import { content } from '../content/catalogue';
import { TRAIT_IDS } from '../content/schema';
import { STAGES, toQuizBank } from '../bank/bank';
import history from '../bank/history.json';
import type { BankHistory } from './share-code';
import { traitsCovered } from './fixtures';
import { opening } from './select';
import { study } from './simulate';
import { TUNING } from '../bank/tuning';

const bank = toQuizBank(content);

describe('on the real catalogue', () => {
	it('opens with 4–6 items covering all 13 traits, starting differently by experience', () => {
		const openings = [null, ...STAGES.map((_, i) => i)].map((stage) => opening(bank, stage));
		for (const ids of openings) {
			expect(ids.length).toBeGreaterThanOrEqual(TUNING.openingMin);
			expect(ids.length).toBeLessThanOrEqual(TUNING.openingMax);
			const covered = traitsCovered(bank, ids);
			expect([...covered].sort()).toEqual([...TRAIT_IDS].sort());
		}
		expect(new Set(openings.map((ids) => ids[0])).size).toBe(openings.length);
	});

	it('records this version’s item and role order, so its share codes reopen after a change', () => {
		const entry = {
			items: bank.questions.map((q) => q.id),
			roles: bank.roles.map((r) => r.id)
		};
		const recorded = (history as BankHistory)[bank.version];
		expect(
			recorded,
			`add to src/lib/bank/history.json: "${bank.version}": ${JSON.stringify(entry)}`
		).toEqual(entry);
	});

	// Seeded simulation (same persona/response model as `npm run bench:match`): a regression floor.
	// The calibrated levels of neighbouring roles lie closer together than their profiles, so these
	// self-generated personas overlap more; the persona panel (src/lib/evaluation) is what counts.
	it('recovers the persona’s role in the top 3 at least 85% of the time', () => {
		const s = study(bank, { perRole: 40, seed: 7 });
		expect(s.top3).toBeGreaterThanOrEqual(0.85);
		expect(s.meanQuestions).toBeLessThanOrEqual(TUNING.ceiling);
	}, 60_000);
});
