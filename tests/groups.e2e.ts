import { readFileSync } from 'node:fs';
import { devices, type Browser } from '@playwright/test';
import { expect, expectNoAxeViolations, LOCALES, test } from './fixtures';
import { createGroup, fill, G, Q, takeQuiz, type Locale } from './group-journeys';
import { decodeInlineQr } from './qr';

const en = G.en;
/**
 * A student on their own phone: joins from the scanned join link, or by typing the code, takes
 * the quiz, and shares (or not).
 */
async function student(
	browser: Browser,
	locale: Locale,
	join: { link: string } | { code: string },
	pick: number,
	share = true
) {
	const context = await browser.newContext({ ...devices['Pixel 7'] });
	const page = await context.newPage();
	if ('link' in join) await page.goto(join.link);
	else {
		await page.goto(`/${locale}/join`);
		await page.getByLabel(G[locale].join.code).fill(join.code.toLowerCase());
		await page.getByRole('button', { name: G[locale].join.submit }).click();
	}
	await page.getByRole('link', { name: G[locale].join.start }).click();
	await takeQuiz(page, locale, pick);
	const region = page.getByRole('region', { name: G[locale].share.title });
	const yes = region.getByRole('button', { name: G[locale].share.yes });
	await expect(yes).toBeVisible();
	if (share) await yes.click();
	else await region.getByRole('button', { name: G[locale].share.no }).click();
	return { context, page, region };
}

// In French the whole class shares (the breakdowns appear from five); in Dutch and English two
// students share, which keeps the run short and still covers every step in every language.
const SESSIONS = { fr: 5, nl: 2, en: 2 } as const;
const NAMES = {
	fr: 'Classe 5B « mardi »',
	nl: 'Klas 5B, dinsdag',
	en: 'Class 5B, Tuesday'
} as const;

for (const locale of LOCALES)
	test(`a class session in ${locale}: the QR code projected, phones join, the dashboard updates live, exports, closes and deletes`, async ({
		page,
		browser
	}) => {
		test.setTimeout(180_000);
		const g = G[locale];
		const shares = SESSIONS[locale];
		const name = NAMES[locale];
		const created = await createGroup(page, locale, name);
		expect(created.joinLink).toContain(`/${locale}/join?code=`);
		// What the students' phones read from the projected code is the join link.
		expect(await decodeInlineQr(page, 'svg.qr-code')).toBe(created.joinLink);

		const organizer = await browser.newContext();
		const dashboard = await organizer.newPage();
		await dashboard.goto(created.organizerLink);
		await expect(dashboard.getByRole('heading', { level: 1 })).toHaveText(
			fill(g.dashboard.title, { name })
		);
		await expect(dashboard.getByText(fill(g.dashboard.threshold, { min: 5 }))).toBeVisible();

		// One student types the code; the others scan it.
		const students = [];
		for (let i = 0; i < shares; i++)
			students.push(
				await student(
					browser,
					locale,
					i === 0 ? { code: created.joinCode } : { link: created.joinLink },
					i
				)
			);
		for (const s of students)
			await expect(s.region.getByRole('status')).toHaveText(fill(g.share.shared, { name }));
		// Another visitor says no: nothing is counted for them.
		const declined = await student(browser, locale, { link: created.joinLink }, 7, false);
		await expect(declined.region.getByRole('status')).toHaveText(g.share.declined);
		await expectNoAxeViolations(declined.page);

		// Live: the open dashboard picks up the shares without a reload.
		const participants = dashboard.locator('[data-participants]');
		await expect(participants).toHaveAttribute('data-participants', String(shares), {
			timeout: 15_000
		});
		const breakdowns = dashboard.getByRole('heading', { name: g.dashboard.traits });
		if (shares >= 5) {
			await expect(breakdowns).toBeVisible();
			await expect(dashboard.getByRole('heading', { name: g.dashboard.topRoles })).toBeVisible();
		} else await expect(breakdowns).toHaveCount(0);
		await expectNoAxeViolations(dashboard);

		// A student withdraws from their results page; the count drops (and the breakdowns hide).
		await students[0]!.region.getByRole('button', { name: g.share.withdraw }).click();
		await expect(students[0]!.region.getByRole('status')).toHaveText(g.share.withdrawn);
		await expect(participants).toHaveAttribute('data-participants', String(shares - 1), {
			timeout: 15_000
		});
		await expect(dashboard.getByText(fill(g.dashboard.threshold, { min: 5 }))).toBeVisible();

		// CSV export.
		const download = dashboard.waitForEvent('download');
		await dashboard.getByRole('button', { name: g.dashboard.csv }).click();
		const csv = readFileSync(await (await download).path(), 'utf8');
		expect(csv).toContain(`"${g.csv.participants}","","${shares - 1}",""`);

		// Close: a new share is refused with a clear message.
		await dashboard.getByRole('button', { name: g.dashboard.close }).click();
		await dashboard.getByRole('button', { name: g.dashboard.confirm }).click();
		await expect(dashboard.getByText(g.dashboard.closed)).toBeVisible();
		await page.goto(created.joinLink);
		await expect(page.getByRole('alert')).toHaveText(g.join.closed);

		// Delete: the organizer link stops working.
		await dashboard.getByRole('button', { name: g.dashboard.delete }).click();
		await dashboard.getByRole('button', { name: g.dashboard.confirm }).click();
		await expect(dashboard.getByText(g.dashboard.deleted)).toBeVisible();
		const again = await organizer.newPage();
		await again.goto(created.organizerLink);
		await expect(again.getByRole('alert')).toHaveText(g.errors.unauthorized);
		for (const s of [...students, declined]) await s.context.close();
		await organizer.close();
	});

for (const locale of LOCALES) {
	test(`unknown or malformed join codes say so and offer the plain quiz (${locale})`, async ({
		page
	}) => {
		const g = G[locale];
		await page.goto(`/${locale}/join?code=${encodeURIComponent('<b>nope</b>')}`);
		await expect(page.getByRole('alert')).toHaveText(g.join.malformed);
		await page.goto(`/${locale}/join?code=ACD-E34`);
		await expect(page.getByRole('alert')).toHaveText(g.join.unknown);
		await expect(page.getByRole('link', { name: g.join.plain })).toHaveAttribute(
			'href',
			`/${locale}/quiz`
		);
		await expectNoAxeViolations(page);
	});
}

test('an organizer page without its key explains what is missing, and is never cached or indexed', async ({
	page
}) => {
	const response = await page.goto('/en/groups/abcdefghijkl');
	expect(response?.headers()['cache-control']).toBe('private, no-store');
	expect(response?.headers()['x-robots-tag']).toBe('noindex');
	await expect(page.getByRole('alert')).toHaveText(en.dashboard.noToken);
	const other = await page.context().newPage();
	await other.goto('/en/groups/abcdefghijkl#AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
	await expect(other.getByRole('alert')).toHaveText(en.errors.unauthorized);
});

test('a fair kiosk: fresh for each visitor, results to take home, starts over when idle', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	const g = G.en;
	await createGroup(page, 'en', 'Job fair booth');
	const kioskLink = await page.getByRole('textbox', { name: g.new.kioskLink }).inputValue();
	const tablet = await browser.newContext();
	const kiosk = await tablet.newPage();
	await kiosk.clock.install();
	// Left behind by someone before: the kiosk must not offer to continue it.
	await kiosk.goto('/en/quiz');
	await kiosk.evaluate(() => localStorage.setItem('contact-careers:quiz', '{"stale":true}'));
	await kiosk.goto(kioskLink);
	await expect(kiosk.getByText(g.kiosk.lead)).toBeVisible();
	await expect(kiosk.getByRole('button', { name: Q.en.intro.continue })).toHaveCount(0);
	await takeQuiz(kiosk, 'en', 3);
	await expect(kiosk.getByRole('img', { name: g.kiosk.qr })).toBeVisible();
	await expect(kiosk.getByRole('button', { name: g.share.yes })).toBeVisible();
	await expectNoAxeViolations(kiosk);

	// Idle: a countdown appears, and a touch cancels it.
	await kiosk.clock.fastForward(80_000);
	const countdown = kiosk.locator('[data-kiosk-idle]');
	await expect(countdown).toBeVisible();
	await countdown.getByRole('button', { name: g.kiosk.stay }).click();
	await expect(countdown).toBeHidden();

	// Idle to the end: back to the start, nothing of the visitor left on the tablet.
	await kiosk.clock.fastForward(91_000);
	await expect(kiosk).toHaveURL(kioskLink);
	await expect(kiosk.getByRole('button', { name: Q.en.intro.start })).toBeVisible();
	const kept = await kiosk.evaluate(() =>
		Object.keys(localStorage).filter((k) => k.startsWith('contact-careers:'))
	);
	expect(kept).toEqual([]);
	await tablet.close();
});
