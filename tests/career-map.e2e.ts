/** The career map: a focused view per role that works on a phone without JavaScript, and the full map's tracing and zoom. */
import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, LOCALES, test, tr } from './fixtures';

type RoleFile = { id: string; next: { role: string; years: [number, number] }[] };
const role = (id: string): RoleFile =>
	JSON.parse(
		readFileSync(new URL(`../src/lib/content/data/roles/${id}.json`, import.meta.url), 'utf8')
	) as RoleFile;
const teamLeader = role('team-leader');

for (const locale of LOCALES) {
	test(`the focused map shows where a role leads, with years, at 360 px by keyboard (${locale})`, async ({
		browser,
		page: withScripts
	}) => {
		const context = await browser.newContext({
			viewport: { width: 360, height: 740 },
			javaScriptEnabled: false
		});
		const page = await context.newPage();
		await page.goto(`/${locale}/roles/team-leader`);
		await page
			.getByRole('link', { name: tr(locale, 'roles:role.mapFrom') })
			.first()
			.click();
		await expect(page).toHaveURL(new RegExp(`/${locale}/career-map/team-leader$`));

		const leadsTo = page.getByRole('region', { name: tr(locale, 'roles:role.next') });
		const steps = leadsTo.getByRole('listitem');
		await expect(steps).toHaveCount(teamLeader.next.length);
		const [first] = teamLeader.next;
		const years = tr(locale, 'roles:role.years', { min: first!.years[0], max: first!.years[1] });
		await expect(steps.first()).toContainText(tr(locale, 'roles:role.after', { years }));
		await expect(
			page.getByRole('region', { name: tr(locale, 'roles:role.previous') }).getByRole('listitem')
		).not.toHaveCount(0);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);

		// Walk on by keyboard: the next role's own paths.
		const more = steps.first().getByRole('link').last();
		await more.focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`/${locale}/career-map/${first!.role}$`));
		await context.close();
		// axe needs JavaScript to run.
		await withScripts.setViewportSize({ width: 360, height: 740 });
		await withScripts.goto(`/${locale}/career-map/team-leader`);
		await expectNoAxeViolations(withScripts);
	});
}

test('an unknown role on the focused map gets a 404 in the visitor’s language', async ({
	page
}) => {
	const response = await page.goto('/nl/career-map/team-leaderr');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('link', { name: /Teamleider/ })).toBeVisible();
});

test('the full map traces a role’s steps and dims the rest; zoom buttons resize it', async ({
	page
}) => {
	await page.goto('/en/career-map');
	const svg = page.locator('svg[data-career-map]');
	await expect(page.getByRole('button', { name: tr('en', 'roles:map.zoomIn') })).toBeVisible();
	await page.locator('.node[data-role-id="team-leader"]').hover();
	await expect(svg).toHaveClass(/tracing/);
	const lit = await page.locator('svg .edges path.on').count();
	const around = teamLeader.next.length;
	expect(lit).toBeGreaterThanOrEqual(around);
	await expect(page.locator('.node.on[data-role-id="operations-manager"]')).toHaveCount(1);

	// The keyboard way: focusing a role in the list traces it too.
	await page.mouse.move(0, 0);
	await page.locator('li[data-role-id="workforce-planner"] > a').focus();
	await expect(page.locator('.node.on[data-role-id="data-analyst"]')).toHaveCount(1);

	const before = (await svg.boundingBox())!.width;
	await page.getByRole('button', { name: tr('en', 'roles:map.zoomIn') }).click();
	expect((await svg.boundingBox())!.width).toBeGreaterThan(before);
	await expectNoAxeViolations(page);
});
