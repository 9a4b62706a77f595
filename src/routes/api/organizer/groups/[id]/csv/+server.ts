import { content } from '$lib/content/catalogue';
import { roleTitle } from '$lib/content/localize';
import { toCsv } from '$lib/export/csv';
import { reportRows } from '$lib/groups/report-csv';
import { createI18n } from '$lib/i18n/instance';
import { bearer, endpoint, limit, requestLocale } from '$lib/server/api';
import { organizerView } from '$lib/server/groups';
import { messages } from '$lib/server/messages';
import type { RequestHandler } from './$types';

/** The dashboard's figures as CSV, in the organizer's language (`?lang=`). */
export const GET: RequestHandler = (event) =>
	endpoint(event, async () => {
		limit(event, 'organizer');
		const view = await organizerView(event.params.id, bearer(event));
		const locale = requestLocale(event);
		const t = createI18n(locale, messages(locale, ['groups'])).getFixedT(locale, 'groups');
		const names = new Map<string, string>([
			...content.roles.map((r) => [r.id, roleTitle(r, locale)] as const),
			...content.traits.map((tr) => [tr.id, tr.name[locale]] as const)
		]);
		const target = view.group.targetRole;
		const rows = reportRows(view.report, {
			header: [
				t('csv.header.section'),
				t('csv.header.item'),
				t('csv.header.value'),
				t('csv.header.spread')
			],
			sections: {
				participants: t('csv.participants'),
				topRoles: t('dashboard.topRoles'),
				inTopThree: t('dashboard.inTopThree'),
				startNow: t('dashboard.startNow'),
				traits: t('dashboard.traits'),
				awards: t('dashboard.awards'),
				target: t('dashboard.target', { role: target ? (names.get(target) ?? target) : '' }),
				stages: t('dashboard.stages')
			},
			fit: {
				strong: t('dashboard.fit.strong'),
				medium: t('dashboard.fit.medium'),
				weak: t('dashboard.fit.weak')
			},
			name: (id) => names.get(id) ?? id
		});
		return new Response('\uFEFF' + toCsv(rows), {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="${t('dashboard.csvName')}.csv"`,
				'cache-control': 'private, no-store'
			}
		});
	});
