import { describe, expect, it } from 'vitest';
import { campaignDay, funnel, storedMetric } from './funnel';

describe('campaign funnel', () => {
	it('adds up the daily counts into totals, fit levels and a series by day', () => {
		const f = funnel([
			{ day: '2026-11-27', metric: 'view', count: 4 },
			{ day: '2026-11-26', metric: 'view', count: 10 },
			{ day: '2026-11-26', metric: 'start', count: 6 },
			{ day: '2026-11-26', metric: storedMetric('finish', 'strong'), count: 2 },
			{ day: '2026-11-26', metric: storedMetric('finish', 'weak'), count: 1 },
			{ day: '2026-11-26', metric: storedMetric('finish'), count: 1 },
			{ day: '2026-11-26', metric: 'apply', count: 1 },
			{ day: '2026-11-26', metric: 'bogus', count: 99 }
		]);
		expect(f.totals).toEqual({ view: 14, start: 6, finish: 4, apply: 1 });
		expect(f.finishes).toEqual({ strong: 2, medium: 0, weak: 1 });
		expect(f.days.map((d) => [d.day, d.view])).toEqual([
			['2026-11-26', 10],
			['2026-11-27', 4]
		]);
	});

	it('counts days in Brussels time', () => {
		expect(campaignDay(Date.UTC(2026, 10, 26, 23, 30))).toBe('2026-11-27');
		expect(campaignDay(Date.UTC(2026, 6, 1, 21, 59))).toBe('2026-07-01');
		expect(campaignDay(Date.UTC(2026, 6, 1, 21, 0))).toBe('2026-07-01');
		expect(campaignDay(Date.UTC(2026, 6, 1, 22, 0))).toBe('2026-07-02');
		expect(campaignDay(Date.UTC(2026, 10, 26, 22, 59, 59, 999))).toBe('2026-11-26');
		expect(campaignDay(Date.UTC(2026, 10, 26, 23, 0))).toBe('2026-11-27');
	});
});
