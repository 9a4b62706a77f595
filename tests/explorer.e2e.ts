import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, hydrated, LOCALES, test } from './fixtures';

const ROLE_COUNT = 19;
/** A synonym from another language than the page's, and the role it must find. */
const CROSS_LANGUAGE = {
	fr: { query: 'klantendienst', role: 'customer-service-advisor' },
	nl: { query: 'télévendeur', role: 'telesales-agent' },
	en: { query: 'téléconseiller', role: 'customer-service-advisor' }
} as const;
const NOT_FOUND = { fr: 'Page introuvable', nl: 'Pagina niet gevonden', en: 'Page not found' };
const PROFILE = {
	version: 'test',
	code: 'AAAA',
	traits: { empathy: 0.9, leadership: 0.2, writing: 0.55 },
	top: ['team-leader', 'quality-coach', 'trainer']
};

const cards = (page: Page) => page.locator('#roles-list > li:not([hidden])');
const firstCardHref = (page: Page) => cards(page).first().getByRole('link').getAttribute('href');

async function expectNoHorizontalScroll(page: Page) {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
}

for (const locale of LOCALES) {
	test.describe(`explorer (${locale})`, () => {
		test('the roles list is accessible and lists every role as a card', async ({ page }) => {
			await page.goto(`/${locale}/roles`);
			await hydrated(page);
			await expect(cards(page)).toHaveCount(ROLE_COUNT);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expectNoAxeViolations(page);
		});

		test('search finds a role by a synonym from another language, and forgives typos', async ({
			page
		}) => {
			const { query, role } = CROSS_LANGUAGE[locale];
			await page.goto(`/${locale}/roles`);
			await hydrated(page);
			await page.locator('#filter-q').fill(query);
			await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(query)}$`));
			expect(await firstCardHref(page)).toBe(`/${locale}/roles/${role}`);
			expect(await cards(page).count()).toBeLessThan(ROLE_COUNT);
			await page.locator('#filter-q').fill('televendur');
			await expect(cards(page).first().getByRole('link')).toHaveAttribute(
				'href',
				`/${locale}/roles/telesales-agent`
			);
			await page.locator('#filter-q').fill('qqqqzzzz');
			await expect(cards(page)).toHaveCount(0);
			await expect(page.locator('#roles-empty')).toBeVisible();
		});

		test('filters narrow the list, live in the URL and can be shared', async ({ page }) => {
			await page.goto(`/${locale}/roles`);
			await hydrated(page);
			await page.locator('#filter-level').selectOption('senior');
			await expect(page).toHaveURL(/\?level=senior$/);
			await expect(cards(page)).toHaveCount(2);
			await page.locator('#filter-nodegree').check();
			await expect(page).toHaveURL(/\?level=senior&nodegree=1$/);
			const shown = await cards(page).count();
			await expect(page.locator('#roles-status')).toContainText(String(shown));

			// The same URL opened afresh shows the same list, with the form filled in.
			await page.goto(`/${locale}/roles?level=senior&nodegree=1`);
			await hydrated(page);
			await expect(cards(page)).toHaveCount(shown);
			await expect(page.locator('#filter-level')).toHaveValue('senior');
			await expect(page.locator('#filter-nodegree')).toBeChecked();

			await page.goto(`/${locale}/roles?channel=classroom`);
			await hydrated(page);
			await expect(cards(page)).toHaveCount(1);
			await page.locator('[data-reset]').click();
			await expect(cards(page)).toHaveCount(ROLE_COUNT);
			await expect(page).toHaveURL(new RegExp(`/${locale}/roles$`));
		});

		test('open a role from the list, then follow its career path', async ({ page }) => {
			await page.goto(`/${locale}/roles`);
			await hydrated(page);
			await page.locator('#filter-q').fill('teamleider');
			await expect(page).toHaveURL(/\?q=teamleider$/);
			await cards(page).first().getByRole('link').click();
			await expect(page).toHaveURL(`/${locale}/roles/team-leader`);
			const career = page.locator('section[aria-labelledby="career"]');
			const next = career.locator('.two > div').nth(1).getByRole('link').first();
			const target = await next.getAttribute('href');
			const title = (await next.textContent())!.trim();
			await next.click();
			await expect(page).toHaveURL(target!);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
			// …and back down the path: the new role names where people come from.
			await expect(
				page.locator('section[aria-labelledby="career"]').getByRole('link', { name: /./ }).first()
			).toBeVisible();
		});

		test('a role page has its sections, SEO tags and valid JSON-LD', async ({ page }) => {
			await page.goto(`/${locale}/roles/customer-service-advisor`);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			for (const id of [
				'day',
				'traits',
				'skills',
				'kpis',
				'patterns',
				'entry',
				'pros-cons',
				'career',
				'compare',
				'codes'
			])
				await expect(page.locator(`h2#${id}`)).toBeVisible();
			await expect(page.locator('[data-trait-table] tbody tr')).toHaveCount(13);
			await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S{10}/);
			await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
				'href',
				new RegExp(`/${locale}/roles/customer-service-advisor$`)
			);
			for (const l of LOCALES)
				await expect(page.locator(`link[rel="alternate"][hreflang="${l}"]`)).toHaveAttribute(
					'href',
					new RegExp(`/${l}/roles/customer-service-advisor$`)
				);
			await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
			await expect(page.locator('meta[name="twitter:title"]')).toHaveAttribute('content', /\S/);

			const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
			expect(blocks).toHaveLength(1);
			const ld = JSON.parse(blocks[0]!) as Record<string, unknown>;
			expect(ld['@type']).toBe('Occupation');
			expect(ld['@context']).toBe('https://schema.org');
			expect(ld.name).toBe(await page.getByRole('heading', { level: 1 }).textContent());
			expect(String(ld.description).length).toBeGreaterThan(20);
			expect(ld).not.toHaveProperty('estimatedSalary');
			const codes = ld.occupationalCategory as { codeValue: string; inCodeSet: { name: string } }[];
			expect(codes.find((c) => c.inCodeSet.name === 'ISCO-08')?.codeValue).toMatch(/^\d{4}$/);
			expect(codes.find((c) => c.inCodeSet.name === 'O*NET-SOC')?.codeValue).toBe('43-4051.00');
			expect((ld.skills as string[]).length).toBeGreaterThan(0);
			expect((ld.qualifications as string[]).length).toBeGreaterThan(0);

			await expect(page.getByRole('link', { name: '43-4051.00' })).toHaveAttribute(
				'href',
				'https://www.onetonline.org/link/summary/43-4051.00'
			);
			await expect(
				page.locator(`a[href="/${locale}/quiz?role=customer-service-advisor"]`)
			).toBeVisible();
			await expect(
				page.locator(`a[href^="/${locale}/compare?roles=customer-service-advisor,"]`).first()
			).toBeVisible();
			await expectNoAxeViolations(page);
		});

		test('a role page loads no script but its enhancement', async ({ page }) => {
			const scripts: string[] = [];
			page.on('request', (r) => {
				if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
			});
			await page.goto(`/${locale}/roles/team-leader`);
			await page.waitForLoadState('networkidle');
			// Only self-contained enhancement scripts (ours and the site's), never the Svelte client.
			for (const src of scripts) expect(src).toMatch(/^\/_app\/immutable\/workers\/[\w-]+\.js$/);
			expect(scripts.some((src) => src.includes('/role-page-'))).toBe(true);
			const inline = await page
				.locator('script:not([src])')
				.evaluateAll((els) => els.map((e) => e.getAttribute('type')));
			expect(inline).toEqual(['application/ld+json']);
			await expect(page.locator('link[rel="modulepreload"]')).toHaveCount(0);
		});

		test('an unknown role gives a localized 404 that suggests the closest roles', async ({
			page
		}) => {
			const response = await page.goto(`/${locale}/roles/customer-servce-advisor`);
			expect(response?.status()).toBe(404);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOT_FOUND[locale]);
			await expect(page.locator('main')).toContainText('customer-servce-advisor');
			const suggestions = page.locator('.suggestions a');
			await expect(suggestions).toHaveCount(3);
			await expect(suggestions.first()).toHaveAttribute(
				'href',
				`/${locale}/roles/customer-service-advisor`
			);
			await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
			await expect(page.locator('script')).toHaveCount(0);
			await expectNoAxeViolations(page);
		});

		test('compare three roles side by side with the picker', async ({ page }) => {
			await page.goto(`/${locale}/compare`);
			await page.locator('#compare-0').selectOption('team-leader');
			await page.locator('#compare-1').selectOption('trainer');
			await page.locator('#compare-2').selectOption('quality-coach');
			await page.locator('form.picker button[type="submit"]').click();
			await expect(page).toHaveURL(/roles=team-leader&roles=trainer&roles=quality-coach/);
			const table = page.locator('table.compare');
			await expect(table.locator('thead th[scope="col"]')).toHaveCount(3);
			await expect(table.locator('thead th a').first()).toHaveAttribute(
				'href',
				`/${locale}/roles/team-leader`
			);
			// Every row has one cell per role.
			const counts = await table
				.locator('tbody tr:not(.section)')
				.evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td').length));
			expect(counts.length).toBeGreaterThan(20);
			expect(new Set(counts)).toEqual(new Set([3]));
			await expectNoAxeViolations(page);
		});

		test('compare explains unknown ids and too many roles', async ({ page }) => {
			await page.goto(
				`/${locale}/compare?roles=team-leader,nope,trainer,quality-coach,data-analyst`
			);
			const messages = page.locator('.messages');
			await expect(messages).toContainText('“nope”');
			await expect(messages.locator('p')).toHaveCount(2);
			await expect(page.locator('table.compare thead th[scope="col"]')).toHaveCount(3);

			await page.goto(`/${locale}/compare?roles=nope`);
			await expect(page.locator('.messages p')).toHaveCount(2);
			await expect(page.locator('table.compare')).toHaveCount(0);
			await expectNoAxeViolations(page);
		});

		test('the career map links every role and has an equivalent list', async ({ page }) => {
			await page.goto(`/${locale}/career-map`);
			await expect(page.locator('svg[data-career-map] a.node')).toHaveCount(ROLE_COUNT);
			await expect(page.locator('svg[data-career-map]')).toHaveAttribute('aria-hidden', 'true');
			await expect(page.locator('.map-list > li')).toHaveCount(ROLE_COUNT);
			await page.locator('.map-list > li > a').first().click();
			await expect(page).toHaveURL(new RegExp(`/${locale}/roles/[a-z0-9-]+$`));
			await page.goBack();
			await expectNoAxeViolations(page);
		});
	});
}

test.describe('the visitor’s quiz profile', () => {
	test.beforeEach(async ({ page }) => {
		await page.addInitScript((profile) => {
			localStorage.setItem('contact-careers:profile', JSON.stringify(profile));
		}, PROFILE);
	});

	test('shows beside the role’s traits', async ({ page }) => {
		await page.goto('/en/roles/team-leader');
		await expect(page.locator('[data-trait-table] thead th[data-you]')).toBeVisible();
		const empathy = page.locator('tr[data-trait="empathy"] [data-you-text]');
		await expect(empathy).toHaveText('90%');
		await expect(page.locator('tr[data-trait="tech"] [data-you-text]')).toHaveText('—');
		await expectNoAxeViolations(page);
	});

	test('highlights the top matches on the career map', async ({ page }) => {
		await page.goto('/fr/career-map');
		await expect(page.locator('[data-matches-note]')).toBeVisible();
		await expect(page.locator('svg .node.is-match')).toHaveCount(3);
		await expect(page.locator('.map-list [data-match]:visible')).toHaveCount(3);
		await expect(page.locator('li[data-role-id="team-leader"] > [data-match]')).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('a corrupt profile is ignored', async ({ page }) => {
		await page.addInitScript(() => localStorage.setItem('contact-careers:profile', '{oops'));
		await page.goto('/nl/roles/team-leader');
		await expect(page.locator('[data-trait-table] thead th[data-you]')).toBeHidden();
		await page.goto('/nl/career-map');
		await expect(page.locator('[data-matches-note]')).toBeHidden();
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const locale of LOCALES) {
		test(`the roles list is complete and the filter form keeps the URL (${locale})`, async ({
			page
		}) => {
			await page.goto(`/${locale}/roles`);
			await expect(cards(page)).toHaveCount(ROLE_COUNT);
			await page.locator('#filter-q').fill('klantendienst');
			await page.locator('#filter-level').selectOption('entry');
			await page.locator('form[data-role-filters] button[type="submit"]').click();
			await expect(page).toHaveURL(new RegExp(`/${locale}/roles\\?q=klantendienst&level=entry`));
			await expect(cards(page)).toHaveCount(ROLE_COUNT);
		});
	}

	test('a role page is fully readable', async ({ page }) => {
		await page.goto('/nl/roles/chat-email-advisor');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Klantenadviseur chat en e-mail'
		);
		await expect(page.locator('[data-trait-table] tbody tr')).toHaveCount(13);
		await expect(page.locator('h2#career ~ .two a').first()).toBeVisible();
		await expect(page.locator('[data-trait-table] [data-you]').first()).toBeHidden();
	});

	test('compare and the career map work', async ({ page }) => {
		await page.goto('/fr/compare?roles=team-leader,trainer');
		await expect(page.locator('table.compare thead th[scope="col"]')).toHaveCount(2);
		await page.goto('/fr/career-map');
		await expect(page.locator('.map-list > li')).toHaveCount(ROLE_COUNT);
	});
});

test.describe('dark mode', () => {
	test.use({ colorScheme: 'dark' });

	for (const path of [
		'/nl/roles',
		'/nl/roles/team-leader',
		'/nl/compare?roles=team-leader,trainer',
		'/nl/career-map'
	])
		test(`${path} is accessible in dark mode`, async ({ page }) => {
			await page.goto(path);
			await expectNoAxeViolations(page);
		});
});

test.describe('small screens (320 px)', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	for (const path of [
		'/fr/roles',
		'/fr/roles/customer-service-advisor',
		'/nl/compare?roles=team-leader,trainer,quality-coach',
		'/en/career-map'
	])
		test(`${path} has no horizontal scroll`, async ({ page }) => {
			await page.goto(path);
			await expectNoHorizontalScroll(page);
		});
});

test.describe('sitemap and robots', () => {
	test('the sitemap lists every role page with its alternates', async ({ request }) => {
		const response = await request.get('/sitemap.xml');
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('xml');
		const xml = await response.text();
		const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
		for (const locale of LOCALES) {
			expect(locs).toContain(`/${locale}/roles`);
			expect(locs).toContain(`/${locale}/career-map`);
			expect(locs).toContain(`/${locale}/roles/team-leader`);
		}
		expect(locs.filter((l) => l.startsWith('/en/roles/'))).toHaveLength(ROLE_COUNT);
		expect(xml).toMatch(
			/<xhtml:link rel="alternate" hreflang="nl" href="https?:\/\/[^"]+\/nl\/roles\/team-leader"\/>/
		);
	});

	test('robots.txt points to the sitemap', async ({ request }) => {
		const text = await (await request.get('/robots.txt')).text();
		expect(text).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
	});
});
