/**
 * What each question shows before the visitor acts: nothing chosen on a question they have not
 * answered, their own answer on one they come back to (back, review, reload, language switch).
 * Checked at every step, with the pointer and with the keyboard, in every language.
 */
import type { Page } from '@playwright/test';
import { expect, hydrated, LOCALES, test, tr } from './fixtures';

type Locale = (typeof LOCALES)[number];
type Input = 'pointer' | 'keyboard';
/** Question number (its place in the visitor's quiz) → the option index the visitor chose. */
type Picks = Map<number, number>;

const heading = (page: Page, locale: Locale) =>
	page.getByRole('heading', {
		level: 2,
		name: new RegExp(
			`^${tr(locale, 'quiz:question.heading', { number: 999 }).replace('999', '\\d+')}$`
		)
	});
const reviewHeading = (page: Page, locale: Locale) =>
	page.getByRole('heading', { name: tr(locale, 'quiz:review.title') });
const nextButton = (page: Page, locale: Locale) =>
	page.getByRole('button', { name: tr(locale, 'quiz:question.next'), exact: true });

async function questionNumber(page: Page, locale: Locale): Promise<number> {
	return Number((await heading(page, locale).textContent())!.replace(/\D+/g, ''));
}

/** The state a question must open in: the visitor's own answer, or nothing chosen. */
async function expectOwnState(page: Page, locale: Locale, picks: Picks): Promise<number> {
	await expect(heading(page, locale)).toBeVisible();
	const n = await questionNumber(page, locale);
	const own = picks.get(n);
	const checked = page.getByRole('radio', { checked: true });
	if (own === undefined) {
		await expect(checked, `question ${n} opens with nothing chosen`).toHaveCount(0);
		await expect(nextButton(page, locale)).toBeDisabled();
	} else {
		await expect(checked, `question ${n} shows the visitor's answer`).toHaveCount(1);
		await expect(page.getByRole('radio').nth(own)).toBeChecked();
	}
	return n;
}

/** Chooses option `index` of the question on screen, by tapping its text or with the arrow keys. */
async function choose(page: Page, index: number, input: Input): Promise<void> {
	const radios = page.getByRole('radio');
	if (input === 'pointer') {
		await page.locator('fieldset label').nth(index).click();
	} else {
		const count = await radios.count();
		const checked = await radios.evaluateAll((els) =>
			els.findIndex((el) => (el as HTMLInputElement).checked)
		);
		// From the heading (focused on each new question, just after it is painted), Tab enters the
		// radio group; a visitor presses it once the focus has landed there.
		await expect(page.locator('#question-heading')).toBeFocused();
		await page.keyboard.press('Tab');
		if (checked < 0 && index === 0) await page.keyboard.press('Space');
		const from = Math.max(checked, 0);
		for (let i = 0; i < (index - from + count) % count; i++) await page.keyboard.press('ArrowDown');
	}
	await expect(radios.nth(index)).toBeChecked();
}

/** Submits the question on screen and waits for the next one (or the review list). */
async function submit(page: Page, locale: Locale, input: Input): Promise<void> {
	const before = await heading(page, locale).textContent();
	const legend = await page.locator('legend').textContent();
	if (input === 'pointer') await nextButton(page, locale).click();
	else {
		// Enter submits from inside the form; a question opens with the focus on its heading, once it
		// is painted: a keyboard user presses Enter when the focus is there (or on a chosen option),
		// not on the button that brought the question up.
		await expect
			.poll(() =>
				page.evaluate(() => !!document.activeElement?.matches('#question-heading, [type=radio]'))
			)
			.toBe(true);
		if (await heading(page, locale).evaluate((h) => h === document.activeElement))
			await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
	}
	// allTextContents does not wait: the heading is gone once the review list shows.
	await expect(async () => {
		const now = [
			...(await heading(page, locale).allTextContents()),
			...(await page.locator('legend').allTextContents())
		];
		const review = await reviewHeading(page, locale).isVisible();
		expect(review || (now.length === 2 && now.join() !== [before, legend].join())).toBe(true);
	}).toPass();
}

/** Checks the question's state, then answers it with an option that varies from question to question. */
async function answerOne(page: Page, locale: Locale, picks: Picks, input: Input): Promise<void> {
	const n = await expectOwnState(page, locale, picks);
	const count = await page.getByRole('radio').count();
	const index = (n * 2 + 1) % count;
	await choose(page, index, input);
	picks.set(n, index);
	await submit(page, locale, input);
}

async function press(page: Page, name: string, input: Input): Promise<void> {
	const button = page.getByRole('button', { name, exact: true });
	if (input === 'pointer') await button.click();
	else {
		await button.focus();
		await page.keyboard.press('Enter');
	}
}

for (const locale of LOCALES)
	for (const input of ['pointer', 'keyboard'] as const)
		test(`every question opens with nothing chosen, or the visitor's own answer (${locale}, ${input})`, async ({
			page
		}) => {
			test.setTimeout(150_000);
			const picks: Picks = new Map();
			await page.goto(`/${locale}/quiz`);
			await hydrated(page);
			await press(page, tr(locale, 'quiz:intro.start'), input);
			for (let i = 0; i < 3; i++) await answerOne(page, locale, picks, input);

			// Back, twice: each earlier answer shows; keeping it leads to a question with nothing chosen.
			await press(page, tr(locale, 'quiz:question.back'), input);
			expect(await expectOwnState(page, locale, picks)).toBe(3);
			await press(page, tr(locale, 'quiz:question.back'), input);
			expect(await expectOwnState(page, locale, picks)).toBe(2);
			await submit(page, locale, input);
			expect(await expectOwnState(page, locale, picks)).toBe(4);
			await answerOne(page, locale, picks, input);

			// Review: each answer is listed; changing one shows it first, then a new question is fresh.
			await press(page, tr(locale, 'quiz:question.review'), input);
			await expect(reviewHeading(page, locale)).toBeFocused();
			await expect(
				page.getByRole('region', { name: tr(locale, 'quiz:review.title') }).getByRole('listitem')
			).toHaveCount(picks.size);
			await press(page, tr(locale, 'quiz:review.changeLabel', { number: 2 }), input);
			expect(await expectOwnState(page, locale, picks)).toBe(2);
			const count = await page.getByRole('radio').count();
			const changed = (picks.get(2)! + 1) % count;
			await choose(page, changed, input);
			picks.set(2, changed);
			await submit(page, locale, input);
			if (!(await reviewHeading(page, locale).isVisible()))
				await answerOne(page, locale, picks, input);

			// Reload: the same question, in the same state; its predecessor still shows its answer.
			if (!(await reviewHeading(page, locale).isVisible())) {
				const n = await questionNumber(page, locale);
				await page.reload();
				await hydrated(page);
				expect(await expectOwnState(page, locale, picks)).toBe(n);

				// Another language: the same question and answers, in that language.
				const other = LOCALES[(LOCALES.indexOf(locale) + 1) % LOCALES.length]!;
				await page.locator(`a[hreflang="${other}"]`).first().click();
				await expect(page).toHaveURL(new RegExp(`/${other}/quiz$`));
				await hydrated(page);
				expect(await expectOwnState(page, other, picks)).toBe(n);
				await press(page, tr(other, 'quiz:question.back'), input);
				expect(await expectOwnState(page, other, picks)).toBe(n - 1);
				await submit(page, other, input);
				await page.locator(`a[hreflang="${locale}"]`).first().click();
				await expect(page).toHaveURL(new RegExp(`/${locale}/quiz$`));
				await hydrated(page);
			}

			// To the end, checking every question before answering it.
			for (let i = 0; i < 30 && !(await reviewHeading(page, locale).isVisible()); i++)
				await answerOne(page, locale, picks, input);
			await expect(reviewHeading(page, locale)).toBeVisible();
			// The end of the quiz: the answers are folded away until the visitor opens them.
			const check = tr(locale, 'quiz:review.check', { count: picks.size });
			await expect(page.getByRole('button', { name: check })).toHaveAttribute(
				'aria-expanded',
				'false'
			);
			await press(page, check, input);
			await expect(
				page.getByRole('region', { name: tr(locale, 'quiz:review.title') }).getByRole('listitem')
			).toHaveCount(picks.size);
			await press(page, tr(locale, 'quiz:review.changeLabel', { number: 1 }), input);
			expect(await expectOwnState(page, locale, picks)).toBe(1);
		});
