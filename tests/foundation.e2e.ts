import { expect, expectNoAxeViolations, LOCALES, test } from './fixtures';

const PAGES = ['', '/privacy', '/accessibility'];

test.describe('language', () => {
	test('/ follows Accept-Language: nl-BE lands on /nl', async ({ browser }) => {
		const context = await browser.newContext({ locale: 'nl-BE' });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page).toHaveURL(/\/nl$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
		await context.close();
	});

	test('/ falls back to French for an unsupported language', async ({ browser }) => {
		const context = await browser.newContext({ locale: 'de-DE' });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page).toHaveURL(/\/fr$/);
		await context.close();
	});

	test('a saved language choice wins over Accept-Language', async ({ browser }) => {
		const context = await browser.newContext({ locale: 'nl-BE' });
		const page = await context.newPage();
		await page.goto('/nl/privacy');
		await page.getByRole('link', { name: /English/ }).click();
		await expect(page).toHaveURL(/\/en\/privacy$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy');
		await page.goto('/');
		await expect(page).toHaveURL(/\/en$/);
		await context.close();
	});

	for (const locale of LOCALES) {
		test(`switching language keeps the page (${locale})`, async ({ page }) => {
			await page.goto(`/${locale}/accessibility`);
			const other = LOCALES.find((l) => l !== locale)!;
			await page.locator(`a[hreflang="${other}"]`).first().click();
			await expect(page).toHaveURL(new RegExp(`/${other}/accessibility$`));
			await expect(page.locator('html')).toHaveAttribute('lang', other);
		});
	}

	test('the language endpoint refuses to redirect off the site', async ({ request }) => {
		const response = await request.get('/language?to=//evil.example/fr', { maxRedirects: 0 });
		expect(response.status()).toBe(303);
		expect(response.headers()['location']).toBe('/fr');
	});
});

test.describe('not found', () => {
	test('an unknown locale gets a 404 in the visitor’s language with links', async ({ browser }) => {
		const context = await browser.newContext({ locale: 'nl' });
		const page = await context.newPage();
		const response = await page.goto('/xx');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
		await expect(page.getByRole('link', { name: 'Français', exact: true })).toHaveAttribute(
			'href',
			'/fr'
		);
		await context.close();
	});

	for (const locale of LOCALES) {
		test(`an unknown page inside /${locale} gets a localized 404`, async ({ page }) => {
			const response = await page.goto(`/${locale}/does-not-exist`);
			expect(response?.status()).toBe(404);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			const title = { fr: 'Page introuvable', nl: 'Pagina niet gevonden', en: 'Page not found' }[
				locale
			];
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
			await expectNoAxeViolations(page);
		});
	}
});

test.describe('security headers', () => {
	for (const path of ['/fr', '/fr/does-not-exist', '/favicon.svg']) {
		test(`${path} carries the security headers`, async ({ request }) => {
			const response = await request.get(path);
			const h = response.headers();
			expect(h['x-content-type-options']).toBe('nosniff');
			expect(h['referrer-policy']).toBe('no-referrer');
			expect(h['permissions-policy']).toContain('camera=()');
			expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
			expect(h['x-frame-options']).toBe('DENY');
		});
	}

	test('prerendered pages forbid inline scripts without a hash', async ({ page }) => {
		await page.goto('/en');
		const csp = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(csp).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
		expect(csp).not.toContain("unsafe-inline' ;");
		expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
	});
});

for (const locale of LOCALES) {
	for (const path of PAGES) {
		test(`/${locale}${path} is accessible and has alternates`, async ({ page }) => {
			await page.goto(`/${locale}${path}`);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			for (const l of LOCALES)
				await expect(page.locator(`link[rel="alternate"][hreflang="${l}"]`)).toHaveAttribute(
					'href',
					new RegExp(`/${l}${path}$`)
				);
			await expectNoAxeViolations(page);
		});
	}
}

test('the skip link moves focus to the main content', async ({ page }) => {
	await page.goto('/en');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to main content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
});
