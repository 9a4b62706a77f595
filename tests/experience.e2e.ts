import { readFileSync } from 'node:fs';
import history from '../src/lib/bank/history.json' with { type: 'json' };
import { encodeShareCode } from '../src/lib/quiz/share-code';
import type { QuizBank } from '../src/lib/bank/bank';
import { expect, expectNoAxeViolations, hydrated, LOCALES, test } from './fixtures';

/** The quiz namespace of a locale, as the page shows it. */
const quiz = (locale: string) =>
	JSON.parse(readFileSync(new URL(`../src/lib/i18n/${locale}/quiz.json`, import.meta.url), 'utf8'));

for (const locale of LOCALES) {
	test(`a school leaver sees roles to start in now apart from roles to grow into (${locale})`, async ({
		page
	}) => {
		test.setTimeout(120_000); // about 15 answers, then the results page, with axe twice
		const t = quiz(locale);
		await page.goto(`/${locale}/quiz`);
		await hydrated(page);
		const experience = page.getByRole('group', { name: t.experience.legend });
		await expect(experience).toBeVisible();
		await expectNoAxeViolations(page);
		await experience.getByRole('radio', { name: t.experience.options.school }).check();
		await page.getByRole('button', { name: t.intro.start }).click();
		const review = page.getByRole('heading', { name: t.review.title });
		for (let i = 0; i < 30 && !(await review.isVisible()); i++) {
			const heading = page.getByRole('heading', { level: 2, name: /\d+$/ });
			const before = await heading.textContent();
			const radios = page.getByRole('radio');
			await radios.nth(i % (await radios.count())).check();
			await page.getByRole('button', { name: t.question.next }).click();
			await expect(heading.or(review)).not.toHaveText(before!);
		}
		await page.getByRole('button', { name: t.review.finish }).click();
		await expect(page).toHaveURL(new RegExp(`/${locale}/results/[A-Za-z0-9_-]+$`));
		await expect(page.getByRole('heading', { name: t.experience.startNowTitle })).toBeVisible();
		const grow = page.getByRole('region', { name: t.experience.growTitle });
		await expect(grow).toBeVisible();
		await expect(grow.getByRole('heading', { level: 3 }).first()).toBeVisible();
		await expectNoAxeViolations(page);
	});
}

test('a share code from an earlier version still opens, with a note that it was scored again', async ({
	page
}) => {
	const [version, order] = Object.entries(
		history as Record<string, { items: string[]; roles: string[] }>
	)[0]!;
	const old = {
		version,
		questions: order.items.map((id) => ({ id, kind: 'pair', options: [{}, {}] })),
		roles: order.roles.map((id) => ({ id }))
	} as unknown as QuizBank;
	const answers = ['pair-sell-or-fix', 'pair-lead-or-expert', 'pair-phone-or-writing'].map(
		(questionId) => ({ questionId, choice: 0 })
	);
	const t = quiz('en');
	await page.goto(`/en/results/${encodeShareCode(old, answers)}`);
	await expect(page.getByRole('note')).toHaveText(t.experience.recomputed);
	await expect(page.getByRole('heading', { level: 1, name: t.results.title })).toBeVisible();
});

test('“Start over” drops the saved quiz and asks the experience question again', async ({
	page
}) => {
	const t = quiz('en');
	await page.goto('/en/quiz');
	await hydrated(page);
	await page.getByRole('button', { name: t.intro.start }).click();
	const question = page.getByRole('heading', { level: 2, name: /\d+$/ });
	await expect(question).toHaveText(/1$/);
	await page.getByRole('radio').first().check();
	await expect(page.getByRole('button', { name: t.question.next })).toBeEnabled();
	await page.getByRole('button', { name: t.question.next }).click();
	await expect(question).toHaveText(/2$/);
	// A later visit: the saved quiz is offered, without the experience question.
	await page.evaluate(() => sessionStorage.clear());
	await page.reload();
	await hydrated(page);
	const experience = page.getByRole('group', { name: t.experience.legend });
	await expect(page.getByRole('button', { name: t.intro.continue })).toBeVisible();
	await expect(experience).toBeHidden();
	await page.getByRole('button', { name: t.intro.startOver }).click();
	await expect(experience).toBeVisible();
	await expect(page.getByRole('heading', { level: 1, name: t.intro.title })).toBeFocused();
	await expect(page.getByRole('button', { name: t.intro.continue })).toBeHidden();
	await experience.getByRole('radio', { name: t.experience.options.school }).check();
	await page.getByRole('button', { name: t.intro.start }).click();
	await expect(question).toHaveText(/1$/);
});
