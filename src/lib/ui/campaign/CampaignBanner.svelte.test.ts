import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import CampaignApply from './CampaignApply.svelte';
import CampaignBanner from './CampaignBanner.svelte';
import { CAMPAIGN_KEY } from '../quiz/storage';
import { testContext } from '../test/i18n';
import frRecruiters from '$lib/i18n/fr/recruiters.json';

const roleTitles = { 'team-leader': 'Team leader', 'data-analyst': 'Data analyst' };
const HOSTILE = [
	'<script>window.__pwned = 1</script>',
	'<img src=x onerror="window.__pwned = 1">',
	'"><svg onload=window.__pwned=1>',
	'{{role}} $t(common:siteName) $& &lt;b&gt;',
	'\u202Egnp.exe\u202C <b>bold</b>'
];

declare global {
	interface Window {
		__pwned?: number;
	}
}

afterEach(() => {
	sessionStorage.clear();
	history.replaceState(null, '', window.location.pathname);
});

/** Every element inside the banner: only the component's own markup, nothing injected. */
function elementsIn(selector: string): string[] {
	const root = document.querySelector(selector);
	return root ? [...root.querySelectorAll('*')].map((el) => el.tagName.toLowerCase()) : [];
}

/** The banner's paragraphs, as text. */
const texts = () =>
	[...document.querySelectorAll('[data-campaign-banner] p')].map((p) => p.textContent?.trim());

describe('CampaignBanner', () => {
	it.each(HOSTILE)('renders %j as inert text', async (value) => {
		render(CampaignBanner, {
			props: { roleTitles, campaign: { company: value, campaign: value, role: 'team-leader' } },
			context: testContext('en')
		});
		const banner = page.getByRole('region', { name: 'Invitation' });
		await expect.element(banner).toBeVisible();
		expect(texts()).toEqual([
			`${value} invites you to discover the Team leader role`,
			`Campaign: ${value}`
		]);
		expect(elementsIn('[data-campaign-banner]')).toEqual(['p', 'p']);
		expect(document.body.querySelectorAll('img, svg, [onerror], [onload]')).toHaveLength(0);
		expect(document.body.querySelector('script:not([src])')).toBeNull();
		expect(window.__pwned).toBeUndefined();
	});

	it('has a variant without company, in the page language', async () => {
		render(CampaignBanner, {
			props: { roleTitles, campaign: { campaign: 'Salon', role: 'data-analyst' } },
			context: testContext('fr')
		});
		await expect.element(page.getByRole('region', { name: 'Invitation' })).toBeVisible();
		expect(texts()).toEqual([
			frRecruiters.banner.role.replace('{{role}}', 'Data analyst'),
			'Campagne : Salon'
		]);
	});

	it('shows nothing without a campaign', async () => {
		render(CampaignBanner, { props: { roleTitles, campaign: null }, context: testContext('en') });
		await expect.element(page.getByRole('region')).not.toBeInTheDocument();
	});

	it('reads the link, drops what is invalid, and keeps the campaign for the visit', async () => {
		const hostile = '<img src=x onerror=window.__pwned=1>\u202E';
		history.replaceState(
			null,
			'',
			`?role=team-leader&company=${encodeURIComponent(hostile)}&apply=javascript:alert(1)`
		);
		render(CampaignBanner, { props: { roleTitles }, context: testContext('nl') });
		const banner = page.getByRole('region', { name: 'Uitnodiging' });
		await expect.element(banner).toBeVisible();
		expect(texts()).toEqual([
			'<img src=x onerror=window.__pwned=1> nodigt je uit om de functie Team leader te ontdekken'
		]);
		expect(elementsIn('[data-campaign-banner]')).toEqual(['p']);
		expect(JSON.parse(sessionStorage.getItem(CAMPAIGN_KEY) ?? 'null')).toEqual({
			role: 'team-leader',
			company: '<img src=x onerror=window.__pwned=1>'
		});
		expect(window.__pwned).toBeUndefined();
	});
});

describe('CampaignApply', () => {
	const campaign = {
		role: 'team-leader',
		company: '"><script>window.__pwned=1</script>',
		apply: 'https://jobs.example.com/apply?id=7'
	};

	it('links to the application URL in a new tab, with its domain shown', async () => {
		render(CampaignApply, {
			props: { roleTitles, targetRole: 'team-leader', campaign },
			context: testContext('en')
		});
		const link = page.getByRole('link', { name: /^Apply at "><script>/ });
		await expect.element(link).toHaveAttribute('href', campaign.apply);
		await expect.element(link).toHaveAttribute('target', '_blank');
		await expect.element(link).toHaveAttribute('rel', 'noopener noreferrer');
		await expect.element(link).toHaveAccessibleName(/opens jobs\.example\.com in a new tab/);
		await expect.element(page.getByText('jobs.example.com', { exact: true })).toBeVisible();
		expect(elementsIn('[data-campaign-apply]')).toEqual(['a', 'span', 'span']);
		expect(window.__pwned).toBeUndefined();
	});

	it('stays hidden outside target-role mode or for another role', async () => {
		render(CampaignApply, {
			props: { roleTitles, targetRole: null, campaign },
			context: testContext('en')
		});
		render(CampaignApply, {
			props: { roleTitles, targetRole: 'data-analyst', campaign },
			context: testContext('en')
		});
		await expect.element(page.getByRole('link')).not.toBeInTheDocument();
	});
});
