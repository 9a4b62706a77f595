/**
 * The facts people decide on, as a visitor sees them on role pages and the roles list: sourced,
 * dated pay, the route in, where a role leads, current rules and the review date. Texts come from
 * the translation files (French ones with the typography the site applies).
 */
import en from '../src/lib/i18n/en/roles.json' with { type: 'json' };
import fr from '../src/lib/i18n/fr/roles.json' with { type: 'json' };
import nl from '../src/lib/i18n/nl/roles.json' with { type: 'json' };
import { frenchSpacingDeep } from '../src/lib/i18n/typography';
import { expect, expectNoAxeViolations, hydrated, LOCALES, test } from './fixtures';

const STRINGS = { fr: frenchSpacingDeep(fr), nl, en } as const;
const fill = (text: string, values: Record<string, string | number>) =>
	text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k]));
/** The entry roles anyone can start in without a diploma. */
const NO_DIPLOMA = [
	'customer-service-advisor',
	'telesales-agent',
	'chat-email-advisor',
	'technical-support-agent',
	'collections-advisor'
];

for (const locale of LOCALES) {
	const s = STRINGS[locale];
	test.describe(`role facts (${locale})`, () => {
		test('the advisor page shows dated, sourced pay in both countries', async ({ page }) => {
			await page.goto(`/${locale}/roles/customer-service-advisor`);
			const pay = page.locator('section[aria-labelledby="pay"]');
			await expect(pay.getByRole('heading', { level: 2 })).toHaveText(s.role.pay);
			for (const country of ['be', 'fr'] as const)
				await expect(
					pay.getByRole('heading', {
						level: 3,
						name: fill(s.role.payIn, { country: s.countries[country] })
					})
				).toBeVisible();
			// Every figure says what it measures, its year and its source.
			const figures = pay.locator('.figures dd');
			await expect(figures).toHaveCount(3);
			for (const dd of await figures.all()) {
				await expect(dd).toContainText(/20\d\d/);
				await expect(dd).toContainText(s.role.paySource.split('{{')[0]!.trim());
			}
			await expect(pay).toContainText(s.measures['legal-minimum']);
			await expect(pay).toContainText(s.measures['agreement-minimum']);
			await expect(
				pay.getByRole('heading', { level: 4, name: s.role.payDecides }).first()
			).toBeVisible();
		});

		test('a role without a sourced figure says so and shows what decides pay', async ({ page }) => {
			await page.goto(`/${locale}/roles/cx-manager`);
			const pay = page.locator('section[aria-labelledby="pay"]');
			await expect(pay.locator('.figures')).toHaveCount(0);
			await expect(pay.locator('section.country p')).toHaveCount(2);
		});

		test('the advisor page shows the route in, the most common next steps and its review', async ({
			page
		}) => {
			await page.goto(`/${locale}/roles/customer-service-advisor`);
			const entry = page.locator('section[aria-labelledby="entry"]');
			await expect(entry).toContainText(s.requirements.none);
			await expect(entry.locator('ol.routes > li')).toHaveCount(3);
			const career = page.locator('section[aria-labelledby="career"]');
			await expect(career.getByRole('heading', { level: 4, name: s.role.nextMain })).toBeVisible();
			const main = career.locator('ul.links').first();
			await expect(main.locator('> li')).toHaveCount(3);
			await expect(main.locator('a[href$="/roles/team-leader"]')).toBeVisible();
			await expect(career.locator('a[href$="/roles/trainer"]')).toBeVisible();
			await expect(career.locator('a[href$="/roles/quality-coach"]')).toBeVisible();
			const review = page.locator('section[aria-labelledby="review"]');
			await expect(review).toContainText('2026');
			await expect(review.locator('ul.sources > li').first()).toBeVisible();
			await expectNoAxeViolations(page);
		});

		test('the telesales page states the French and Belgian rules separately', async ({ page }) => {
			await page.goto(`/${locale}/roles/telesales-agent`);
			const rules = page.locator('section[aria-labelledby="rules"]');
			await expect(rules.getByRole('heading', { level: 3 })).toHaveCount(2);
			await expect(rules).toContainText(/2026/);
			await expect(rules).toContainText(/VI\.111/);
		});

		test('the no-diploma filter keeps only the roles open without a diploma', async ({ page }) => {
			await page.goto(`/${locale}/roles?nodegree=1`);
			await hydrated(page);
			const shown = page.locator('#roles-list > li:not([hidden])');
			await expect(shown).toHaveCount(NO_DIPLOMA.length);
			for (const id of NO_DIPLOMA)
				await expect(page.locator(`#roles-list > li[data-id="${id}"]`)).toBeVisible();
			// The most common entry role comes first.
			await page.goto(`/${locale}/roles`);
			await expect(page.locator('#roles-list > li').first()).toHaveAttribute(
				'data-id',
				'customer-service-advisor'
			);
			await expect(page.locator('#roles-list > li').first()).toContainText(s.list.cardPay);
		});

		test('the ESCO label is in the page’s language', async ({ page }) => {
			await page.goto(`/${locale}/roles/customer-service-advisor`);
			const label = {
				fr: 'agent / agente d’information de centre de contact clients',
				nl: 'medewerker klantencontactcentrum',
				en: 'customer contact centre information clerk'
			}[locale];
			await expect(page.locator('section[aria-labelledby="codes"]')).toContainText(label);
		});
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('pay, route in, career and review are all on the role page', async ({ page }) => {
		await page.goto('/nl/roles/customer-service-advisor');
		for (const id of ['pay', 'entry', 'career', 'review'])
			await expect(page.locator(`h2#${id}`)).toBeVisible();
		await expect(page.locator('section[aria-labelledby="pay"] .figures dd').first()).toBeVisible();
	});
});
