import { ApiFailure, endpoint, limit } from '$lib/server/api';
import { qrFile } from '$lib/server/qr';
import type { RequestHandler } from './$types';

/** `?format=svg|png&text=<a link to this site>`: its QR code (see $lib/server/qr). */
export const GET: RequestHandler = (event) =>
	endpoint(event, async () => {
		limit(event, 'qr');
		const file = qrFile(event.url.searchParams, event.url.origin);
		if (!file) throw new ApiFailure('invalid');
		return new Response(file.body as BodyInit, {
			headers: { 'content-type': file.type, 'cache-control': 'public, max-age=86400' }
		});
	});
