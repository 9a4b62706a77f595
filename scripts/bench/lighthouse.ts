/**
 * Lighthouse scores through its Node API: one headless Chrome (chrome-launcher), one page at a time,
 * the default mobile emulation and simulated throttling. Yields the four category scores and, for a
 * score below 100, the audits that cost points.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS } from '../chromium.js';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

export type FailingAudit = {
	category: Category;
	id: string;
	title: string;
	score: number;
	detail: string;
};
export type LighthouseResult = {
	name: string;
	scores: Partial<Record<Category, number>>;
	failing: FailingAudit[];
	/** Performance score of every run, lowest first. */
	performanceRuns: number[];
	/** Lighthouse's measure of this machine's CPU speed during the reported run. */
	benchmarkIndex: number;
};

const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

type Item = Record<string, unknown> & {
	node?: { selector?: string; snippet?: string };
	url?: string;
	source?: { url?: string };
	description?: string;
};

/** A few of an audit's items (elements, URLs or messages), to say where the problem is. */
function where(details: unknown): string {
	const items = ((details as { items?: Item[] } | undefined)?.items ?? []).slice(0, 3);
	const parts = items
		.map((i) => i.node?.selector ?? i.url ?? i.source?.url ?? i.description)
		.filter((s): s is string => typeof s === 'string' && s.length > 0)
		.map((s) => (s.length > 90 ? `${s.slice(0, 87)}…` : s));
	return parts.length ? ` [${parts.join(' | ')}]` : '';
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/** One Lighthouse run in a fresh Chrome; a run the tracing spoiled (a runtime error) is retried. */
async function audit(url: string, chromePath: string, attempts = 3): Promise<Lhr> {
	for (let attempt = 1; ; attempt++) {
		const chrome = await chromeLauncher.launch({
			chromePath,
			chromeFlags: CHROME_FLAGS,
			logLevel: 'silent'
		});
		try {
			const run = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...CATEGORIES]
			});
			const error = run ? run.lhr.runtimeError : { code: 'NO_RESULT', message: 'no result' };
			if (!error) return run!.lhr;
			if (attempt >= attempts)
				throw new Error(`Lighthouse on ${url}: ${error.code} ${error.message}`);
		} finally {
			chrome.kill();
		}
	}
}

export async function* runLighthouse(
	pages: { name: string; url: string }[],
	options: { chromePath: string; runs: number; reportsDir?: string }
): AsyncGenerator<LighthouseResult> {
	if (options.reportsDir) await mkdir(options.reportsDir, { recursive: true });
	for (const { name, url } of pages) {
		const runs: Lhr[] = [];
		for (let i = 0; i < options.runs; i++) runs.push(await audit(url, options.chromePath));
		// The run with the median performance score (the other categories barely vary).
		runs.sort(
			(a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0)
		);
		const lhr = runs[(runs.length - 1) >> 1]!;
		if (options.reportsDir)
			await writeFile(`${options.reportsDir}/${name}.json`, JSON.stringify(lhr, null, '\t'));

		const scores: LighthouseResult['scores'] = {};
		const failing: FailingAudit[] = [];
		for (const category of CATEGORIES) {
			const c = lhr.categories[category];
			if (!c || c.score === null) continue;
			scores[category] = Math.round(c.score * 100);
			if (c.score === 1) continue;
			for (const ref of c.auditRefs) {
				const audit = lhr.audits[ref.id];
				// Weighted audits cost the points; in Performance, the metrics do.
				if (!audit || audit.score === null || audit.score >= 1 || ref.weight === 0) continue;
				const value = audit.displayValue ? ` — ${audit.displayValue}` : '';
				failing.push({
					category,
					id: ref.id,
					title: audit.title,
					score: Math.round(audit.score * 100) / 100,
					detail: value + (category === 'performance' ? '' : where(audit.details))
				});
			}
		}
		const perf = runs.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100));
		yield {
			name,
			scores,
			failing,
			performanceRuns: perf,
			benchmarkIndex: Math.round(lhr.environment.benchmarkIndex)
		};
	}
}
