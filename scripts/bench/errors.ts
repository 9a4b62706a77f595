/** Collects a page's script errors and failed responses, to fail the benchmark on a broken page. */
import type { Page } from 'playwright';

export function watchErrors(page: Page) {
	const seen: string[] = [];
	page.on('pageerror', (e) => seen.push(`page error: ${e.message}`));
	page.on('response', (r) => {
		if (r.status() >= 400) seen.push(`HTTP ${r.status()} for ${r.url()}`);
	});
	page.on('requestfailed', (r) => {
		const reason = r.failure()?.errorText ?? 'failed';
		// A navigation cancels what the previous page still had in flight: not an error.
		if (reason !== 'net::ERR_ABORTED') seen.push(`${reason}: ${r.url()}`);
	});
	return {
		check() {
			if (seen.length) throw new Error(`${page.url()}: ${seen.join('; ')}`);
		}
	};
}
