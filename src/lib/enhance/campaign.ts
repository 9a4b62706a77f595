/**
 * Campaign enhancement for pages without a Svelte client (role pages, results): shows the
 * recruiter's invitation, and their "Apply" button, when this visit came from a campaign link (or
 * an earlier page of the visit did). The texts come from the server-rendered slots (CampaignSlot,
 * CampaignApplySlot); the values come from the campaign parser, and everything is written with
 * textContent or as a URL property.
 */
import {
	applyDomain,
	applyHref,
	bannerVariant,
	fillTemplate,
	type BannerVariant,
	type Campaign
} from '../campaign/params';
import { visitCampaign } from '../campaign/visit';

/** Role id → title, from the slot: our own server's JSON, still read defensively. */
function roleTitles(json: string | undefined): Record<string, string> {
	const titles: Record<string, string> = {};
	try {
		const value: unknown = JSON.parse(json ?? '{}');
		if (value && typeof value === 'object')
			for (const [id, title] of Object.entries(value))
				if (typeof title === 'string') titles[id] = title;
	} catch {
		// No titles: the banner does without the role's name.
	}
	return titles;
}

function showApply(apply: HTMLElement, campaign: Campaign, href: string): void {
	const texts = apply.dataset;
	const domain = applyDomain(href);
	const values = { company: campaign.company ?? '', domain };
	const part = (name: string) => apply.querySelector<HTMLElement>(`[data-campaign-${name}]`);
	const link = apply.querySelector('a');
	if (!link || !domain) return;
	link.href = href;
	const text = part('apply-text');
	if (text)
		text.textContent = fillTemplate(
			(campaign.company ? texts.textApplyCompany : texts.textApply) ?? '',
			values
		);
	const newTab = part('new-tab');
	if (newTab) newTab.textContent = ` ${fillTemplate(texts.textNewTab ?? '', values)}`;
	const shownDomain = part('domain');
	if (shownDomain) shownDomain.textContent = domain;
	apply.hidden = false;
}

function start(): void {
	const slot = document.querySelector<HTMLElement>('[data-campaign-slot]');
	if (!slot) return;
	const texts = slot.dataset;
	// A role page's role: a link to it names that role without a parameter.
	const pageRole = texts.role || undefined;
	const titles = roleTitles(texts.roleTitles);
	const campaign = visitCampaign(
		new URLSearchParams(window.location.search),
		Object.keys(titles),
		pageRole
	);
	if (!campaign) return;

	const templates: Record<BannerVariant, string | undefined> = {
		companyRole: texts.textCompanyRole,
		company: texts.textCompany,
		role: texts.textRole,
		generic: texts.textGeneric
	};
	const roleTitle =
		campaign.role && Object.hasOwn(titles, campaign.role) ? titles[campaign.role] : '';
	const values = {
		company: campaign.company ?? '',
		campaign: campaign.campaign ?? '',
		role: roleTitle ?? ''
	};
	const fill = (template: string | undefined) => fillTemplate(template ?? '', values);

	const invite = slot.querySelector<HTMLElement>('[data-campaign-text]');
	if (invite) invite.textContent = fill(templates[bannerVariant(campaign, !!roleTitle)]);

	const label = slot.querySelector<HTMLElement>('[data-campaign-label]');
	if (label && campaign.campaign) {
		label.textContent = fill(texts.textCampaign);
		label.hidden = false;
	}
	slot.hidden = false;

	// In the role page's banner, for a campaign naming that role; on the results, for the target role.
	const apply = document.querySelector<HTMLElement>('[data-campaign-apply]');
	const forRole = apply?.dataset.role;
	const href = pageRole && campaign.role !== pageRole ? null : applyHref(campaign, forRole);
	if (apply && href) showApply(apply, campaign, href);
}

start();
