import { fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { content } from '$lib/content/catalogue';
import { roleTitle } from '$lib/content/localize';
import { formatJoinCode } from '$lib/groups/join-code';
import { GROUP_NAME_MAX, groupName } from '$lib/groups/name';
import { LOCALES } from '$lib/i18n/locales';
import { qrMatrix, qrPath } from '$lib/campaign/qr';
import { createGroup } from '$lib/server/groups';
import { messages } from '$lib/server/messages';
import { allow } from '$lib/server/rate-limit';
import type { Actions, PageServerLoad } from './$types';

// A form that creates something: rendered per request, never cached, works without JavaScript.
export const prerender = false;

export const load: PageServerLoad = ({ params, setHeaders }) => {
	setHeaders({ 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' });
	return {
		messages: messages(params.lang, ['groups']),
		roles: content.roles
			.map((r) => ({ id: r.id, title: roleTitle(r, params.lang) }))
			.sort((a, b) => a.title.localeCompare(b.title, params.lang)),
		nameMax: GROUP_NAME_MAX
	};
};

const Form = v.object({
	name: v.string(),
	locale: v.picklist(LOCALES),
	role: v.union([v.literal(''), v.picklist(content.roles.map((r) => r.id))])
});

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData().catch(() => null);
		const parsed = v.safeParse(Form, {
			name: form?.get('name'),
			locale: form?.get('locale'),
			role: form?.get('role') ?? ''
		});
		if (!parsed.success) return fail(400, { error: 'invalid' as const });
		const name = groupName(parsed.output.name);
		// Refusals keep what the organizer typed and chose, so trying again is one click.
		const { locale, role } = parsed.output;
		const typed = { name: parsed.output.name.slice(0, 200), locale, role };
		if (!name.ok) return fail(400, { error: name.reason, ...typed });
		let address = 'unknown';
		try {
			address = event.getClientAddress();
		} catch {
			// No socket address: one shared bucket.
		}
		if (!allow('createGroup', address))
			return fail(429, { error: 'rateLimited' as const, ...typed });
		let created;
		try {
			created = await createGroup({ name: name.value, locale, targetRole: role || null });
		} catch (error) {
			console.error(`group creation failed: ${(error as Error)?.message}`);
			return fail(503, { error: 'unavailable' as const, ...typed });
		}
		const origin = event.url.origin;
		const joinLink = `${origin}/${locale}/join?code=${created.joinCode}`;
		const matrix = qrMatrix(joinLink);
		return {
			created: {
				name: name.value,
				joinCode: formatJoinCode(created.joinCode),
				joinLink,
				kioskLink: `${origin}/${locale}/kiosk/${created.joinCode}`,
				// The token travels in the fragment: browsers never send it to a server or in a referrer.
				organizerLink: `${origin}/${event.params.lang}/groups/${created.id}#${created.token}`,
				expiresAt: created.expiresAt,
				qr: { size: matrix.size, path: qrPath(matrix) }
			}
		};
	}
};
