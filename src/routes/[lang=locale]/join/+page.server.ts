import { normalizeJoinCode, formatJoinCode } from '$lib/groups/join-code';
import { publicGroup, type PublicGroup } from '$lib/server/groups';
import { messages } from '$lib/server/messages';
import { allow } from '$lib/server/rate-limit';
import type { PageServerLoad } from './$types';

export const prerender = false;

type Outcome =
	| { state: 'form' }
	| { state: 'malformed' | 'unknown' | 'closed' | 'rateLimited' }
	/** The database is down: the code cannot be checked, the quiz with the group still runs. */
	| { state: 'unavailable'; code: string }
	| { state: 'open'; code: string; shown: string; group: PublicGroup };

async function lookUp(raw: string | null, address: string): Promise<Outcome> {
	if (raw === null || raw.trim() === '') return { state: 'form' };
	const code = normalizeJoinCode(raw);
	if (!code) return { state: 'malformed' };
	if (!allow('join', address)) return { state: 'rateLimited' };
	try {
		const group = await publicGroup(code);
		if (!group) return { state: 'unknown' };
		if (group.closed) return { state: 'closed' };
		return { state: 'open', code, shown: formatJoinCode(code), group };
	} catch {
		return { state: 'unavailable', code };
	}
}

/** `/join?code=…` (typed or from the QR code): the group's name and a start button, or why not. */
export const load: PageServerLoad = async (event) => {
	event.setHeaders({ 'cache-control': 'private, no-store' });
	let address = 'unknown';
	try {
		address = event.getClientAddress();
	} catch {
		// No socket address: one shared bucket.
	}
	const raw = event.url.searchParams.get('code');
	return {
		messages: messages(event.params.lang, ['groups']),
		typed: raw?.slice(0, 40) ?? '',
		outcome: await lookUp(raw, address)
	};
};
