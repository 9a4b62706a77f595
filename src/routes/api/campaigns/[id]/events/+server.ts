import * as v from 'valibot';
import { ApiFailure, endpoint, limit, readBody } from '$lib/server/api';
import { count } from '$lib/server/campaigns';
import type { RequestHandler } from './$types';

const Body = v.variant('metric', [
	v.strictObject({ metric: v.picklist(['view', 'start', 'apply']) }),
	v.strictObject({
		metric: v.literal('finish'),
		code: v.pipe(v.string(), v.minLength(8), v.maxLength(400), v.regex(/^[A-Za-z0-9_-]+$/))
	})
]);

/** One anonymous count for a campaign: nothing about the visitor is read or kept. */
export const POST: RequestHandler = (event) =>
	endpoint(event, async () => {
		if (!/^[A-Za-z0-9_-]{12}$/.test(event.params.id)) throw new ApiFailure('notFound');
		const body = await readBody(event, Body);
		limit(event, 'event');
		await count(event.params.id, body);
		return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
	});
