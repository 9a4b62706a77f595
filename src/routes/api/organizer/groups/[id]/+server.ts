import { json } from '@sveltejs/kit';
import { bearer, endpoint, limit } from '$lib/server/api';
import { deleteGroup, organizerView } from '$lib/server/groups';
import type { RequestHandler } from './$types';

const PRIVATE = { 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' };

/** The organizer's dashboard data (polled while the group takes the quiz). */
export const GET: RequestHandler = (event) =>
	endpoint(event, async () => {
		limit(event, 'organizer');
		return json(await organizerView(event.params.id, bearer(event)), { headers: PRIVATE });
	});

/** Deletes the group and every summary shared with it, now. */
export const DELETE: RequestHandler = (event) =>
	endpoint(event, async () => {
		limit(event, 'organizer');
		await deleteGroup(event.params.id, bearer(event));
		return new Response(null, { status: 204, headers: PRIVATE });
	});
