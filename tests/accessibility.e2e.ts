import { expect, expectNoAxeViolations, hydrated, LOCALES, test, tr } from './fixtures';

/** One page of every type the site has; axe must find nothing on any of them, in any language. */
const PAGES = [
	'',
	'/quiz',
	'/results',
	'/roles',
	'/roles/team-leader',
	'/roles/no-such-role',
	'/compare?roles=team-leader,trainer,quality-coach',
	'/career-map',
	'/career-map/team-leader',
	'/recruiters',
	'/about-data',
	'/privacy',
	'/accessibility',
	'/no-such-page'
];

let resultsCode = '';

test.beforeAll(async ({ browser }) => {
	// A real share code, from a quiz answered with the first option every time.
	const page = await browser.newPage();
	await page.goto('/en/quiz');
	await hydrated(page);
	await page.getByRole('button', { name: tr('en', 'quiz:intro.start') }).click();
	const review = page.getByRole('button', { name: tr('en', 'quiz:review.finish') });
	const question = new RegExp(`^${tr('en', 'quiz:question.heading', { number: '\\d+' })}$`);
	for (let i = 0; i < 30 && !(await review.isVisible()); i++) {
		const heading = page.getByRole('heading', { level: 2, name: question });
		const before = await heading.textContent();
		await page.getByRole('radio').first().check();
		await page.getByRole('button', { name: tr('en', 'quiz:question.next') }).click();
		await expect(heading.or(review)).not.toHaveText(before!);
	}
	await review.click();
	await page.waitForURL(/\/results\/[A-Za-z0-9_-]+$/);
	resultsCode = page.url().split('/').pop()!;
	await page.close();
});

for (const locale of LOCALES) {
	for (const path of [...PAGES, '/results/{code}', 'embed']) {
		test(`axe finds no violation on ${path || '/'} (${locale})`, async ({ page }) => {
			const url =
				path === 'embed'
					? `/embed/${locale}/quiz`
					: `/${locale}${path.replace('{code}', resultsCode)}`;
			await page.goto(url);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expectNoAxeViolations(page);
		});
	}
}

// Colours are checked in the dark theme too (the light one above).
test.describe('dark theme', () => {
	test.use({ colorScheme: 'dark' });
	for (const path of [
		'',
		'/quiz',
		'/roles',
		'/roles/team-leader',
		'/career-map',
		'/results/{code}'
	])
		test(`axe finds no violation on ${path || '/'} (en, dark)`, async ({ page }) => {
			await page.goto(`/en${path.replace('{code}', resultsCode)}`);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expectNoAxeViolations(page);
		});
});
