import { json } from '@sveltejs/kit';
import { normalizeJoinCode } from '$lib/groups/join-code';
import { ApiFailure, endpoint, limit } from '$lib/server/api';
import { publicGroup } from '$lib/server/groups';
import type { RequestHandler } from './$types';

/** A group's public side (name, language, target role, open or closed), by join code. */
export const GET: RequestHandler = (event) =>
	endpoint(event, async () => {
		limit(event, 'join');
		const code = normalizeJoinCode(event.params.code);
		const group = code ? await publicGroup(code) : null;
		if (!group) throw new ApiFailure('notFound');
		return json(group, { headers: { 'cache-control': 'no-store' } });
	});
