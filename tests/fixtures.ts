import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

export const LOCALES = ['fr', 'nl', 'en'] as const;

/** Every test fails on a CSP violation or an uncaught error in the page. */
export const test = base.extend<{ pageErrors: string[] }>({
	pageErrors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			page.on('console', (msg) => {
				if (msg.type() === 'error' && /Content[- ]Security[- ]Policy|Refused to/i.test(msg.text()))
					errors.push(msg.text());
			});
			await use(errors);
			expect(errors, 'errors and CSP violations in the page').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Waits until the page is interactive (the root layout marks it after hydration). */
export async function hydrated(page: Page): Promise<void> {
	await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
	expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}
