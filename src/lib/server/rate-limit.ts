/**
 * Per-address rate limits, in this process's memory only: addresses are never stored or logged,
 * and a counter is forgotten when its window ends. With several app instances each one counts on
 * its own (the limit then applies per instance).
 */
type Window = { start: number; count: number };

export type Limit = { max: number; windowMs: number };

export const LIMITS = {
	createGroup: { max: 10, windowMs: 3_600_000 },
	createCampaign: { max: 10, windowMs: 3_600_000 },
	join: { max: 60, windowMs: 600_000 },
	share: { max: 30, windowMs: 600_000 },
	organizer: { max: 600, windowMs: 600_000 },
	event: { max: 600, windowMs: 600_000 },
	qr: { max: 300, windowMs: 600_000 }
} satisfies Record<string, Limit>;

const windows = new Map<string, Window>();
let lastSweep = 0;

function sweep(now: number): void {
	if (now - lastSweep < 60_000) return;
	lastSweep = now;
	for (const [key, w] of windows) if (now - w.start > 3_600_000) windows.delete(key);
}

/** Counts one request; false when the address has used up its limit for this window. */
export function allow(bucket: keyof typeof LIMITS, address: string, now = Date.now()): boolean {
	if (process.env.RATE_LIMITS === 'off') return true;
	const { max, windowMs } = LIMITS[bucket];
	sweep(now);
	const key = `${bucket} ${address}`;
	const w = windows.get(key);
	if (!w || now - w.start >= windowMs) {
		windows.set(key, { start: now, count: 1 });
		return true;
	}
	w.count++;
	return w.count <= max;
}
