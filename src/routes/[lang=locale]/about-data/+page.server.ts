import { content } from '$lib/content/catalogue';
import { roleTitle } from '$lib/content/localize';
import { onet } from '$lib/content/onet/data';
import { onetFit, proxiesFromTraits } from '$lib/content/onet/derive';
import { sourceView } from '$lib/explorer/pay';
import { messages } from '$lib/server/messages';
import type { PageServerLoad } from './$types';

/** How each role's profile compares with O*NET, as the evaluation script computes it. */
export const load: PageServerLoad = ({ params }) => {
	const proxies = proxiesFromTraits(content.traits);
	const fits = content.roles.flatMap((role) => {
		const fit = onetFit(onet, role, proxies);
		if (!fit || !role.codes.onet) return [];
		return [
			{
				id: role.id,
				title: roleTitle(role, params.lang),
				soc: role.codes.onet,
				occupation: onet.occupations.get(role.codes.onet)?.title ?? role.codes.onet,
				rho: fit.rho,
				adjusted: role.adjustments.filter((a) => fit.traits.includes(a.trait)).length,
				of: fit.traits.length,
				note: role.onetFitNote?.[params.lang] ?? null
			}
		];
	});
	return {
		messages: messages(params.lang, ['about']),
		fits,
		// Newest first: the figures people decide on are the recent ones.
		sources: content.sources.map((s) => sourceView(s, params.lang)).sort((a, b) => b.year - a.year)
	};
};
