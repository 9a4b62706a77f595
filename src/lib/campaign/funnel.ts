/**
 * A tracked campaign's figures: the stored daily counts turned into a funnel (landing views → quiz
 * starts → finishes, by fit for the target role → "Apply" clicks) and a daily series.
 */
export const METRICS = ['view', 'start', 'finish', 'apply'] as const;
export type Metric = (typeof METRICS)[number];
export const BANDS = ['strong', 'medium', 'weak'] as const;
export type Band = (typeof BANDS)[number];

/** The stored metric: a finish carries the fit band for the target role when there is one. */
export function storedMetric(metric: Metric, band?: Band): string {
	return metric === 'finish' && band ? `finish-${band}` : metric;
}

export type Day = { day: string } & Record<Metric, number>;
export type Funnel = {
	totals: Record<Metric, number>;
	finishes: Record<Band, number>;
	days: Day[];
};

export function funnel(rows: readonly { day: string; metric: string; count: number }[]): Funnel {
	const zero = () => ({ view: 0, start: 0, finish: 0, apply: 0 });
	const totals = zero();
	const finishes = { strong: 0, medium: 0, weak: 0 };
	const days = new Map<string, Day>();
	for (const { day, metric, count } of rows) {
		const [base, band] = metric.split('-') as [string, string | undefined];
		if (!(METRICS as readonly string[]).includes(base)) continue;
		const d = days.get(day) ?? { day, ...zero() };
		d[base as Metric] += count;
		totals[base as Metric] += count;
		if (band && (BANDS as readonly string[]).includes(band)) finishes[band as Band] += count;
		days.set(day, d);
	}
	return { totals, finishes, days: [...days.values()].sort((a, b) => a.day.localeCompare(b.day)) };
}

// Made once: building a formatter costs far more than formatting (it is called for every count).
const brusselsDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' });
const HOUR = 3_600_000;
// Brussels is always a whole number of hours off UTC, so its date only changes on a UTC hour:
// formatting once an hour is enough.
let last = { hour: NaN, day: '' };

/** The calendar day in Belgium and France (one time zone) for a moment. */
export function campaignDay(ms: number): string {
	const hour = Math.floor(ms / HOUR);
	if (hour !== last.hour) last = { hour, day: brusselsDay.format(hour * HOUR) };
	return last.day;
}
