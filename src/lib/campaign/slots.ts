/**
 * The recruiter's invitation and "Apply" button, filled into the server-rendered slots
 * (CampaignSlot, CampaignApplySlot) when this visit came from a campaign link, or an earlier page of
 * the visit did. The one way a campaign reaches the page: run by the enhancement script on pages
 * without a Svelte client, and by the slots themselves when a Svelte client mounts them. The texts
 * come from the slots' data attributes, the values from the campaign parser, and everything is
 * written with textContent or as a URL property. Relative imports: the enhancement script is
 * bundled on its own.
 */
import { applyDomain, applyHref, bannerVariant, fillTemplate } from './params';
import { visitCampaign } from './visit';

/** JSON written by our own server into a data attribute, still read defensively. */
function parseJson(json: string | undefined): unknown {
	try {
		return JSON.parse(json ?? 'null');
	} catch {
		return null;
	}
}

/** Role id → title, from a banner slot. */
function roleTitles(json: string | undefined): Record<string, string> {
	const value = parseJson(json);
	const titles: Record<string, string> = {};
	if (value && typeof value === 'object')
		for (const [id, title] of Object.entries(value))
			if (typeof title === 'string') titles[id] = title;
	return titles;
}

/** Role ids, from an apply slot. */
function roleIds(json: string | undefined): string[] {
	const value = parseJson(json);
	return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}

/** The address's query: read once, never changed by these slots. */
const search = () => new URLSearchParams(window.location.search);

/** Fills a banner slot; without a campaign it stays hidden. */
export function fillBanner(slot: HTMLElement): void {
	const texts = slot.dataset;
	// A role page's role: a link to it names that role without a parameter.
	const pageRole = texts.role || undefined;
	const titles = roleTitles(texts.roleTitles);
	const campaign = visitCampaign(search(), Object.keys(titles), pageRole);
	if (!campaign) return;

	const roleTitle =
		campaign.role && Object.hasOwn(titles, campaign.role) ? (titles[campaign.role] ?? '') : '';
	const values = {
		company: campaign.company ?? '',
		campaign: campaign.campaign ?? '',
		role: roleTitle
	};
	const templates = {
		companyRole: texts.textCompanyRole,
		company: texts.textCompany,
		role: texts.textRole,
		generic: texts.textGeneric
	};
	const invite = slot.querySelector<HTMLElement>('[data-campaign-text]');
	if (invite)
		invite.textContent = fillTemplate(
			templates[bannerVariant(campaign, !!roleTitle)] ?? '',
			values
		);
	const label = slot.querySelector<HTMLElement>('[data-campaign-label]');
	if (label && campaign.campaign) {
		label.textContent = fillTemplate(texts.textCampaign ?? '', values);
		label.hidden = false;
	}
	slot.hidden = false;
}

/**
 * Fills an apply slot when this visit's campaign has an application link for the slot's role: on a
 * role page (`data-page-role`), only for a campaign naming that role; elsewhere (the quiz's target
 * role), also for a campaign naming no role.
 */
export function fillApply(apply: HTMLElement): void {
	const texts = apply.dataset;
	const role = texts.role ?? '';
	const onRolePage = texts.pageRole !== undefined;
	const campaign = visitCampaign(
		search(),
		onRolePage ? [role] : roleIds(texts.roles),
		onRolePage ? role : undefined
	);
	const href =
		!campaign || (onRolePage && campaign.role !== role) ? null : applyHref(campaign, role);
	const domain = href ? applyDomain(href) : '';
	const link = apply.querySelector('a');
	if (!campaign || !href || !domain || !link) return;

	const values = { company: campaign.company ?? '', domain };
	const part = (name: string) => apply.querySelector<HTMLElement>(`[data-campaign-${name}]`);
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

/** Fills every campaign slot in the page. */
export function fillSlots(root: ParentNode = document): void {
	for (const slot of root.querySelectorAll<HTMLElement>('[data-campaign-slot]')) fillBanner(slot);
	for (const apply of root.querySelectorAll<HTMLElement>('[data-campaign-apply]')) fillApply(apply);
}
