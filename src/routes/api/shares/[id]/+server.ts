import * as v from 'valibot';
import { ApiFailure, endpoint, limit } from '$lib/server/api';
import { withdraw } from '$lib/server/groups';
import type { RequestHandler } from './$types';

/** Withdraws a shared summary: its id is known only to the device that shared it. */
export const DELETE: RequestHandler = (event) =>
	endpoint(event, async () => {
		if (!v.is(v.pipe(v.string(), v.uuid()), event.params.id)) throw new ApiFailure('notFound');
		limit(event, 'share');
		if (!(await withdraw(event.params.id))) throw new ApiFailure('notFound');
		return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
	});
