/**
 * Quiz responsiveness: the time from clicking "Next" to the next question being painted, at full
 * speed or with the CPU slowed down (`rate`, e.g. 4×) through the DevTools protocol. Each answer is measured with the Event Timing
 * API (the longest `pointerup`/`click` entry of the interaction: input to next paint, in 8 ms steps,
 * reported from 16 ms) and, as a cross-check, page-side: from the click's timestamp to the first
 * frame showing the new question heading (requestAnimationFrame, then a message that runs after
 * that frame's paint). An answer under Event Timing's 16 ms threshold takes the page-side figure.
 * With `floor`, the same measure on a page that does almost nothing: what no page can go under here.
 */
import type { Browser } from 'playwright';
import { watchErrors } from './errors.ts';

export type InteractionResult = {
	median: number;
	max: number;
	samples: number[];
	pageSide: { median: number; max: number };
	/**
	 * Main-thread frames over 50 ms (Long Animation Frames, which the browser reports only past 50 ms)
	 * that overlap an answer: how many answers had one, and the longest. Event Timing also counts the
	 * time the finished frame takes to reach the screen (compositing, rasterising), which the page's
	 * own work does not decide; this tells the two apart.
	 */
	longFrames: { answers: number; max: number };
	/** The answer on which the stop rule fired (its sample, and its place), if it was among them. */
	last: { ms: number; answer: number } | null;
	source: string;
};

// Plain JavaScript, run in the page before its own scripts.
const PAGE_PROBE = `(() => {
	const bench = (window.__bench = { events: [], paints: [], ends: [], frames: [] });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) bench.frames.push({ startTime: e.startTime, duration: e.duration });
	}).observe({ type: 'long-animation-frame', buffered: true });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			bench.events.push({ name: e.name, startTime: e.startTime, duration: e.duration, interactionId: e.interactionId });
	}).observe({ type: 'event', durationThreshold: 16, buffered: true });
	addEventListener('click', (event) => {
		const heading = document.querySelector('#question-heading');
		if (!heading || !event.target.closest || !event.target.closest('button[type=submit]')) return;
		const before = heading.textContent;
		const start = event.timeStamp;
		const frame = (n) => requestAnimationFrame(() => {
			const now = document.querySelector('#question-heading, #review-heading');
			if ((!now || now.textContent === before) && n < 120) return frame(n + 1);
			const channel = new MessageChannel();
			channel.port1.onmessage = () => {
				bench.ends.push(!!now && now.id === 'review-heading');
				bench.paints.push(performance.now() - start);
			};
			channel.port2.postMessage(0);
		});
		frame(0);
	}, true);
})();`;

/**
 * The floor of the measure: a page whose answer only swaps a heading and four options, with the
 * same labels, so the harness, the browser's frame timing and Event Timing's steps are all that
 * is left. It never reaches the server: the benchmark's browser serves it itself.
 */
const FLOOR_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title></head>
<body><main><button type="button" id="start">Start the quiz</button>
<form hidden><h2 id="question-heading">Question 1</h2><fieldset><div id="options"></div></fieldset>
<button type="submit">Next</button></form></main><script>
let n = 1;
const form = document.querySelector('form');
const show = () => {
	document.getElementById('question-heading').textContent = 'Question ' + n;
	document.getElementById('options').innerHTML = [1, 2, 3, 4]
		.map((i) => '<label><input type="radio" name="q' + n + '"> Option ' + i + '</label>')
		.join('');
};
document.getElementById('start').onclick = (e) => { e.target.hidden = true; form.hidden = false; show(); };
form.onsubmit = (e) => { e.preventDefault(); n++; show(); };
</script></body></html>`;

type Bench = {
	events: { name: string; startTime: number; duration: number; interactionId: number }[];
	paints: number[];
	frames: { startTime: number; duration: number }[];
	/** Per answer: whether it ended the quiz (the stop rule fired and the finish screen came up). */
	ends: boolean[];
};

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (x: number) => Math.round(x);

export async function answerToPaint(
	browser: Browser,
	origin: string,
	clicks: number,
	rate: number,
	{ floor = false } = {}
): Promise<InteractionResult> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const errors = watchErrors(page);
	try {
		await page.addInitScript(PAGE_PROBE);
		const path = floor ? '/bench-floor' : '/en/quiz';
		if (floor)
			await page.route(`${origin}${path}`, (route) =>
				route.fulfill({ contentType: 'text/html', body: FLOOR_PAGE })
			);
		await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		await page.locator('#question-heading').waitFor();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate });

		const eventTiming: (number | null)[] = [];
		const pageSide: number[] = [];
		const longest: number[] = [];
		let ended = -1;
		for (let i = 0; i < clicks; i++) {
			const next = page.getByRole('button', { name: 'Next', exact: true });
			if (!(await next.isVisible())) break; // the quiz ended early
			await page.getByRole('radio').first().check();
			// Pressed where a visitor's pointer already rests: Playwright's own click() checks the
			// target with listeners and hit tests inside the page, which would be timed as the page's.
			const box = await next.boundingBox();
			if (!box) throw new Error('the Next button has no box');
			await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
			await page.evaluate(
				() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
			);
			const t0 = await page.evaluate(() => performance.now());
			await page.mouse.down();
			await page.mouse.up();
			await page.waitForFunction(
				(n) => (window as unknown as { __bench: Bench }).__bench.paints.length > n,
				i
			);
			// Event Timing entries are delivered after the paint they end on.
			await page.waitForTimeout(300);
			const bench = await page.evaluate(() => (window as unknown as { __bench: Bench }).__bench);
			const entries = bench.events.filter(
				(e) => e.startTime >= t0 && (e.name === 'click' || e.name === 'pointerup')
			);
			eventTiming.push(entries.length ? Math.max(...entries.map((e) => e.duration)) : null);
			pageSide.push(bench.paints[i]!);
			const end = t0 + bench.paints[i]!;
			const overlapping = bench.frames.filter(
				(f) => f.startTime < end && f.startTime + f.duration > t0
			);
			longest.push(Math.max(0, ...overlapping.map((f) => f.duration)));
			if (bench.ends[i]) {
				ended = i;
				break;
			}
		}
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
		errors.check();
		if (!pageSide.length) throw new Error('the quiz showed no question to answer');

		const samples = eventTiming.map((e, i) => e ?? pageSide[i]!);
		const under = eventTiming.filter((e) => e === null).length;
		return {
			median: round(median(samples)),
			max: round(Math.max(...samples)),
			samples: samples.map(round),
			pageSide: { median: round(median(pageSide)), max: round(Math.max(...pageSide)) },
			longFrames: {
				answers: longest.filter((d) => d > 0).length,
				max: round(Math.max(0, ...longest))
			},
			last: ended < 0 ? null : { ms: round(samples[ended]!), answer: ended + 1 },
			source: under
				? `Event Timing; ${under} under its 16 ms threshold measured page-side`
				: 'Event Timing'
		};
	} finally {
		await context.close();
	}
}
