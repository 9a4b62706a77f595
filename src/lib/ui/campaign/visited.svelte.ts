import type { Campaign } from '$lib/campaign/params';
import { visitCampaign } from '$lib/campaign/visit';

/**
 * The campaign a component shows: the one it is given, or else this visit's, read once the page is
 * in the browser (the server and prerendering cannot know it, so it is set after mount).
 */
export function shownCampaign(
	props: () => {
		campaign?: Campaign | null;
		roleTitles: Record<string, string>;
	}
): { readonly current: Campaign | null } {
	let visited = $state<Campaign | null>(null);
	$effect(() => {
		const { campaign, roleTitles } = props();
		if (campaign === undefined)
			// Read once from the address, never changed: no reactive URLSearchParams needed.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			visited = visitCampaign(new URLSearchParams(window.location.search), Object.keys(roleTitles));
	});
	return {
		get current() {
			const { campaign } = props();
			return campaign === undefined ? visited : campaign;
		}
	};
}
