import { normalizeJoinCode } from '$lib/groups/join-code';
import { publicGroup, type PublicGroup } from '$lib/server/groups';
import { messages, recruiterMessages } from '$lib/server/messages';
import { quizPageData } from '$lib/server/quiz';
import type { PageServerLoad } from './$types';

// The kiosk resets itself after idle time: it needs the Svelte client.
export const csr = true;

export const prerender = false;

/** A group's kiosk: the quiz for one visitor after another on a shared tablet. */
export const load: PageServerLoad = async ({ params, setHeaders }) => {
	setHeaders({ 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' });
	const base = {
		messages: {
			...messages(params.lang, ['quiz', 'groups']),
			...recruiterMessages(params.lang, ['banner'])
		}
	};
	const code = normalizeJoinCode(params.code);
	let group: PublicGroup | null;
	try {
		group = code ? await publicGroup(code) : null;
	} catch {
		// The database is down: say so (not that the link is wrong), and offer to try again.
		return { ...base, kiosk: null, problem: 'unavailable' as const };
	}
	if (!code || !group || group.closed) return { ...base, kiosk: null, problem: 'invalid' as const };
	return {
		...base,
		kiosk: { code, targetRole: group.targetRole, ...quizPageData(params.lang) },
		problem: null
	};
};
