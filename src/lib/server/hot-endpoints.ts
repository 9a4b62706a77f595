/**
 * The two endpoints that take the traffic of a whole group or campaign: a visitor sharing their
 * summary with a group, and a campaign counting a step of a visit. SvelteKit's `+server.ts` files
 * and the production server's fast path (`http/api-fast-path.ts`) both answer through these.
 */
import * as v from 'valibot';
import { normalizeJoinCode } from '$lib/groups/join-code';
import {
	ApiFailure,
	handleApi,
	limitRequest,
	readJson,
	type ApiReply,
	type ApiRequest
} from './api';
import { count } from './campaigns';
import { share } from './groups';

const NO_STORE = { 'cache-control': 'no-store' };
/** A visitor's share code as sent by their device. */
const ShareCode = v.pipe(v.string(), v.minLength(8), v.maxLength(400), v.regex(/^[A-Za-z0-9_-]+$/));

const ShareBody = v.strictObject({
	/** The submission's id, drawn by the visitor's device (a random UUID). */
	id: v.pipe(v.string(), v.uuid()),
	/** The visitor's share code: the summary is computed from it, the code itself is not kept. */
	code: ShareCode
});

/** Shares a visitor's anonymous summary with a group; retrying with the same id is harmless. */
export function postShare(request: ApiRequest, joinCode: string): Promise<ApiReply> {
	return handleApi(request, async () => {
		const code = normalizeJoinCode(joinCode);
		if (!code) throw new ApiFailure('notFound');
		const body = await readJson(request, ShareBody);
		limitRequest(request, 'share');
		const outcome = await share(code, body.id, body.code);
		return { status: outcome === 'added' ? 201 : 200, headers: NO_STORE, json: { outcome } };
	});
}

const EventBody = v.variant('metric', [
	v.strictObject({ metric: v.picklist(['view', 'start', 'apply']) }),
	v.strictObject({
		metric: v.literal('finish'),
		code: ShareCode
	})
]);

/** One anonymous count for a campaign: nothing about the visitor is read or kept. */
export function postEvent(request: ApiRequest, campaignId: string): Promise<ApiReply> {
	return handleApi(request, async () => {
		if (!/^[A-Za-z0-9_-]{12}$/.test(campaignId)) throw new ApiFailure('notFound');
		const body = await readJson(request, EventBody);
		limitRequest(request, 'event');
		await count(campaignId, body);
		return { status: 204, headers: NO_STORE };
	});
}
