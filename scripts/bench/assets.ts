/**
 * Fonts and illustrations a first visit loads: font files at their transfer size, image files at
 * theirs, and the illustrations drawn inline (`svg.ill`) at their size in the HTML.
 */
import type { Browser, Response } from 'playwright';
import { open } from './scripts.ts';

export type AssetLoad = {
	fonts: { bytes: number; count: number };
	images: { bytes: number; count: number; inlineBytes: number; inlineCount: number };
};

async function total(responses: Response[]): Promise<{ bytes: number; count: number }> {
	const urls = new Set<string>();
	let bytes = 0;
	for (const r of responses) {
		if (urls.has(r.url())) continue;
		urls.add(r.url());
		bytes += (await r.request().sizes()).responseBodySize;
	}
	return { bytes, count: urls.size };
}

export async function firstVisitAssets(
	browser: Browser,
	origin: string,
	path: string
): Promise<AssetLoad> {
	const { context, page, responses } = await open(browser, origin, path);
	try {
		const type = (r: Response) => r.request().resourceType();
		const inline = await page
			.locator('svg.ill')
			.evaluateAll((svgs) => svgs.map((svg) => svg.outerHTML.length));
		const images = await total(responses.filter((r) => type(r) === 'image'));
		return {
			fonts: await total(responses.filter((r) => type(r) === 'font')),
			images: {
				...images,
				inlineBytes: inline.reduce((sum, n) => sum + n, 0),
				inlineCount: inline.length
			}
		};
	} finally {
		await context.close();
	}
}
