import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
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

type Messages = { [key: string]: string | Messages };
const files = new Map<string, Messages>();

/**
 * A UI string from the translation files, as i18next renders it: `tr('fr', 'quiz:question.next')`,
 * with `{{name}}` filled from `values` and, given a `count`, the plural form the language uses.
 */
export function tr(
	locale: (typeof LOCALES)[number],
	key: string,
	values: Record<string, string | number> = {}
): string {
	const [ns, path] = key.split(':') as [string, string];
	const file = `${locale}/${ns}`;
	if (!files.has(file))
		files.set(
			file,
			JSON.parse(
				readFileSync(new URL(`../src/lib/i18n/${file}.json`, import.meta.url), 'utf8')
			) as Messages
		);
	const lookup = (p: string) =>
		p
			.split('.')
			.reduce<string | Messages | undefined>(
				(node, part) => (typeof node === 'object' ? node[part] : undefined),
				files.get(file)
			);
	let text = lookup(path);
	if (typeof text !== 'string' && typeof values.count === 'number')
		text = lookup(`${path}_${new Intl.PluralRules(locale).select(values.count)}`);
	if (typeof text !== 'string') throw new Error(`no text for ${locale} ${key}`);
	return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}
