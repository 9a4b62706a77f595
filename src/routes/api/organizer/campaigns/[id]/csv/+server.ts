import { toCsv } from '$lib/export/csv';
import { METRICS } from '$lib/campaign/funnel';
import { createI18n } from '$lib/i18n/instance';
import { bearer, endpoint, limit, requestLocale } from '$lib/server/api';
import { campaignView } from '$lib/server/campaigns';
import { messages } from '$lib/server/messages';
import type { RequestHandler } from './$types';

/** The daily counts as CSV, one row a day, in the owner's language (`?lang=`). */
export const GET: RequestHandler = (event) =>
	endpoint(event, async () => {
		limit(event, 'organizer');
		const view = await campaignView(event.params.id, bearer(event));
		const locale = requestLocale(event);
		const t = createI18n(locale, messages(locale, ['campaigns'])).getFixedT(locale, 'campaigns');
		const rows = [
			[t('dashboard.day'), ...METRICS.map((m) => t(`dashboard.metrics.${m}`))],
			...view.funnel.days.map((d) => [d.day, ...METRICS.map((m) => d[m])])
		];
		return new Response('\uFEFF' + toCsv(rows), {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="${t('dashboard.csvName')}.csv"`,
				'cache-control': 'private, no-store'
			}
		});
	});
