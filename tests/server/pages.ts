/** One address of every page type, and what each must answer when the server is healthy. */
import { expect } from '@playwright/test';

export function pageTypes(code: string): { path: string; status: number; type: RegExp }[] {
	const html = /^text\/html/;
	return [
		{ path: '/en', status: 200, type: html },
		{ path: '/fr/roles', status: 200, type: html },
		{ path: '/nl/roles/customer-service-advisor', status: 200, type: html },
		{ path: '/en/quiz', status: 200, type: html },
		{ path: `/en/results/${code}`, status: 200, type: html },
		{ path: '/en/results/not-a-code', status: 404, type: html },
		{ path: '/fr/results', status: 200, type: html },
		{ path: '/en/career-map', status: 200, type: html },
		{ path: '/en/compare?roles=team-leader,trainer', status: 200, type: html },
		{ path: '/en/recruiters', status: 200, type: html },
		{ path: '/en/about-data', status: 200, type: html },
		{ path: '/en/privacy', status: 200, type: html },
		{ path: '/en/accessibility', status: 200, type: html },
		{ path: '/embed/en/quiz', status: 200, type: html },
		{ path: '/en/no-such-page', status: 404, type: html },
		{ path: '/sitemap.xml', status: 200, type: /xml/ },
		{ path: '/robots.txt', status: 200, type: /^text\/plain/ },
		{ path: '/favicon.svg', status: 200, type: /^image\/svg/ },
		{ path: '/healthz', status: 200, type: /^application\/json/ }
	];
}

/** Every page type answers as it should, with the security headers. */
export async function expectEveryPageServes(origin: string, code: string): Promise<void> {
	for (const page of pageTypes(code)) {
		const response = await fetch(`${origin}${page.path}`);
		const body = await response.text();
		expect(response.status, page.path).toBe(page.status);
		expect(response.headers.get('content-type'), page.path).toMatch(page.type);
		expect(response.headers.get('x-content-type-options'), page.path).toBe('nosniff');
		if (page.type.source.includes('html')) expect(body, page.path).toContain('<h1');
	}
}
