/** The home page: the quiz first, every role under its family, progressions and sourced facts. */
import { readdirSync } from 'node:fs';
import { expect, expectNoAxeViolations, LOCALES, test, tr } from './fixtures';

const ROLE_COUNT = readdirSync(new URL('../src/lib/content/data/roles/', import.meta.url)).length;

for (const locale of LOCALES) {
	test(`the first screen on a phone promises, and leads to the quiz (${locale})`, async ({
		browser
	}) => {
		const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
		const page = await context.newPage();
		await page.goto(`/${locale}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr(locale, 'home:promise'));
		const quiz = page.getByRole('link', { name: tr(locale, 'home:quiz.cta') });
		await expect(quiz).toBeInViewport();
		await quiz.click();
		await expect(page).toHaveURL(new RegExp(`/${locale}/quiz$`));
		await context.close();
	});

	test(`families list every role; paths and facts carry years and sources (${locale})`, async ({
		page
	}) => {
		await page.goto(`/${locale}`);
		const families = page.getByRole('region', { name: tr(locale, 'home:families.title') });
		await expect(families.getByRole('heading', { level: 3 })).toHaveCount(7);
		await expect(families.locator('.role-links a')).toHaveCount(ROLE_COUNT);
		await expect(families.locator('svg')).toHaveCount(7);
		await expect(families.locator('svg[aria-hidden="true"]')).toHaveCount(7);

		const paths = page.getByRole('region', { name: tr(locale, 'home:paths.title') });
		await expect(paths.locator('ol')).toHaveCount(3);
		for (const path of await paths.locator('ol').all())
			await expect(path.locator('li .chip')).toHaveCount((await path.locator('li').count()) - 1);

		const facts = page.getByRole('region', { name: tr(locale, 'home:facts.title') });
		await expect(facts.locator('li')).toHaveCount(3);
		for (const fact of await facts.locator('li .source').all())
			await expect(fact).toHaveText(/20\d\d/);
		await expectNoAxeViolations(page);
	});
}
