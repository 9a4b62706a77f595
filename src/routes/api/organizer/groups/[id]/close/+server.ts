import { bearer, endpoint, limit } from '$lib/server/api';
import { closeGroup } from '$lib/server/groups';
import type { RequestHandler } from './$types';

/** Closes the group: no new summaries; the dashboard stays until the group is deleted. */
export const POST: RequestHandler = (event) =>
	endpoint(event, async () => {
		limit(event, 'organizer');
		await closeGroup(event.params.id, bearer(event));
		return new Response(null, { status: 204, headers: { 'cache-control': 'private, no-store' } });
	});
