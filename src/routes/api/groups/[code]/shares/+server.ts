import { apiRequest, toResponse } from '$lib/server/api';
import { postShare } from '$lib/server/hot-endpoints';
import type { RequestHandler } from './$types';

/** Shares a visitor's anonymous summary with a group (see `postShare`). */
export const POST: RequestHandler = async (event) =>
	toResponse(await postShare(apiRequest(event), event.params.code));
