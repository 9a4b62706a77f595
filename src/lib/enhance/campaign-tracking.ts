/**
 * Counting for tracked campaigns on pages without a Svelte client: a role page counts a landing
 * view and passes the campaign id on to its quiz links; role and results pages count "Apply"
 * clicks. The id is then taken out of the address, so a copied or shared link does not carry it.
 * Nothing is stored on the device.
 */
import { CID_PARAM, campaignIdOf, track, withCampaignId } from '../campaign/tracking';

const url = new URL(location.href);
const cid = campaignIdOf(url.searchParams);
if (cid) {
	if (/^\/[a-z]{2}\/roles\/[^/]+$/.test(url.pathname)) {
		track(cid, { metric: 'view' });
		for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href*="/quiz"]'))
			link.href = withCampaignId(link.href, cid);
	}
	for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-campaign-apply] a'))
		link.addEventListener('click', () => track(cid, { metric: 'apply' }));
	url.searchParams.delete(CID_PARAM);
	history.replaceState(history.state, '', url.href);
}
