import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, hydrated, test } from './fixtures';
import campaigns from '../src/lib/i18n/en/campaigns.json' with { type: 'json' };
import recruiters from '../src/lib/i18n/en/recruiters.json' with { type: 'json' };
import quiz from '../src/lib/i18n/en/quiz.json' with { type: 'json' };

const b = recruiters.builder;

/** Creates a tracked campaign in the link builder; its links, as the recruiter copies them. */
async function createCampaign(page: Page, role?: string) {
	await page.goto('/en/recruiters');
	await hydrated(page);
	if (role) await page.locator('#role').selectOption(role);
	await page.getByLabel(b.form.apply).fill('https://jobs.example.org/apply');
	await page.getByLabel(campaigns.tracked.name).fill('Spring job ads');
	await page.getByRole('button', { name: campaigns.tracked.create }).click();
	await expect(page.getByText(campaigns.tracked.created)).toBeVisible();
	await expect(page.getByText(campaigns.tracked.keep)).toBeVisible();
	const snippet = await page.locator('#embed-code').inputValue();
	return {
		dashboardLink: await page.getByLabel(campaigns.tracked.dashboard).inputValue(),
		quizLink: await page.locator('#quiz-url').inputValue(),
		roleLink: await page.locator('#role-page-url').inputValue(),
		embedLink: /src="([^"]+)"/.exec(snippet)![1]!.replaceAll('&amp;', '&')
	};
}

/** Starts the quiz and answers until the results are asked for. */
async function answerQuiz(tab: Page) {
	await tab.getByRole('button', { name: quiz.intro.start }).click();
	const review = tab.getByRole('heading', { name: quiz.review.title });
	for (let i = 0; i < 30 && !(await review.isVisible()); i++) {
		const heading = tab.getByRole('heading', { level: 2, name: /\d+$/ });
		const before = await heading.textContent();
		const radios = tab.getByRole('radio');
		await radios.nth(i % (await radios.count())).check();
		await tab.getByRole('button', { name: quiz.question.next }).click();
		await expect(heading.or(review)).not.toHaveText(before!);
	}
	await tab.getByRole('button', { name: quiz.review.finish }).click();
}

/** Opens the campaign's dashboard until `metric` has reached `count` (counts arrive asynchronously). */
async function figures(dashboard: Page, link: string, metric: string, count: string) {
	await expect
		.poll(async () => {
			await dashboard.goto(link);
			return dashboard.locator(`[data-metric="${metric}"]`).textContent({ timeout: 5000 });
		})
		.toBe(count);
}

test('a recruiter creates a tracked campaign and sees its anonymous funnel', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	const { dashboardLink, quizLink, roleLink } = await createCampaign(page);
	expect(quizLink).toMatch(/[?&]cid=[A-Za-z0-9_-]{12}$/);
	expect(roleLink).toMatch(/[?&]cid=[A-Za-z0-9_-]{12}$/);
	await expectNoAxeViolations(page);

	// A candidate takes the quiz from the ad: view, start, finish; no cookie and no storage for it.
	const candidate = await browser.newContext();
	const tab = await candidate.newPage();
	const counted: string[] = [];
	tab.on('request', (r) => {
		if (r.url().includes('/events')) {
			counted.push(r.postDataJSON().metric);
			expect(r.headers()['cookie']).toBeUndefined();
		}
	});
	await tab.goto(quizLink);
	await hydrated(tab);
	await answerQuiz(tab);
	await expect(tab).toHaveURL(/\/results\/[A-Za-z0-9_-]+$/);
	// The campaign id is taken out of the results address, so a shared link does not carry it.
	expect(tab.url()).not.toContain('cid=');
	const storage = await tab.evaluate(() =>
		[...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) =>
			/cid|track/i.test(k)
		)
	);
	expect(storage).toEqual([]);
	await expect.poll(() => [...counted].sort()).toEqual(['finish', 'start', 'view']);

	// A second candidate lands on the role page and clicks "Apply".
	await candidate.route('https://jobs.example.org/**', (route) =>
		route.fulfill({ status: 200, body: 'ok' })
	);
	const second = await candidate.newPage();
	await second.goto(roleLink);
	const apply = second.locator('[data-campaign-apply] a').first();
	await expect(apply).toBeVisible();
	const popup = second.waitForEvent('popup');
	await apply.click();
	await (await popup).close();

	const owner = await browser.newContext();
	const dashboard = await owner.newPage();
	await figures(dashboard, dashboardLink, 'apply', '1');
	await expect(dashboard.locator('[data-metric="view"]')).toHaveText('2');
	await expect(dashboard.locator('[data-metric="start"]')).toHaveText('1');
	await expect(dashboard.locator('[data-metric="finish"]')).toHaveText('1');
	await expect(dashboard.getByRole('heading', { name: campaigns.dashboard.daily })).toBeVisible();
	await expectNoAxeViolations(dashboard);

	const download = dashboard.waitForEvent('download');
	await dashboard.getByRole('button', { name: campaigns.dashboard.csv }).click();
	const { readFileSync } = await import('node:fs');
	const csv = readFileSync(await (await download).path(), 'utf8');
	expect(csv).toMatch(/"\d{4}-\d{2}-\d{2}","2","1","1","1"/);
	await candidate.close();
	await owner.close();
});

test('the privacy page says how campaign counting works', async ({ page }) => {
	await page.goto('/en/privacy');
	await expect(page.getByText(campaigns.privacy)).toBeVisible();
});

test('the embedded quiz counts its campaign like the quiz page: view, start, finish, apply', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	const { dashboardLink, embedLink } = await createCampaign(page, 'team-leader');
	expect(embedLink).toMatch(/\/embed\/en\/quiz\?.*cid=[A-Za-z0-9_-]{12}/);
	const candidate = await browser.newContext();
	await candidate.route('https://jobs.example.org/**', (route) =>
		route.fulfill({ status: 200, body: 'ok' })
	);
	const tab = await candidate.newPage();
	await tab.goto(embedLink);
	await hydrated(tab);
	await answerQuiz(tab);
	const apply = tab.locator('[data-campaign-apply] a');
	await expect(apply).toBeVisible();
	const popup = tab.waitForEvent('popup');
	await apply.click();
	await (await popup).close();

	const owner = await browser.newContext();
	const dashboard = await owner.newPage();
	await figures(dashboard, dashboardLink, 'apply', '1');
	await expect(dashboard.locator('[data-metric="view"]')).toHaveText('1');
	await expect(dashboard.locator('[data-metric="start"]')).toHaveText('1');
	await expect(dashboard.locator('[data-metric="finish"]')).toHaveText('1');
	// The finish carries its fit band for the campaign's role.
	const bands = await dashboard.locator('[data-band]').allTextContents();
	expect(bands.map(Number).reduce((a, c) => a + c, 0)).toBe(1);
	await candidate.close();
	await owner.close();
});
