import { redirect } from '@sveltejs/kit';
import { LANGUAGE_COOKIE, localTarget } from '$lib/i18n/negotiate';
import { DEFAULT_LOCALE } from '$lib/i18n/locales';
import type { RequestHandler } from './$types';

/**
 * Saves a language choice (the site's only cookie) and goes to the same page in that language.
 * `to` must be a path on this site that starts with a locale; anything else goes to the home page.
 */
export const GET: RequestHandler = ({ url, cookies }) => {
	const target = localTarget(url.searchParams.get('to') ?? '');
	if (!target) redirect(303, `/${DEFAULT_LOCALE}`);
	cookies.set(LANGUAGE_COOKIE, target.locale, {
		path: '/',
		maxAge: 60 * 60 * 24 * 365,
		sameSite: 'lax',
		httpOnly: true
	});
	redirect(303, target.path);
};
