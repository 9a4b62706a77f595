/**
 * The database is down: a second production server whose data folder cannot be opened (a file
 * stands where the folder was). Every page still serves, in every language; group and campaign
 * pages say what is unavailable in the visitor's language and lose nothing typed; a share with a
 * group waits on the visitor's device and is sent once the database is back.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectNoAxeViolations, LOCALES, test, tr } from './fixtures';
import { createGroup, fill, G, takeQuiz, type Created } from './group-journeys';
import { expectEveryPageServes } from './server/pages';
import { startProduction, type RunningServer } from './server/production';
import { sampleShareCode } from '../scripts/sample-code.ts';

const root = new URL('../', import.meta.url).pathname;
const port = Number(process.env.E2E_PORT ?? 4173) + 10;
const origin = `http://127.0.0.1:${port}`;
const dir = join(root, 'reports', `storage-down-${port}-${Date.now()}`);
const dataDir = join(dir, 'data');
const keptDir = join(dir, 'data-kept');
const env = { PORT: String(port), ORIGIN: origin, DATA_DIR: dataDir, RATE_LIMITS: 'off' };

let server: RunningServer;
let created: Created;

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: origin });

test.beforeAll(async ({ browser }) => {
	test.setTimeout(60_000);
	mkdirSync(dir, { recursive: true });
	// The group exists before the outage, so a share kept during it has somewhere to go after.
	server = await startProduction(root, env);
	const context = await browser.newContext({ baseURL: origin });
	created = await createGroup(await context.newPage(), 'en', 'Evening class');
	await context.close();
	await server.stop();
	renameSync(dataDir, keptDir);
	writeFileSync(dataDir, 'not a folder');
	server = await startProduction(root, env);
});

test.afterAll(async () => {
	await server?.stop();
	rmSync(dir, { recursive: true, force: true });
});

test('every page serves while the database is down', async () => {
	await expectEveryPageServes(origin, await sampleShareCode());
});

for (const locale of LOCALES) {
	test(`group and campaign pages say the database is unavailable (${locale})`, async ({ page }) => {
		const t = (key: string) => tr(locale, key);
		const code = created.joinCode.replace('-', '');

		// Joining still offers the quiz with the group.
		const join = await page.goto(`/${locale}/join?code=${created.joinCode}`);
		expect(join?.status()).toBe(200);
		await expect(page.getByRole('alert')).toHaveText(t('groups:join.unavailable'));
		await expect(page.getByRole('link', { name: t('groups:join.start') })).toHaveAttribute(
			'href',
			`/${locale}/quiz?group=${code}`
		);
		await expectNoAxeViolations(page);

		const kiosk = await page.goto(`/${locale}/kiosk/${code}`);
		expect(kiosk?.status()).toBe(200);
		await expect(page.getByRole('alert')).toHaveText(t('groups:kiosk.unavailable'));
		await expect(page.getByRole('link', { name: t('groups:kiosk.retry') })).toBeVisible();

		// Creating a group fails with a message, and keeps what was typed and chosen.
		await page.goto(`/${locale}/groups/new`);
		await page.getByLabel(t('groups:new.name')).fill('Classe 5B');
		await page.getByLabel(t('groups:new.role')).selectOption('team-leader');
		await page.getByRole('button', { name: t('groups:new.submit') }).click();
		await expect(page.getByRole('alert')).toHaveText(t('groups:errors.unavailable'));
		await expect(page.getByLabel(t('groups:new.name'))).toHaveValue('Classe 5B');
		await expect(page.getByLabel(t('groups:new.role'))).toHaveValue('team-leader');

		const dashboard = await page.goto(created.organizerLink.replace('/en/', `/${locale}/`));
		expect(dashboard?.status()).toBe(200);
		await expect(page.getByRole('alert')).toHaveText(t('groups:errors.unavailable'));
		await expectNoAxeViolations(page);

		const campaign = await page.goto(`/${locale}/campaigns/abcdefghijkl#${'A'.repeat(43)}`);
		expect(campaign?.status()).toBe(200);
		await expect(page.getByRole('alert')).toHaveText(t('groups:errors.unavailable'));
	});
}

test('a share made while the database is down is kept on the device and sent once it is back', async ({
	browser,
	page
}) => {
	test.setTimeout(120_000);
	const g = G.en;
	const context = await browser.newContext({ baseURL: origin });
	const phone = await context.newPage();
	await phone.clock.install();
	await phone.goto(`/en/join?code=${created.joinCode}`);
	await phone.getByRole('link', { name: g.join.start }).click();
	await takeQuiz(phone, 'en', 2);
	const region = phone.getByRole('region', { name: g.share.title });
	await region.getByRole('button', { name: g.share.yes }).click();
	await expect(region.getByRole('status')).toHaveText(g.share.pending);
	// Still there after a reload: kept on the device, not in the page.
	await phone.reload();
	await expect(region.getByRole('status')).toHaveText(g.share.pending);

	// The database is back: the next retry goes through.
	rmSync(dataDir);
	renameSync(keptDir, dataDir);
	await phone.clock.fastForward(20_000);
	await expect(region.getByRole('status')).toHaveText(
		fill(g.share.shared, { name: created.joinCode })
	);
	await page.goto(created.organizerLink);
	await expect(page.locator('[data-participants]')).toHaveAttribute('data-participants', '1');
	await context.close();
});
