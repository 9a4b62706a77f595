import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { cleanText } from '$lib/campaign/params';
import { content } from '$lib/content/catalogue';
import { LOCALES } from '$lib/i18n/locales';
import { ApiFailure, endpoint, limit, readBody } from '$lib/server/api';
import { createCampaign } from '$lib/server/campaigns';
import type { RequestHandler } from './$types';
import { paths } from '$lib/paths';

const Body = v.strictObject({
	name: v.pipe(v.string(), v.maxLength(200)),
	locale: v.picklist(LOCALES),
	role: v.nullable(v.picklist(content.roles.map((r) => r.id)))
});

/** Creates a tracked campaign; the answer holds its owner's key, shown once. */
export const POST: RequestHandler = (event) =>
	endpoint(event, async () => {
		const body = await readBody(event, Body);
		const name = cleanText(body.name).value;
		if (!name) throw new ApiFailure('invalid');
		limit(event, 'createCampaign');
		const created = await createCampaign({ name, locale: body.locale, targetRole: body.role });
		return json(
			{
				id: created.id,
				expiresAt: created.expiresAt,
				// The key travels in the fragment: never sent to a server, never in a referrer.
				dashboard: `${paths.campaign(body.locale, created.id)}#${created.token}`
			},
			{ status: 201, headers: { 'cache-control': 'no-store' } }
		);
	});
