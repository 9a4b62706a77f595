/**
 * The results page as a visitor reads it: on a phone first, one consistent story per role, next
 * steps, the recruiter's button within reach, print, and forgetting everything the site stored.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, hydrated, LOCALES, test, tr } from './fixtures';

type Locale = (typeof LOCALES)[number];
const APPLY = 'https://jobs.example.com/apply';

/** Takes the quiz to the end (option `pick` shifted per question) and opens the results. */
async function quizToResults(page: Page, locale: Locale, query = '', pick = 1): Promise<void> {
	await page.goto(`/${locale}/quiz${query}`);
	await hydrated(page);
	await page.getByRole('button', { name: tr(locale, 'quiz:intro.start') }).click();
	const review = page.getByRole('heading', { name: tr(locale, 'quiz:review.title') });
	// The question's number changes with every answer (two pair questions share their prompt).
	const legend = page.locator('#question-heading');
	for (let i = 0; i < 30 && !(await review.isVisible()); i++) {
		const before = await legend.textContent();
		const radios = page.getByRole('radio');
		await radios.nth((pick + i) % (await radios.count())).check();
		await page.getByRole('button', { name: tr(locale, 'quiz:question.next'), exact: true }).click();
		await expect(async () => {
			const now = await legend.allTextContents();
			expect((await review.isVisible()) || (now.length === 1 && now[0] !== before)).toBe(true);
		}).toPass();
	}
	await page.getByRole('button', { name: tr(locale, 'quiz:review.finish') }).click();
	await expect(page).toHaveURL(new RegExp(`/${locale}/results/[\\w-]+`));
	await hydrated(page);
}

test('in a recruiter’s campaign, the target role’s fit and “Apply” show without scrolling at 360×740', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const context = await browser.newContext({
		viewport: { width: 360, height: 740 },
		isMobile: true,
		hasTouch: true
	});
	const page = await context.newPage();
	await quizToResults(
		page,
		'en',
		`?role=team-leader&company=Acme&apply=${encodeURIComponent(APPLY)}`
	);
	await page.evaluate(() => window.scrollTo(0, 0));
	const fit = page.getByRole('region', { name: tr('en', 'quiz:results.targetTitle') });
	const apply = fit.getByRole('link', { name: /Apply at Acme/ });
	await expect(apply).toHaveAttribute('href', APPLY);
	await expect(apply).toBeInViewport({ ratio: 1 });
	await expect(fit.getByRole('heading', { level: 3 })).toBeInViewport({ ratio: 1 });
	await expect(fit.getByText(/\d+% match/)).toBeInViewport({ ratio: 1 });
	await page.screenshot({ path: 'tests/screenshots/results-top-360.png' });
	expect(
		await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		)
	).toBeLessThanOrEqual(0);
	await expectNoAxeViolations(page);
	await context.close();
});

for (const locale of LOCALES)
	test(`each match tells one story, with next steps, and the award agrees with the chart (${locale})`, async ({
		page
	}) => {
		test.setTimeout(90_000);
		await quizToResults(page, locale, '', 2);
		// Search engines are sent to the quiz rather than to one visitor's results.
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
			'href',
			new RegExp(`/${locale}/quiz$`)
		);
		await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
		const cards = page
			.getByRole('region', { name: tr(locale, 'quiz:results.topTitle') })
			.getByRole('article');
		await expect(cards).toHaveCount(3);
		for (const card of await cards.all()) {
			await expect(card.getByText(/\d+\s?%/).first()).toBeVisible();
			const reason = card.locator('p.reason');
			await expect(reason).toBeVisible();
			// Why and what may be hard: on demand.
			const why = card.getByText(tr(locale, 'quiz:results.details'));
			const hard = card.getByRole('heading', { name: tr(locale, 'quiz:results.hard') });
			await expect(hard).toBeHidden();
			await why.click();
			await expect(hard).toBeVisible();
			// A trait is a strength or may be hard, never both.
			const strengths = await card.locator('details.more > ul > li > strong').allTextContents();
			const suffix = tr(locale, 'quiz:results.hardTrait', { trait: '' });
			const gaps = (
				await card.locator('details.more > ul > li:not(:has(strong))').allTextContents()
			)
				.filter((g) => g.endsWith(suffix))
				.map((g) => g.slice(0, -suffix.length));
			for (const s of strengths) await expect(reason).toContainText(s);
			expect(gaps.filter((g) => strengths.includes(g))).toEqual([]);
			// Next steps: the public bodies, in a new tab, without a referrer.
			await card.getByText(tr(locale, 'quiz:results.nextSteps'), { exact: false }).click();
			const bodies = card.locator('ul.bodies a');
			expect(await bodies.count()).toBeGreaterThanOrEqual(locale === 'nl' ? 4 : 6);
			for (const link of await bodies.all()) {
				await expect(link).toHaveAttribute('target', '_blank');
				await expect(link).toHaveAttribute('rel', 'external noopener noreferrer');
				await expect(link).toHaveAttribute('href', /^https:\/\/[a-z.-]+\/$/);
			}
		}
		// The award category is the highlighted row among the ★ award qualities of the chart.
		const award = page.getByRole('heading', { name: tr(locale, 'quiz:results.awardTitle') });
		await expect(award).toBeVisible();
		const highlighted = (await page.locator('svg g.top text').first().textContent())!.replace(
			'★ ',
			''
		);
		await expect(award.locator('xpath=following-sibling::p[1]')).toContainText(highlighted);
		const all = page.getByRole('region', { name: tr(locale, 'quiz:results.allTitle') });
		await expect(all.getByRole('listitem').first()).toBeHidden();
		await all.getByText(tr(locale, 'quiz:results.allTitle')).click();
		await expect(all.getByRole('listitem')).toHaveCount(19);
		await expectNoAxeViolations(page);
	});

test('print shows the results link and the date, and no empty heading', async ({ page }) => {
	test.setTimeout(90_000);
	await quizToResults(page, 'fr');
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	await page.emulateMedia({ media: 'print' });
	const line = page.locator('[data-print-line]');
	await expect(line).toBeVisible();
	await expect(line).toContainText(page.url());
	await expect(line.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
	await expect(line).toContainText(tr('fr', 'quiz:results.print.date', { date: '' }).trim());
	// Every heading on paper is followed by something to read.
	const empty = await page.locator('h1, h2, h3, h4, h5').evaluateAll((hs) =>
		hs
			.filter((h) => (h as HTMLElement).offsetParent !== null)
			.filter((h) => {
				const next = h.nextElementSibling as HTMLElement | null;
				return !next || next.offsetParent === null || !next.textContent?.trim();
			})
			.map((h) => h.textContent)
	);
	expect(empty).toEqual([]);
	await expect(page.locator('.share')).toBeHidden();
});

for (const where of ['results', 'privacy'] as const)
	test(`“forget my answers” removes everything the site stored (${where})`, async ({ page }) => {
		test.setTimeout(90_000);
		if (where === 'results') await quizToResults(page, 'nl', '?company=Acme');
		else {
			await page.goto('/nl/privacy');
			await page.evaluate(() => {
				localStorage.setItem('contact-careers:profile', '{}');
				sessionStorage.setItem('contact-careers:campaign', '{}');
			});
			await page.reload();
		}
		await page.waitForFunction(() => localStorage.length + sessionStorage.length > 0);
		const section = page.getByRole('region', { name: tr('nl', 'common:forget.title') });
		await expect(section.getByText(tr('nl', 'common:forget.noscript'))).toHaveCount(0);
		await section.getByRole('button', { name: tr('nl', 'common:forget.button') }).click();
		await expect(section.getByText(tr('nl', 'common:forget.confirm'))).toBeVisible();
		await section.getByRole('button', { name: tr('nl', 'common:forget.yes') }).click();
		await expect(section.getByRole('status')).toHaveText(tr('nl', 'common:forget.done'));
		expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
		await expectNoAxeViolations(page);
	});

test('Start is visibly inactive until the quiz can start, then works', async ({ page }) => {
	// A slow connection: the app's scripts arrive late.
	await page.route('**/_app/immutable/**', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 1500));
		await route.continue();
	});
	await page.goto('/fr/quiz', { waitUntil: 'domcontentloaded' });
	const start = page.getByRole('button', { name: tr('fr', 'quiz:intro.start') });
	await expect(start).toBeDisabled();
	await expect(
		page.getByRole('status').filter({ hasText: tr('fr', 'quiz:intro.loading') })
	).toBeVisible();
	await hydrated(page);
	await expect(start).toBeEnabled();
	await start.click();
	await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
	await expect(page.getByRole('radio').first()).toBeVisible();
});

test('in dark mode a chosen answer stands out at least 3:1 from the others', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/en/quiz');
	await hydrated(page);
	await page.getByRole('button', { name: tr('en', 'quiz:intro.start') }).click();
	// The first question, once the engine has loaded (the intro has a fieldset of its own).
	await expect(
		page.getByRole('button', { name: tr('en', 'quiz:question.next'), exact: true })
	).toBeVisible();
	await page.locator('fieldset label').first().click();
	const ratios = await page.locator('fieldset label').evaluateAll((labels) => {
		const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
		const lum = (c: string) => {
			const [r, g, b] = rgb(c).map((v) => {
				const s = v / 255;
				return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
			});
			return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
		};
		const ratio = (a: string, b: string) => {
			const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
			return (hi! + 0.05) / (lo! + 0.05);
		};
		const [chosen, other] = labels.map((l) => getComputedStyle(l));
		return {
			fill: ratio(chosen!.backgroundColor, other!.backgroundColor),
			border: ratio(chosen!.borderTopColor, other!.borderTopColor)
		};
	});
	expect(ratios.fill).toBeGreaterThanOrEqual(3);
	expect(ratios.border).toBeGreaterThanOrEqual(3);
	await expectNoAxeViolations(page);
});
