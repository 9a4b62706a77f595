/**
 * Role page enhancement: shows the recruiter's invitation when this visit came from a campaign link
 * (or an earlier page of the visit did). The texts come from the server-rendered slot; the values
 * come from the campaign parser, and everything is written with textContent or as a URL property.
 */
import { applyDomain, bannerVariant, fillTemplate, type BannerVariant } from '../campaign/params';
import { visitCampaign } from '../campaign/visit';

function start(): void {
	const slot = document.querySelector<HTMLElement>('[data-campaign-slot]');
	if (!slot) return;
	const role = slot.dataset.role ?? '';
	const campaign = visitCampaign(
		new URLSearchParams(window.location.search),
		role ? [role] : [],
		role || undefined
	);
	if (!campaign) return;

	const texts = slot.dataset;
	const templates: Record<BannerVariant, string | undefined> = {
		companyRole: texts.textCompanyRole,
		company: texts.textCompany,
		role: texts.textRole,
		generic: texts.textGeneric
	};
	const domain = campaign.apply ? applyDomain(campaign.apply) : '';
	const values = { company: campaign.company ?? '', campaign: campaign.campaign ?? '', domain };
	const fill = (template: string | undefined) => fillTemplate(template ?? '', values);
	const part = <T extends HTMLElement>(name: string) =>
		slot.querySelector<T>(`[data-campaign-${name}]`);

	const invite = part('text');
	if (invite) invite.textContent = fill(templates[bannerVariant(campaign, campaign.role === role)]);

	const label = part('label');
	if (label && campaign.campaign) {
		label.textContent = fill(texts.textCampaign);
		label.hidden = false;
	}

	const apply = part('apply');
	const link = apply?.querySelector('a');
	if (apply && link && campaign.apply && campaign.role === role) {
		link.href = campaign.apply;
		const text = part('apply-text');
		if (text) text.textContent = fill(campaign.company ? texts.textApplyCompany : texts.textApply);
		const newTab = part('new-tab');
		if (newTab) newTab.textContent = ` ${fill(texts.textNewTab)}`;
		const shownDomain = part('domain');
		if (shownDomain) shownDomain.textContent = domain;
		apply.hidden = false;
	}
	slot.hidden = false;
}

start();
