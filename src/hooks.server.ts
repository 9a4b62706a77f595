import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { env } from '$env/dynamic/private';
import { LANGUAGE_COOKIE, localeOfPath, negotiateLocale } from '$lib/i18n/negotiate';
import { apiFastPath } from '$lib/server/http/api-fast-path';
import { publishFastPath } from '$lib/server/http/fast-path';
import { loggedPath } from '$lib/server/http/request-guard';
import { frameAncestors, securityHeaders } from '$lib/server/security-headers';
import { storage } from '$lib/server/storage';

/**
 * Opens the database and applies its migrations at start; if it is down, pages still work. Hands the
 * production server the fast path of the hot API endpoints (see `api-fast-path.ts`).
 */
export const init: ServerInit = () => {
	if (building) return;
	storage().catch((error: unknown) =>
		console.error(`Database unavailable at start: ${(error as Error)?.message ?? error}`)
	);
	const fastPath = apiFastPath(env);
	if (fastPath) publishFastPath(fastPath);
};

export const handle: Handle = async ({ event, resolve }) => {
	const { pathname } = event.url;
	const embedded = /^\/embed\/([a-z]{2})(\/|$)/.exec(pathname)?.[1];
	event.locals.locale =
		localeOfPath(pathname) ??
		localeOfPath(`/${embedded ?? ''}`) ??
		negotiateLocale(
			event.cookies.get(LANGUAGE_COOKIE),
			event.request.headers.get('accept-language')
		);

	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});

	for (const [name, value] of Object.entries(securityHeaders(pathname))) {
		if (name === 'content-security-policy' && response.headers.has(name)) {
			// SvelteKit's own policy (with script hashes) is on dynamic pages: add framing to it.
			response.headers.set(name, `${response.headers.get(name)}; ${frameAncestors(pathname)}`);
		} else if (!response.headers.has(name)) {
			response.headers.set(name, value);
		}
	}
	return response;
};

/** Unexpected errors are logged once and briefly: no full path, no query (it may hold a code). */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status !== 404) {
		const reason = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : '';
		console.error(
			`${status} ${event.request.method} ${loggedPath(event.url.pathname)} ${reason.slice(0, 200)}`
		);
	}
	return { message };
};
