import { describe, expect, it } from 'vitest';
import { content } from '../content/catalogue';
import { TRAIT_IDS } from '../content/schema';
import { toQuizBank } from '../bank/bank';
import { traitsCovered } from './fixtures';
import { opening } from './select';
import { study } from './simulate';
import { TUNING } from '../bank/tuning';

const bank = toQuizBank(content);

describe('on the real catalogue', () => {
	it('opens with 4–6 items covering all 13 traits', () => {
		const ids = opening(bank);
		expect(ids.length).toBeGreaterThanOrEqual(TUNING.openingMin);
		expect(ids.length).toBeLessThanOrEqual(TUNING.openingMax);
		const covered = traitsCovered(bank, ids);
		expect([...covered].sort()).toEqual([...TRAIT_IDS].sort());
	});

	// Seeded simulation (same persona/response model as `npm run bench:match`): a regression floor.
	it('recovers the persona’s role in the top 3 at least 90% of the time', () => {
		const s = study(bank, { perRole: 40, seed: 7 });
		expect(s.top3).toBeGreaterThanOrEqual(0.9);
		expect(s.meanQuestions).toBeLessThanOrEqual(TUNING.ceiling);
	}, 60_000);
});
