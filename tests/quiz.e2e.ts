import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, hydrated, LOCALES, test, tr } from './fixtures';

type Locale = (typeof LOCALES)[number];

/** A pattern matching a text with one placeholder filled by any number. */
const withNumber = (text: string) =>
	new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('NUMBER', '\\d+')}$`);

/** The quiz's texts the tests look for, from the translation files. */
const texts = (l: Locale) => ({
	start: tr(l, 'quiz:intro.start'),
	next: tr(l, 'quiz:question.next'),
	question: withNumber(tr(l, 'quiz:question.heading', { number: 'NUMBER' })),
	review: tr(l, 'quiz:review.title'),
	results: tr(l, 'quiz:review.finish'),
	top: tr(l, 'quiz:results.topTitle'),
	continue: tr(l, 'quiz:intro.continue')
});
const T = Object.fromEntries(LOCALES.map((l) => [l, texts(l)])) as Record<
	Locale,
	ReturnType<typeof texts>
>;

const questionHeading = (page: Page, locale: Locale) =>
	page.getByRole('heading', { level: 2, name: T[locale].question });

async function openQuiz(page: Page, locale: Locale, query = '') {
	await page.goto(`/${locale}/quiz${query}`);
	await hydrated(page);
}

/** Answers `count` questions with the mouse, choosing option `pick` (wrapped to the option count). */
async function answer(page: Page, locale: Locale, count: number, pick = 0) {
	for (let i = 0; i < count; i++) {
		const heading = questionHeading(page, locale);
		const before = await heading.textContent();
		const radios = page.getByRole('radio');
		await radios.nth(pick % (await radios.count())).check();
		await page.getByRole('button', { name: T[locale].next }).click();
		await expect(heading.or(page.getByRole('heading', { name: T[locale].review }))).not.toHaveText(
			before!
		);
	}
}

/** Answers until the stop rule shows the end of the quiz; returns how many answers that took. */
async function answerToEnd(page: Page, locale: Locale, pick = 0): Promise<number> {
	const review = page.getByRole('heading', { name: T[locale].review });
	let given = 0;
	for (; given < 30 && !(await review.isVisible()); given++)
		await answer(page, locale, 1, pick + given);
	await expect(review).toBeVisible();
	return given;
}

async function topRoles(page: Page, locale: Locale): Promise<string[]> {
	const top = page.getByRole('region', { name: T[locale].top });
	return top.getByRole('heading', { level: 3 }).allTextContents();
}

for (const locale of LOCALES) {
	test.describe(`quiz (${locale})`, () => {
		test('can be completed with the keyboard alone', async ({ page }) => {
			test.setTimeout(60_000);
			await openQuiz(page, locale);
			await expectNoAxeViolations(page);
			// Tab to the start button past the header links.
			for (let i = 0; i < 30; i++) {
				await page.keyboard.press('Tab');
				if (
					(await page.evaluate(() => document.activeElement?.textContent?.trim())) ===
					T[locale].start
				)
					break;
			}
			await page.keyboard.press('Enter');
			await expect(questionHeading(page, locale)).toBeFocused();
			await expectNoAxeViolations(page);
			const review = page.getByRole('heading', { name: T[locale].review });
			for (let i = 0; i < 30 && !(await review.isVisible()); i++) {
				const heading = await questionHeading(page, locale).textContent();
				await page.keyboard.press('Tab'); // into the radio group
				await page.keyboard.press(i % 2 ? 'ArrowDown' : 'Space');
				await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
				await page.keyboard.press('Enter');
				await expect(questionHeading(page, locale).or(review)).not.toHaveText(heading!);
				if (!(await review.isVisible())) await expect(questionHeading(page, locale)).toBeFocused();
			}
			await expect(review).toBeFocused();
			await expectNoAxeViolations(page);
			for (let i = 0; i < 60; i++) {
				await page.keyboard.press('Tab');
				if (
					(await page.evaluate(() => document.activeElement?.textContent?.trim())) ===
					T[locale].results
				)
					break;
			}
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(new RegExp(`/${locale}/results/[A-Za-z0-9_-]+$`));
			expect(await topRoles(page, locale)).toHaveLength(3);
			await expectNoAxeViolations(page);
		});

		test('ends on a short screen: results first, the answers one click away', async ({ page }) => {
			await openQuiz(page, locale);
			await page.getByRole('button', { name: T[locale].start }).click();
			const count = await answerToEnd(page, locale, 1);
			// What the visitor sees before doing anything: how many answers, the results button, and
			// the answers folded away.
			const review = page.getByRole('region', { name: T[locale].review });
			await expect(page.getByRole('heading', { name: T[locale].review })).toBeFocused();
			await expect(review.getByText(tr(locale, 'quiz:review.enough', { count }))).toBeVisible();
			await expect(review.getByRole('button', { name: T[locale].results })).toBeVisible();
			await expect(
				review.getByRole('button', { name: tr(locale, 'quiz:review.keepAnswering') })
			).toBeVisible();
			const toggle = review.getByRole('button', {
				name: tr(locale, 'quiz:review.check', { count })
			});
			await expect(toggle).toHaveAttribute('aria-expanded', 'false');
			await expect(review.getByRole('listitem')).toHaveCount(0);
			await expectNoAxeViolations(page);

			// Opened: every answer, each with its Change button, in the element the toggle controls.
			await toggle.click();
			await expect(toggle).toHaveAttribute('aria-expanded', 'true');
			const list = page.locator(`#${await toggle.getAttribute('aria-controls')}`);
			await expect(list.getByRole('listitem')).toHaveCount(count);
			for (let n = 1; n <= count; n++)
				await expect(
					list.getByRole('button', {
						name: tr(locale, 'quiz:review.changeLabel', { number: n }),
						exact: true
					})
				).toBeVisible();
			await expectNoAxeViolations(page);

			// Folded again, then on to the results.
			await toggle.click();
			await expect(review.getByRole('listitem')).toHaveCount(0);
			await review.getByRole('button', { name: T[locale].results }).click();
			await expect(page).toHaveURL(new RegExp(`/${locale}/results/[A-Za-z0-9_-]+$`));
		});

		test('keeps answers and position on reload and on a language switch', async ({ page }) => {
			await openQuiz(page, locale);
			await page.getByRole('button', { name: T[locale].start }).click();
			await answer(page, locale, 3, 1);
			const heading = await questionHeading(page, locale).textContent();
			const legend = await page.locator('legend').textContent();
			await page.reload();
			await hydrated(page);
			await expect(questionHeading(page, locale)).toHaveText(heading!);
			await expect(page.locator('legend')).toHaveText(legend!);

			const other = LOCALES.find((l) => l !== locale)!;
			await page.locator(`a[hreflang="${other}"]`).first().click();
			await expect(page).toHaveURL(new RegExp(`/${other}/quiz$`));
			await hydrated(page);
			await expect(questionHeading(page, other)).toHaveText(
				new RegExp(` ${heading!.replace(/\D+/g, '')}$`)
			);
			await page
				.getByRole('button', { name: { fr: 'Précédent', nl: 'Vorige', en: 'Back' }[other] })
				.click();
			await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
		});

		test('keeps answers through the browser back button', async ({ page }) => {
			await openQuiz(page, locale);
			await page.getByRole('button', { name: T[locale].start }).click();
			await answer(page, locale, 2);
			const heading = await questionHeading(page, locale).textContent();
			await page.locator(`footer a[href="/${locale}/privacy"]`).click();
			await expect(page).not.toHaveURL(/\/quiz$/);
			await page.goBack();
			await hydrated(page);
			await expect(questionHeading(page, locale)).toHaveText(heading!);
		});

		test('shares results that open the same in another browser', async ({ page, browser }) => {
			await openQuiz(page, locale);
			await page.getByRole('button', { name: T[locale].start }).click();
			await answerToEnd(page, locale, 2);
			await page.getByRole('button', { name: T[locale].results }).click();
			await expect(page).toHaveURL(/\/results\/[A-Za-z0-9_-]+$/);
			const mine = await topRoles(page, locale);
			await page.setViewportSize({ width: 360, height: 740 });
			await page.screenshot({ path: `test-results/results-360-${locale}.png`, fullPage: true });
			expect(
				await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				)
			).toBeLessThanOrEqual(0);
			const shared = await page.locator('#share-link').inputValue();
			expect(shared).toBe(page.url());

			const other = await browser.newContext();
			const fresh = await other.newPage();
			await fresh.goto(shared);
			expect(await topRoles(fresh, locale)).toEqual(mine);
			await other.close();
		});
	});
}

test('shows a target role first when the link names one', async ({ page }) => {
	const role = (
		JSON.parse(
			readFileSync(
				new URL('../src/lib/content/data/roles/team-leader.json', import.meta.url),
				'utf8'
			)
		) as { title: { en: string } }
	).title.en;
	const fit = tr('en', 'quiz:results.targetTitle');
	await openQuiz(page, 'en', '?role=team-leader');
	await expect(page.getByText(tr('en', 'quiz:intro.target', { role }))).toBeVisible();
	await page.getByRole('button', { name: T.en.start }).click();
	await answerToEnd(page, 'en');
	await page.getByRole('button', { name: T.en.results }).click();
	await expect(page).toHaveURL(/\/en\/results\/[A-Za-z0-9_-]+/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('en', 'quiz:results.title'));
	const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
	expect(headings.slice(0, 2)).toEqual([fit, T.en.top]);
	await expect(page.getByRole('region', { name: fit })).toContainText(role);
});

test('an unknown target role is ignored with a message', async ({ page }) => {
	await openQuiz(page, 'en', '?role=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
	await expect(page.getByText(tr('en', 'quiz:intro.targetUnknown'))).toBeVisible();
	await expect(page.locator('main script')).toHaveCount(0);
});

test('a corrupt saved quiz is cleared with a message, never a crash', async ({ page }) => {
	await page.goto('/en/quiz');
	// Once the page has read the (empty) storage, so the saved quiz is only seen after the reload.
	await hydrated(page);
	await page.evaluate(() => localStorage.setItem('contact-careers:quiz', '{"format":1,"version":'));
	await page.reload();
	await hydrated(page);
	await expect(
		page.getByRole('status').filter({ hasText: tr('en', 'quiz:notice.corrupt') })
	).toBeVisible();
	await page.getByRole('button', { name: T.en.start }).click();
	await expect(questionHeading(page, 'en')).toBeVisible();
});

test('a saved quiz from an older version is cleared with a message', async ({ page }) => {
	await page.goto('/en/quiz');
	// Once the page has read the (empty) storage, so the saved quiz is only seen after the reload.
	await hydrated(page);
	await page.evaluate(() =>
		localStorage.setItem(
			'contact-careers:quiz',
			JSON.stringify({
				format: 1,
				version: 'old0000',
				value: 'intro',
				answers: [],
				current: null,
				targetRole: null,
				deeperUntil: null
			})
		)
	);
	await page.reload();
	await hydrated(page);
	await expect(page.getByText(tr('en', 'quiz:notice.outdated'))).toBeVisible();
});

test('a returning visitor is offered to continue where they left off', async ({
	page,
	browser
}) => {
	await openQuiz(page, 'en');
	await page.getByRole('button', { name: T.en.start }).click();
	await answer(page, 'en', 2);
	const heading = await questionHeading(page, 'en').textContent();
	// The quiz is saved just after the next question is painted: wait for the second answer in it.
	const saved = () =>
		page.evaluate(() => {
			const s = localStorage.getItem('contact-careers:quiz');
			return s ? (JSON.parse(s).snapshot?.context?.answers?.length as number) : 0;
		});
	await expect.poll(saved).toBe(2);
	const state = await page.evaluate(() => localStorage.getItem('contact-careers:quiz'));
	// A new tab of a later visit: the saved quiz is there, the tab's session is not.
	const later = await browser.newContext();
	const tab = await later.newPage();
	await tab.goto('/en/quiz');
	await hydrated(tab);
	await tab.evaluate((s) => localStorage.setItem('contact-careers:quiz', s!), state);
	await tab.reload();
	await hydrated(tab);
	await expect(tab.getByText(tr('en', 'quiz:intro.saved', { count: 2 }))).toBeVisible();
	await tab.getByRole('button', { name: T.en.continue }).click();
	await expect(questionHeading(tab, 'en')).toHaveText(heading!);
	await later.close();
});

test('a malformed or tampered share code gives a clear message, a 404 and a way to start', async ({
	page
}) => {
	for (const code of ['not-a-code', 'AAAA', '%3Cimg%20src%3Dx%3E']) {
		const response = await page.goto(`/fr/results/${code}`);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			tr('fr', 'quiz:results.invalid.title')
		);
		await expect(
			page.getByRole('link', { name: tr('fr', 'quiz:results.invalid.start') })
		).toHaveAttribute('href', '/fr/quiz');
	}
	await expectNoAxeViolations(page);
});

for (const locale of LOCALES) {
	test(`fits a 360 px phone without horizontal scrolling (${locale})`, async ({ browser }) => {
		const context = await browser.newContext({
			viewport: { width: 360, height: 740 },
			isMobile: true,
			hasTouch: true
		});
		const page = await context.newPage();
		await openQuiz(page, locale);
		await page.getByRole('button', { name: T[locale].start }).click();
		await answer(page, locale, 1);
		await page.screenshot({ path: `test-results/quiz-360-${locale}.png`, fullPage: true });
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		const sizes = await page
			.getByRole('radio')
			.evaluateAll((radios) =>
				radios.map((r) => (r.closest('label') as HTMLElement).getBoundingClientRect().height)
			);
		for (const h of sizes) expect(h).toBeGreaterThanOrEqual(44);
		await context.close();
	});
}

// Chromium does not render <noscript> when Playwright disables scripts, so the markup is checked.
test('the quiz page says, without JavaScript, that it needs it and leads to the roles', async ({
	request
}) => {
	const html = await (await request.get('/nl/quiz')).text();
	const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
	expect(noscript).toContain(tr('nl', 'quiz:intro.noscript'));
	expect(noscript).toContain(`<a href="/nl/roles">${tr('nl', 'common:nav.roles')}</a>`);
});
