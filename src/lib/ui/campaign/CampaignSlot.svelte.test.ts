import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import CampaignApplySlot from './CampaignApplySlot.svelte';
import CampaignSlot from './CampaignSlot.svelte';
import { CAMPAIGN, read } from '$lib/device/storage';
import { testContext } from '../test/i18n';
import frRecruiters from '$lib/i18n/fr/recruiters.json';

const roleTitles = { 'team-leader': 'Team leader', 'data-analyst': 'Data analyst' };
const roles = Object.keys(roleTitles);
const HOSTILE = [
	'<script>window.__pwned = 1</script>',
	'<img src=x onerror="window.__pwned = 1">',
	'"><svg onload=window.__pwned=1>',
	'{{role}} $t(common:siteName) $& &lt;b&gt;'
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

/** Arrives from a recruiter's link with these parameters. */
function arrive(params: Record<string, string>): void {
	history.replaceState(null, '', `?${new URLSearchParams(params)}`);
}

/** Every element inside the first match of `selector`: only the component's markup, nothing injected. */
function elementsIn(selector: string): string[] {
	const root = document.querySelector(selector);
	return root ? [...root.querySelectorAll('*')].map((el) => el.tagName.toLowerCase()) : [];
}

/** The banner's visible paragraphs, as text. */
const texts = () =>
	[...document.querySelectorAll<HTMLElement>('[data-campaign-slot] p:not([hidden])')].map((p) =>
		p.textContent?.trim()
	);

describe('CampaignSlot', () => {
	it.each(HOSTILE)('renders %j from the link as inert text', async (value) => {
		arrive({ company: value, campaign: value, role: 'team-leader' });
		render(CampaignSlot, { props: { roleTitles }, context: testContext('en') });
		await expect.element(page.getByRole('region', { name: 'Invitation' })).toBeVisible();
		expect(texts()).toEqual([
			`${value} invites you to discover the Team leader role`,
			`Campaign: ${value}`
		]);
		expect(elementsIn('[data-campaign-slot]')).toEqual(['p', 'p']);
		expect(document.body.querySelectorAll('img, svg, [onerror], [onload]')).toHaveLength(0);
		expect(window.__pwned).toBeUndefined();
	});

	it('has a variant without company, in the page language', async () => {
		arrive({ campaign: 'Salon', role: 'data-analyst' });
		render(CampaignSlot, { props: { roleTitles }, context: testContext('fr') });
		await expect.element(page.getByRole('region', { name: 'Invitation' })).toBeVisible();
		expect(texts()).toEqual([
			frRecruiters.banner.role.replace('{{role}}', 'Data analyst'),
			'Campagne : Salon'
		]);
	});

	it('stays hidden without a campaign', async () => {
		arrive({ role: 'team-leader' });
		render(CampaignSlot, { props: { roleTitles }, context: testContext('en') });
		await expect.element(page.getByRole('region')).not.toBeInTheDocument();
		expect(document.querySelector('[data-campaign-slot]')).not.toBeNull();
	});

	it('drops what is invalid, and keeps the campaign for the visit', async () => {
		const hostile = '<img src=x onerror=window.__pwned=1>\u202E';
		arrive({ role: 'team-leader', company: hostile, apply: 'javascript:alert(1)' });
		render(CampaignSlot, { props: { roleTitles }, context: testContext('nl') });
		await expect.element(page.getByRole('region', { name: 'Uitnodiging' })).toBeVisible();
		expect(texts()).toEqual([
			'<img src=x onerror=window.__pwned=1> nodigt je uit om de functie Team leader te ontdekken'
		]);
		expect(read(CAMPAIGN)).toEqual({
			role: 'team-leader',
			company: '<img src=x onerror=window.__pwned=1>'
		});
		// A later page of the visit, without parameters, shows it again.
		history.replaceState(null, '', window.location.pathname);
		render(CampaignSlot, { props: { roleTitles }, context: testContext('en') });
		await expect
			.element(
				page
					.getByRole('region', { name: 'Invitation' })
					.getByText(
						'<img src=x onerror=window.__pwned=1> invites you to discover the Team leader role'
					)
			)
			.toBeVisible();
	});

	it('holds the role page’s apply button, only for a campaign naming that role', async () => {
		arrive({ company: 'Acme', apply: 'https://jobs.example.com/7' });
		render(CampaignSlot, {
			props: { role: { id: 'team-leader', title: 'Team leader' } },
			context: testContext('en')
		});
		const banner = page.getByRole('region', { name: 'Invitation' });
		await expect
			.element(banner.getByText('Acme invites you to discover the Team leader role'))
			.toBeVisible();
		await expect
			.element(banner.getByRole('link', { name: /^Apply at Acme/ }))
			.toHaveAttribute('href', 'https://jobs.example.com/7');
	});
});

describe('CampaignApplySlot', () => {
	const campaign = {
		role: 'team-leader',
		company: '"><script>window.__pwned=1</script>',
		apply: 'https://jobs.example.com/apply?id=7'
	};

	it('links to the application URL in a new tab, with its domain shown', async () => {
		arrive(campaign);
		render(CampaignApplySlot, {
			props: { role: 'team-leader', roles },
			context: testContext('en')
		});
		const link = page.getByRole('link', { name: /^Apply at "><script>/ });
		await expect.element(link).toHaveAttribute('href', campaign.apply);
		await expect.element(link).toHaveAttribute('target', '_blank');
		await expect.element(link).toHaveAttribute('rel', 'noopener noreferrer');
		await expect.element(link).toHaveAccessibleName(/opens jobs\.example\.com in a new tab/);
		await expect.element(page.getByText('jobs.example.com', { exact: true })).toBeVisible();
		expect(elementsIn('[data-campaign-apply]')).toEqual(['a', 'span', 'span', 'span']);
		expect(window.__pwned).toBeUndefined();
	});

	it('stays hidden for another role, or on another role’s page', async () => {
		arrive(campaign);
		render(CampaignApplySlot, {
			props: { role: 'data-analyst', roles },
			context: testContext('en')
		});
		render(CampaignApplySlot, {
			props: { role: 'data-analyst', pageRole: true },
			context: testContext('en')
		});
		expect(document.querySelectorAll('[data-campaign-apply]')).toHaveLength(2);
		await expect.element(page.getByRole('link')).not.toBeInTheDocument();
	});

	it('shows for any target role when the campaign names none', async () => {
		arrive({ company: 'Acme', apply: 'https://jobs.example.com/' });
		render(CampaignApplySlot, {
			props: { role: 'data-analyst', roles },
			context: testContext('en')
		});
		await expect
			.element(page.getByRole('link'))
			.toHaveAttribute('href', 'https://jobs.example.com/');
	});
});
