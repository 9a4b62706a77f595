import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { normalizeJoinCode } from '$lib/groups/join-code';
import { ApiFailure, endpoint, limit, readBody } from '$lib/server/api';
import { share } from '$lib/server/groups';
import type { RequestHandler } from './$types';

const Body = v.strictObject({
	/** The submission's id, drawn by the visitor's device (a random UUID). */
	id: v.pipe(v.string(), v.uuid()),
	/** The visitor's share code: the summary is computed from it, the code itself is not kept. */
	code: v.pipe(v.string(), v.minLength(8), v.maxLength(400), v.regex(/^[A-Za-z0-9_-]+$/))
});

/** Shares a visitor's anonymous summary with a group; retrying with the same id is harmless. */
export const POST: RequestHandler = (event) =>
	endpoint(event, async () => {
		const code = normalizeJoinCode(event.params.code);
		if (!code) throw new ApiFailure('notFound');
		const body = await readBody(event, Body);
		limit(event, 'share');
		const outcome = await share(code, body.id, body.code);
		return json(
			{ outcome },
			{ status: outcome === 'added' ? 201 : 200, headers: { 'cache-control': 'no-store' } }
		);
	});
