/**
 * `/{lang}/results` leads to the visitor's saved results: the saved value is read through its schema,
 * so a corrupt or hostile one cannot choose where the page goes.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const quiz = JSON.parse(readFileSync('src/lib/i18n/en/quiz.json', 'utf8')) as {
	results: { none: { title: string; body: string } };
};
const PROFILE_KEY = 'contact-careers:profile';

async function saveProfile(page: import('@playwright/test').Page, code: unknown): Promise<void> {
	await page.goto('/en/privacy');
	const value = JSON.stringify({ version: 'v', code, traits: { empathy: 0.5 }, top: ['trainer'] });
	await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
		key: PROFILE_KEY,
		value
	});
}

for (const code of ['../../..//evil.example', '//evil.example', 'a/../../x', 42]) {
	test(`a saved code ${JSON.stringify(code)} leads nowhere: the page offers the quiz`, async ({
		page
	}) => {
		await saveProfile(page, code);
		await page.goto('/en/results');
		await expect(page.getByText(quiz.results.none.body)).toBeVisible();
		expect(new URL(page.url()).pathname).toBe('/en/results');
	});
}

test('a saved share code leads to its results page', async ({ page }) => {
	await saveProfile(page, 'AAAA');
	await page.goto('/en/results');
	await expect(page).toHaveURL(/\/en\/results\/AAAA$/);
});
