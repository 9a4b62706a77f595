import { json } from '@sveltejs/kit';
import { bearer, endpoint, limit } from '$lib/server/api';
import { campaignView, deleteCampaign } from '$lib/server/campaigns';
import type { RequestHandler } from './$types';

const PRIVATE = { 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' };

export const GET: RequestHandler = (event) =>
	endpoint(event, async () => {
		limit(event, 'organizer');
		return json(await campaignView(event.params.id, bearer(event)), { headers: PRIVATE });
	});

export const DELETE: RequestHandler = (event) =>
	endpoint(event, async () => {
		limit(event, 'organizer');
		await deleteCampaign(event.params.id, bearer(event));
		return new Response(null, { status: 204, headers: PRIVATE });
	});
