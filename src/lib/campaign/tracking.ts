/**
 * Counting for tracked campaigns, in the browser: the campaign's public id travels in the link
 * (`cid`), and each step sends one anonymous count to this site. No cookie (credentials omitted),
 * no browser storage, no identifier of the visitor: the consent-exempt audience measurement the
 * CNIL describes. A count that cannot be sent is simply lost.
 */
export const CID_PARAM = 'cid';
const CID = /^[A-Za-z0-9_-]{12}$/;

export function campaignIdOf(params: URLSearchParams | null | undefined): string | null {
	const cid = params?.get(CID_PARAM) ?? null;
	return cid && CID.test(cid) ? cid : null;
}

export type TrackedEvent =
	| { metric: 'view' | 'start' | 'apply' }
	/** The share code lets the server work out the fit for the campaign's role; it is not kept. */
	| { metric: 'finish'; code: string };

export function track(cid: string, event: TrackedEvent): void {
	void fetch(`/api/campaigns/${cid}/events`, {
		method: 'POST',
		keepalive: true,
		credentials: 'omit',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(event)
	}).catch(() => {});
}

/**
 * A link with the campaign id added (or the link itself when there is no campaign); keeps the type
 * of `url`, so a resolved path stays one.
 */
export function withCampaignId<Url extends string>(url: Url, cid: string | null): Url {
	if (!cid) return url;
	const [path, hash] = url.split('#', 2) as [string, string | undefined];
	return `${path}${path.includes('?') ? '&' : '?'}${CID_PARAM}=${cid}${hash ? `#${hash}` : ''}` as Url;
}
