import { apiRequest, toResponse } from '$lib/server/api';
import { postEvent } from '$lib/server/hot-endpoints';
import type { RequestHandler } from './$types';

/** One anonymous count for a campaign (see `postEvent`). */
export const POST: RequestHandler = async (event) =>
	toResponse(await postEvent(apiRequest(event), event.params.id));
