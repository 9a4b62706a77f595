/**
 * Visual regression: the first screen of each page type on a phone and a laptop, light and dark,
 * against committed baselines (`npx playwright test tests/visual.e2e.ts --update-snapshots` after an
 * intended change). Fonts are self-hosted, so renders are stable; a small tolerance absorbs
 * anti-aliasing.
 */
import type { Page } from '@playwright/test';
import { sampleShareCode } from '../scripts/sample-code.ts';
import { expect, hydrated, test, tr } from './fixtures';

const VIEWPORTS = [
	{ name: 'phone', width: 360, height: 740 },
	{ name: 'laptop', width: 1280, height: 800 }
] as const;
const SCHEMES = ['light', 'dark'] as const;

let code = '';
test.beforeAll(async () => {
	code = await sampleShareCode();
});

const PAGES: { name: string; open: (page: Page) => Promise<void> }[] = [
	{ name: 'home', open: (page) => page.goto('/en').then(() => undefined) },
	{
		name: 'quiz-question',
		open: async (page) => {
			await page.goto('/en/quiz');
			await hydrated(page);
			await page.getByRole('button', { name: tr('en', 'quiz:intro.start') }).click();
			await page.locator('#question-heading').waitFor();
		}
	},
	{
		name: 'results',
		open: async (page) => {
			await page.goto(`/en/results/${code}`);
			await hydrated(page);
		}
	},
	{ name: 'role', open: (page) => page.goto('/en/roles/team-leader').then(() => undefined) },
	{ name: 'roles', open: (page) => page.goto('/en/roles').then(() => undefined) },
	{ name: 'career-map', open: (page) => page.goto('/en/career-map').then(() => undefined) },
	{
		name: 'career-map-focus',
		open: (page) => page.goto('/en/career-map/quality-coach').then(() => undefined)
	}
];

for (const viewport of VIEWPORTS) {
	for (const colorScheme of SCHEMES) {
		test.describe(`${viewport.name}, ${colorScheme}`, () => {
			test.use({
				viewport: { width: viewport.width, height: viewport.height },
				colorScheme,
				deviceScaleFactor: 1
			});
			for (const spec of PAGES) {
				test(spec.name, async ({ page }) => {
					await spec.open(page);
					await page.evaluate(() => document.fonts.ready);
					await expect(page).toHaveScreenshot(`${spec.name}-${viewport.name}-${colorScheme}.png`, {
						animations: 'disabled',
						maxDiffPixelRatio: 0.01
					});
				});
			}
		});
	}
}
