import { error } from '@sveltejs/kit';
import { content } from '$lib/content/catalogue';
import { decodeShareCode } from '$lib/quiz/share-code';
import { resultsView } from '$lib/results/view';
import { bank, bankHistory } from '$lib/server/quiz';
import type { PageServerLoad } from './$types';

// Any code can arrive here, so the page is computed on the server from the code alone (and kept by
// the response cache in the server hooks).
export const prerender = false;

export const load: PageServerLoad = ({ params }) => {
	const decoded = decodeShareCode(bank, params.code, bankHistory);
	// A link that cannot be read is not a page: 404, with its own explanation (+error.svelte).
	if (!decoded.ok) error(404, { message: 'Invalid results link', invalidCode: decoded.reason });
	return {
		code: params.code,
		version: bank.version,
		view: resultsView(
			content,
			bank,
			decoded.answers,
			params.lang,
			decoded.targetRole,
			decoded.stage ?? null,
			!!decoded.recomputed
		)
	};
};
