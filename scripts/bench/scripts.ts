/**
 * JavaScript a visit downloads: every script response of a page, counted at its encoded (transfer)
 * body size, once per URL, frames included. The browser asks for gzip only, so the server's precompressed .gz files are measured;
 * a script that comes back otherwise encoded is gzipped here (zlib, level 9) and reported as such.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Response } from 'playwright';
import { watchErrors } from './errors.ts';

export type ScriptLoad = { bytes: number; count: number; computed: number; urls: string[] };

const isScript = (r: Response) =>
	r.request().resourceType() === 'script' ||
	/javascript|ecmascript/.test(r.headers()['content-type'] ?? '');

async function measure(responses: Response[]): Promise<ScriptLoad> {
	const load: ScriptLoad = { bytes: 0, count: 0, computed: 0, urls: [] };
	for (const r of responses) {
		// Once per URL: a frame on the page (an embed) reuses the page's cached modules.
		if (r.fromServiceWorker() || load.urls.includes(r.url())) continue;
		load.count++;
		load.urls.push(r.url());
		if (r.headers()['content-encoding'] === 'gzip') {
			load.bytes += (await r.request().sizes()).responseBodySize;
		} else {
			load.bytes += gzipSync(await r.body(), { level: 9 }).length;
			load.computed++;
		}
	}
	return load;
}

async function freshContext(browser: Browser): Promise<BrowserContext> {
	return browser.newContext({ extraHTTPHeaders: { 'accept-encoding': 'gzip' } });
}

/**
 * Opens `path` in a fresh context (empty cache and storage) and waits for the network to be idle;
 * `scripts` are its script responses, `responses` all of them.
 */
export async function open(browser: Browser, origin: string, path: string) {
	const context = await freshContext(browser);
	const page = await context.newPage();
	const errors = watchErrors(page);
	const scripts: Response[] = [];
	const responses: Response[] = [];
	page.on('response', (r) => {
		responses.push(r);
		if (isScript(r)) scripts.push(r);
	});
	const response = await page.goto(origin + path, { waitUntil: 'networkidle' });
	if (!response?.ok()) throw new Error(`${path}: HTTP ${response?.status() ?? 'no response'}`);
	errors.check();
	return { context, page, errors, scripts, responses };
}

export async function firstVisitScripts(
	browser: Browser,
	origin: string,
	path: string
): Promise<ScriptLoad> {
	const { context, scripts } = await open(browser, origin, path);
	try {
		return await measure(scripts);
	} finally {
		await context.close();
	}
}

/** The JavaScript the quiz loads when the visitor clicks Start (the engine is loaded on demand). */
export async function startScripts(
	browser: Browser,
	origin: string,
	path: string
): Promise<ScriptLoad> {
	const { context, page, errors, scripts } = await open(browser, origin, path);
	try {
		const before = scripts.length;
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		// The first question renders once the engine's modules are imported.
		await page.locator('#question-heading').waitFor();
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(500);
		errors.check();
		return await measure(scripts.slice(before));
	} finally {
		await context.close();
	}
}
