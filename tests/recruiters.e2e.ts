import type { FrameLocator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, expectNoAxeViolations, hydrated, LOCALES, test, tr } from './fixtures';
import { decodeQr } from './qr';

type Locale = (typeof LOCALES)[number];
/** The texts the tests look for, from the translation files. */
const texts = (l: Locale) => ({
	start: tr(l, 'quiz:intro.start'),
	next: tr(l, 'quiz:question.next'),
	question: tr(l, 'quiz:question.heading', { number: 'NUMBER' }),
	review: tr(l, 'quiz:review.title'),
	results: tr(l, 'quiz:review.finish'),
	banner: tr(l, 'recruiters:banner.label'),
	invites: (company: string, role: string) =>
		tr(l, 'recruiters:banner.companyRole', { company, role }),
	campaign: (campaign: string) => tr(l, 'recruiters:banner.campaign', { campaign }),
	apply: (company: string) => tr(l, 'recruiters:banner.applyCompany', { company }),
	copy: tr(l, 'recruiters:builder.links.copy'),
	notHttps: tr(l, 'recruiters:builder.issues.notHttps')
});
const T = Object.fromEntries(LOCALES.map((l) => [l, texts(l)])) as Record<
	Locale,
	ReturnType<typeof texts>
>;

const ROLE = 'team-leader';
/** The role's title in English and Dutch (French shows both forms). */
const ROLE_TITLES = (
	JSON.parse(
		readFileSync(new URL(`../src/lib/content/data/roles/${ROLE}.json`, import.meta.url), 'utf8')
	) as { title: { en: string; nl: string } }
).title;
const COMPANY = 'Acme <b>Care</b> & "Co"';
const LABEL = 'Job fair 2025';
const APPLY = 'https://jobs.acme.example/apply?id=7&src=fair';
const DOMAIN = 'jobs.acme.example';

/** Fills the builder; returns the role's title and the two links it built. */
async function buildLinks(page: Page, locale: Locale, linkLocale: Locale = locale) {
	await page.goto(`/${locale}/recruiters`);
	await hydrated(page);
	await page.locator('#role').selectOption(ROLE);
	await page.locator('#lang').selectOption(linkLocale);
	await page.locator('#company').fill(COMPANY);
	await page.locator('#campaign').fill(LABEL);
	await page.locator('#apply').fill(APPLY);
	const rolePage = page.locator('#role-page-url');
	await expect(rolePage).toHaveValue(/apply=/);
	return {
		roleTitle: (await page.locator('#role option:checked').textContent())!.trim(),
		rolePage: await rolePage.inputValue(),
		quiz: await page.locator('#quiz-url').inputValue()
	};
}

/** A question's heading in any locale. */
const QUESTION = new RegExp(
	`^(${LOCALES.map((l) => T[l].question.replace('NUMBER', '\\d+')).join('|')})$`
);

/** Picks the first option and presses Next until the review list, then asks for the results. */
async function finishQuiz(scope: Page | FrameLocator, locale: Locale) {
	const review = scope.getByRole('heading', { name: T[locale].review });
	const question = scope.getByRole('heading', { level: 2, name: QUESTION });
	for (let i = 0; i < 40; i++) {
		await expect(question.or(review)).toBeVisible();
		if (await review.isVisible()) break;
		const before = await question.textContent();
		await scope.getByRole('radio').first().check();
		await scope.getByRole('button', { name: T[locale].next }).click();
		await expect(question.or(review)).not.toHaveText(before!);
	}
	await expect(review).toBeVisible();
	await scope.getByRole('button', { name: T[locale].results }).click();
}

for (const locale of LOCALES) {
	test(`a builder link leads to the role page, the quiz and the apply button (${locale})`, async ({
		page,
		baseURL
	}) => {
		test.setTimeout(90_000);
		const links = await buildLinks(page, locale);
		expect(links.rolePage.startsWith(`${baseURL}/${locale}/roles/${ROLE}?`)).toBe(true);
		expect(links.quiz.startsWith(`${baseURL}/${locale}/quiz?role=${ROLE}&`)).toBe(true);
		const query = new URL(links.quiz).searchParams;
		expect(Object.fromEntries(query)).toEqual({
			role: ROLE,
			company: COMPANY,
			campaign: LABEL,
			apply: APPLY
		});

		// The role page (no Svelte client): the enhancement script fills the banner.
		await page.goto(links.rolePage);
		const banner = page.getByRole('region', { name: T[locale].banner });
		await expect(banner).toContainText(T[locale].invites(COMPANY, links.roleTitle));
		await expect(banner).toContainText(T[locale].campaign(LABEL));
		const roleApply = banner.getByRole('link', { name: T[locale].apply(COMPANY) });
		await expect(roleApply).toHaveAttribute('href', APPLY);
		await expect(banner.getByText(DOMAIN, { exact: true })).toBeVisible();
		await expect(banner.locator('b')).toHaveCount(0);

		// The quiz: the banner in the intro, then the questions.
		await page.goto(links.quiz);
		await hydrated(page);
		await expect(page.getByRole('region', { name: T[locale].banner })).toContainText(
			T[locale].invites(COMPANY, links.roleTitle)
		);
		await page.getByRole('button', { name: T[locale].start }).click();
		await finishQuiz(page, locale);

		// The results, in target-role mode, end with the apply button and its domain.
		await expect(page).toHaveURL(new RegExp(`/${locale}/results/`));
		await hydrated(page);
		await expect(page.getByRole('region', { name: T[locale].banner })).toContainText(
			T[locale].invites(COMPANY, links.roleTitle)
		);
		const apply = page.getByRole('link', { name: T[locale].apply(COMPANY) });
		await expect(apply).toHaveAttribute('href', APPLY);
		await expect(apply).toHaveAttribute('target', '_blank');
		await expect(apply).toHaveAttribute('rel', 'noopener noreferrer');
		await expect(page.locator('[data-campaign-apply]')).toContainText(DOMAIN);
	});
}

test('the island script hydrates the server-rendered builder instead of rebuilding it', async ({
	page
}) => {
	const warnings: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
	});
	// Holds the scripts back until the server-rendered form is marked.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/en/recruiters', { waitUntil: 'domcontentloaded' });
	await page.locator('[data-island] form').evaluate((form) => form.setAttribute('data-ssr', ''));
	release();
	await hydrated(page);
	// The same element, still marked: hydrated, not replaced (a failed hydration falls back to a mount).
	await expect(page.locator('[data-island] form[data-ssr]')).toHaveCount(1);
	await page.locator('#role').selectOption(ROLE);
	await expect(page.locator('#role-page-url')).toHaveValue(
		new URL(`/en/roles/${ROLE}`, page.url()).href
	);
	expect(warnings, 'hydration warnings').toEqual([]);
});

test('the builder’s QR codes (PNG and SVG) decode to its links', async ({ page }) => {
	const links = await buildLinks(page, 'en', 'nl');
	for (const [id, link] of [
		['role-page', links.rolePage],
		['quiz', links.quiz]
	] as const) {
		const output = page.locator(`[data-output="${id}"]`);
		await expect(output.getByRole('img', { name: /^QR code of the link: / })).toBeVisible();
		for (const selector of ['a[data-png]', 'a[download$=".svg"]']) {
			await expect
				.poll(async () => decodeQr(page, (await output.locator(selector).getAttribute('href'))!), {
					message: `${id} ${selector}`
				})
				.toBe(link);
		}
	}
	// A new input: new codes.
	await page.locator('#campaign').fill('Poster');
	const quiz = await page.locator('#quiz-url').inputValue();
	expect(quiz).toContain('campaign=Poster');
	await expect
		.poll(async () =>
			decodeQr(page, (await page.locator('[data-output="quiz"] a[data-png]').getAttribute('href'))!)
		)
		.toBe(quiz);
});

test('the builder reports invalid input next to the field and leaves it out', async ({ page }) => {
	await page.goto('/en/recruiters');
	await hydrated(page);
	await page.locator('#company').fill(`Ac\u202Eme\u200B ${'x'.repeat(80)}`);
	await page.locator('#apply').fill('javascript:alert(1)');
	await expect(page.locator('#apply')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('#apply-issues')).toContainText(T.en.notHttps);
	await expect(page.locator('#company-issues')).toContainText(
		tr('en', 'recruiters:builder.issues.cleaned')
	);
	await expect(page.locator('#company-issues')).toContainText(
		tr('en', 'recruiters:builder.issues.truncated')
	);
	await expect(page.locator('#company')).toHaveAttribute('aria-invalid', 'false');
	const quiz = new URL(await page.locator('#quiz-url').inputValue());
	expect(quiz.searchParams.has('apply')).toBe(false);
	expect(quiz.searchParams.get('company')).toMatch(/^Acme x+$/);
	expect(quiz.searchParams.get('company')!.length).toBeLessThanOrEqual(60);
	for (const bad of [
		'http://jobs.example.com',
		'https://user:pw@jobs.example.com',
		'https://[::1]/'
	]) {
		await page.locator('#apply').fill(bad);
		await expect(page.locator('#apply')).toHaveAttribute('aria-invalid', 'true');
		expect(new URL(await page.locator('#quiz-url').inputValue()).searchParams.has('apply')).toBe(
			false
		);
	}
});

test('the QR endpoint encodes only this site’s links, and says why it refuses', async ({
	request,
	baseURL
}) => {
	for (const text of ['https://evil.example/fr/quiz', 'not a link']) {
		const response = await request.get(
			`/api/qr?format=png&lang=nl&text=${encodeURIComponent(text)}`
		);
		expect(response.status()).toBe(400);
		expect(await response.json()).toEqual({
			error: 'invalid',
			message: tr('nl', 'groups:errors.invalid')
		});
	}
	const own = `${baseURL}/nl/quiz`;
	const response = await request.get(`/api/qr?format=png&text=${encodeURIComponent(own)}`);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('image/png');
});

test('the embed preview loads on demand, from the keyboard, and follows the inputs', async ({
	page,
	baseURL
}) => {
	const embedRequests: string[] = [];
	page.on('request', (r) => {
		if (new URL(r.url()).pathname.startsWith('/embed/')) embedRequests.push(r.url());
	});
	await buildLinks(page, 'en', 'nl');
	const show = page.getByRole('button', { name: tr('en', 'recruiters:builder.embed.showPreview') });
	await expect(show).toHaveAttribute('aria-expanded', 'false');
	await expect(show).toHaveAttribute('aria-controls', 'embed-preview');
	await expect(page.locator('iframe.preview')).toHaveCount(0);
	expect(embedRequests).toEqual([]);

	await show.focus();
	await page.keyboard.press('Enter');
	const hide = page.getByRole('button', { name: tr('en', 'recruiters:builder.embed.hidePreview') });
	await expect(hide).toHaveAttribute('aria-expanded', 'true');
	await expect(hide).toBeFocused();
	const preview = page.locator('#embed-preview iframe.preview');
	await expect(preview).toHaveAttribute(
		'title',
		`${tr('en', 'recruiters:embed.meta.title')} – ${tr('en', 'common:siteName')}`
	);
	const src = new URL((await preview.getAttribute('src'))!);
	expect(src.origin + src.pathname).toBe(`${baseURL}/embed/nl/quiz`);
	expect(Object.fromEntries(src.searchParams)).toEqual({
		role: ROLE,
		company: COMPANY,
		campaign: LABEL,
		apply: APPLY
	});
	// The quiz itself, as candidates see it, in the chosen language.
	const frame = preview.contentFrame();
	await expect(frame.getByRole('region', { name: T.nl.banner })).toContainText(
		`${COMPANY} nodigt je uit`
	);
	await expect(frame.getByRole('button', { name: T.nl.start })).toBeVisible();

	// Once shown, the preview follows the builder.
	await page.locator('#company').fill('Globex');
	await page.locator('#lang').selectOption('fr');
	await expect(preview).toHaveAttribute('src', /\/embed\/fr\/quiz\?.*company=Globex/);

	// Space hides it again.
	await hide.focus();
	await page.keyboard.press('Space');
	await expect(show).toHaveAttribute('aria-expanded', 'false');
	await expect(page.locator('iframe.preview')).toHaveCount(0);
});

test('the builder is accessible, at 320 px too', async ({ page }) => {
	await buildLinks(page, 'fr');
	await expect(page.locator('img[data-qr]')).toHaveCount(2);
	await expectNoAxeViolations(page);
	await page
		.getByRole('button', { name: tr('fr', 'recruiters:builder.embed.showPreview') })
		.click();
	await expect(
		page.getByRole('button', { name: tr('fr', 'recruiters:builder.embed.hidePreview') })
	).toHaveAttribute('aria-expanded', 'true');
	await expect(page.locator('iframe.preview')).toBeVisible();
	await expectNoAxeViolations(page);
	await page.setViewportSize({ width: 320, height: 800 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	await page.emulateMedia({ colorScheme: 'dark' });
	await expectNoAxeViolations(page);
});

const HOSTILE = {
	company: '<img src=x onerror=alert(1)>\u202Eevil',
	campaign: '"><script>alert(2)</script>',
	apply: 'JaVa\tScRiPt:alert(3)'
};
const hostileQuery = new URLSearchParams({ role: ROLE, ...HOSTILE }).toString();

test('hostile parameters render as inert text', async ({ page }) => {
	page.on('dialog', (dialog) => {
		throw new Error(`unexpected dialog: ${dialog.message()}`);
	});
	for (const path of [`/en/quiz?${hostileQuery}`, `/en/roles/${ROLE}?${hostileQuery}`]) {
		await page.goto(path);
		const banner = page.getByRole('region', { name: T.en.banner });
		await expect(banner).toContainText(
			T.en.invites('<img src=x onerror=alert(1)>evil', ROLE_TITLES.en)
		);
		await expect(banner).toContainText(T.en.campaign(HOSTILE.campaign));
		await expect(banner.locator('img, script, [onerror]')).toHaveCount(0);
		await expect(page.locator('body img')).toHaveCount(0);
		await expect(banner.getByRole('link')).toHaveCount(0);
		const text = await banner.textContent();
		expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B]/);
	}
	const stored = await page.evaluate(() => sessionStorage.getItem('contact-careers:campaign'));
	expect(JSON.parse(stored!)).toEqual({
		role: ROLE,
		company: '<img src=x onerror=alert(1)>evil',
		campaign: '"><script>alert(2)</script>'
	});
});

test('the campaign lasts for the visit, and a new link replaces it', async ({ page }) => {
	await page.goto(`/en/roles/${ROLE}?company=First&apply=${encodeURIComponent(APPLY)}`);
	const banner = page.getByRole('region', { name: T.en.banner });
	await expect(banner).toContainText(T.en.invites('First', ROLE_TITLES.en));
	// Another page of the site, and a reload: the invitation stays (without the other role's name).
	await page.goto('/en/roles/data-analyst');
	const firstInvites = tr('en', 'recruiters:banner.company', { company: 'First' });
	await expect(banner).toContainText(firstInvites);
	await expect(banner.getByRole('link')).toHaveCount(0);
	await page.reload();
	await expect(banner).toContainText(firstInvites);
	// The quiz knows every role: the campaign's role is named again.
	await page.goto('/en/quiz');
	await hydrated(page);
	await expect(banner).toContainText(T.en.invites('First', ROLE_TITLES.en));
	// A new link replaces the parameters.
	await page.goto('/en/quiz?campaign=Second');
	await expect(banner).toContainText(tr('en', 'recruiters:banner.generic'));
	await expect(banner).not.toContainText('First');
	// A new tab is a new visit.
	const other = await page.context().newPage();
	await other.goto(`/en/roles/${ROLE}`);
	await expect(other.locator('[data-campaign-slot]')).toBeHidden();
	await other.close();
});

test('framing: only /embed/… may be framed by other sites', async ({ request }) => {
	for (const locale of LOCALES) {
		const h = (await request.get(`/embed/${locale}/quiz`)).headers();
		expect(h['content-security-policy']).toContain('frame-ancestors *');
		expect(h['content-security-policy']).not.toContain("frame-ancestors 'none'");
		expect(h['x-frame-options']).toBeUndefined();
	}
	for (const path of ['/en/recruiters', '/en/quiz', `/en/roles/${ROLE}`, '/en']) {
		const h = (await request.get(path)).headers();
		expect(h['content-security-policy'], path).toContain("frame-ancestors 'none'");
		expect(h['x-frame-options'], path).toBe('DENY');
	}
});

// A recruiter's site on another origin (a real server on the loopback: Chromium does not let a
// page it did not fetch from the network frame a local one).
let host: Server;
let hostOrigin = '';
test.beforeAll(async () => {
	host = createServer((req, res) => {
		const src = new URL(req.url ?? '/', 'http://host').searchParams.get('src') ?? '';
		const attr = src.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
		res.setHeader('content-type', 'text/html; charset=utf-8');
		res.end(`<!doctype html><html lang="en"><head><title>Careers at Acme</title></head><body><main>
			<h1>Careers at Acme</h1>
			<iframe src="${attr}" title="Career quiz" width="100%" height="900"></iframe>
			<script>
				window.received = [];
				window.addEventListener('message', (event) => {
					if (event.data && event.data.type === 'contact-careers:results')
						window.received.push({ origin: event.origin, data: event.data });
				});
			</script></main></body></html>`);
	});
	await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
	hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

/** The recruiter's page, framing `src`, with a listener for the quiz's message. */
async function hostPage(page: Page, src: string) {
	await page.goto(`${hostOrigin}/careers?src=${encodeURIComponent(src)}`);
}

test('the embedded quiz runs in another site’s iframe and posts its results', async ({
	page,
	baseURL
}) => {
	test.setTimeout(90_000);
	await hostPage(
		page,
		`${baseURL}/embed/nl/quiz?role=${ROLE}&company=Acme&apply=${encodeURIComponent(APPLY)}`
	);
	const frame = page.frameLocator('iframe');
	await frame.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
	await expect(frame.getByRole('region', { name: T.nl.banner })).toContainText(
		T.nl.invites('Acme', ROLE_TITLES.nl)
	);
	await frame.getByRole('button', { name: T.nl.start }).click();
	await finishQuiz(frame, 'nl');

	await expect(
		frame.getByRole('heading', { name: tr('nl', 'recruiters:embed.doneTitle') })
	).toBeVisible();
	// The target role's fit first, with the recruiter's button, then the other best matches.
	const targetFit = frame.getByRole('heading', { name: tr('nl', 'recruiters:embed.targetTitle') });
	await expect(targetFit).toBeVisible();
	const shownFit = frame.locator('p.target');
	await expect(shownFit).toContainText(/\d+% match/);
	const order = await frame.locator('main').textContent();
	const at = (text: string) => order!.indexOf(text);
	expect(at(tr('nl', 'recruiters:embed.targetTitle'))).toBeGreaterThan(-1);
	expect(at(tr('nl', 'recruiters:embed.targetTitle'))).toBeLessThan(at(T.nl.apply('Acme')));
	expect(at(T.nl.apply('Acme'))).toBeLessThan(at(tr('nl', 'recruiters:embed.others')));
	const full = frame.getByRole('link', { name: /Bekijk mijn volledige resultaten/ });
	await expect(full).toHaveAttribute(
		'href',
		new RegExp(`^/nl/results/[\\w-]+\\?role=${ROLE}&company=Acme&apply=`)
	);
	await expect(frame.getByRole('link', { name: T.nl.apply('Acme') })).toHaveAttribute(
		'href',
		APPLY
	);
	await expect(full).toHaveAttribute('target', '_blank');

	await expect
		.poll(() => page.evaluate(() => (window as never as { received: unknown[] }).received.length))
		.toBe(1);
	const [message] = await page.evaluate(
		() =>
			(window as never as { received: { origin: string; data: Record<string, unknown> }[] })
				.received
	);
	expect(message!.origin).toBe(baseURL);
	const data = message!.data;
	expect(Object.keys(data).sort()).toEqual([
		'locale',
		'target',
		'targetRole',
		'top',
		'type',
		'version'
	]);
	const target = data.target as { roleId: string; score: number };
	expect(Object.keys(target).sort()).toEqual(['roleId', 'score']);
	expect(target.roleId).toBe(ROLE);
	await expect(shownFit).toContainText(`${target.score}% match`);
	expect(data).toMatchObject({
		type: 'contact-careers:results',
		version: 1,
		locale: 'nl',
		targetRole: ROLE
	});
	const top = data.top as { roleId: string; score: number }[];
	expect(top.length).toBeGreaterThan(0);
	for (const entry of top) {
		expect(Object.keys(entry).sort()).toEqual(['roleId', 'score']);
		expect(entry.roleId).toMatch(/^[a-z0-9-]+$/);
		expect(entry.score).toBeGreaterThanOrEqual(0);
		expect(entry.score).toBeLessThanOrEqual(100);
	}
	expect(JSON.stringify(data)).not.toMatch(/answer|choice/i);
});

test('other pages refuse to be framed by another site', async ({ page, baseURL, pageErrors }) => {
	const refused = /frame-ancestors/;
	await hostPage(page, `${baseURL}/en/recruiters`);
	// Chromium reports the refusal in the console: expected here, so not a failure of this test.
	await expect.poll(() => pageErrors.some((e) => refused.test(e))).toBe(true);
	const kept = pageErrors.filter((e) => !refused.test(e));
	pageErrors.splice(0, pageErrors.length, ...kept);
	const frame = page.frames().find((f) => f !== page.mainFrame());
	expect(frame?.url().startsWith(baseURL!)).toBe(false);
	await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toHaveCount(0);
});

test('the embed is accessible, before and after the quiz', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto(`/embed/en/quiz?role=${ROLE}&company=Acme`);
	await hydrated(page);
	await expect(page.locator('header, footer, .skip-link')).toHaveCount(0);
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: T.en.start }).click();
	await finishQuiz(page, 'en');
	await expect(page.getByRole('heading', { name: 'Your results are ready' })).toBeFocused();
	await expectNoAxeViolations(page);
});
