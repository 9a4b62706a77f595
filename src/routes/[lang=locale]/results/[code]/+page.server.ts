import { content } from '$lib/content/catalogue';
import { decodeShareCode } from '$lib/quiz/share-code';
import { resultsView } from '$lib/results/view';
import { messages, recruiterMessages } from '$lib/server/messages';
import { bank } from '$lib/server/quiz';
import type { PageServerLoad } from './$types';

// Any code can arrive here, so the page is computed per request from the code alone.
export const prerender = false;
// Readable and complete without JavaScript: no Svelte client, only small enhancement scripts.
export const csr = false;

export const load: PageServerLoad = ({ params }) => {
	const decoded = decodeShareCode(bank, params.code);
	const base = {
		messages: {
			...messages(params.lang, ['quiz', 'groups']),
			...recruiterMessages(params.lang, ['banner'])
		},
		code: params.code,
		version: bank.version
	};
	if (!decoded.ok) return { ...base, invalid: decoded.reason, view: null };
	return {
		...base,
		invalid: null,
		view: resultsView(content, bank, decoded.answers, params.lang, decoded.targetRole)
	};
};
