/**
 * The campaign of this visit, in the browser: a recruiter's link sets it (its parameters replace
 * any earlier ones), and it lasts for the visit (session storage), so it survives navigation and
 * reloads. Whatever is read, from the link or from storage, goes through the one parser again.
 * Relative imports: the role page's enhancement script is bundled on its own.
 */
import { CAMPAIGN, read, remove, write } from '../device/storage';
import { hasCampaign, isCampaignLink, parseCampaign, type Campaign } from './params';

/**
 * The campaign to show on this page, or null. `pageRole` is the role a page is about: a link to a
 * role page names its role by its path, not by a parameter.
 */
export function visitCampaign(
	search: URLSearchParams,
	knownRoles: readonly string[],
	pageRole?: string
): Campaign | null {
	if (isCampaignLink(search)) {
		const input = Object.fromEntries(search);
		if (pageRole && !input.role) input.role = pageRole;
		const { values } = parseCampaign(input, knownRoles);
		if (hasCampaign(values)) write(CAMPAIGN, values);
		else remove(CAMPAIGN);
		return hasCampaign(values) ? values : null;
	}
	const { values } = parseCampaign(read(CAMPAIGN), knownRoles);
	return hasCampaign(values) ? values : null;
}
