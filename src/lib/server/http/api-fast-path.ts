/**
 * The production server's fast path for the two hot endpoints (`hot-endpoints.ts`): the same code
 * as their `+server.ts`, called straight from Node's request instead of through SvelteKit.
 *
 * Why: SvelteKit's Node adapter wraps every request in a web Request (with an AbortSignal, a body
 * stream, headers copied) and every answer in a Response. Besides the work, the Request's signal is
 * registered with a FinalizationRegistry, and such registrations keep objects alive through V8's
 * young-generation collections: each request's whole object graph (about 8 kB) was promoted to the
 * old generation, so scavenges took 15–35 ms instead of about 1, old-generation collections came
 * every few seconds, and under load those pauses were most of the p99 latency.
 *
 * Only plain cases take the fast path: a POST with a JSON body of a declared length within the
 * endpoints' limit, a path without escapes, and the client's address taken from the socket (no
 * ADDRESS_HEADER). Anything else goes to SvelteKit, which answers it as before.
 * `API_FAST_PATH=off` sends everything to SvelteKit.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isLocale } from '$lib/i18n/locales';
import { LANGUAGE_COOKIE, negotiateLocale } from '$lib/i18n/negotiate';
import { MAX_BODY, type ApiReply, type ApiRequest } from '../api';
import { postEvent, postShare } from '../hot-endpoints';
import type { FastPath } from './fast-path';

type Route = {
	id: string;
	pattern: RegExp;
	run: (request: ApiRequest, param: string) => Promise<ApiReply>;
};

const ROUTES: Route[] = [
	{ id: '/api/groups/[code]/shares', pattern: /^\/api\/groups\/([^/%]+)\/shares$/, run: postShare },
	{
		id: '/api/campaigns/[id]/events',
		pattern: /^\/api\/campaigns\/([^/%]+)\/events$/,
		run: postEvent
	}
];

/** The value of one cookie, decoded as SvelteKit decodes it. */
function cookie(header: string | undefined, name: string): string | undefined {
	for (const part of header?.split(';') ?? []) {
		const at = part.indexOf('=');
		if (at < 0 || part.slice(0, at).trim() !== name) continue;
		let value = part.slice(at + 1).trim();
		if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
		try {
			return decodeURIComponent(value);
		} catch {
			return value;
		}
	}
	return undefined;
}

function readText(req: IncomingMessage): Promise<string> {
	return new Promise((resolve, reject) => {
		let text = '';
		req.setEncoding('utf8');
		req.on('data', (chunk: string) => (text += chunk));
		req.on('end', () => resolve(text));
		req.on('error', reject);
	});
}

function send(res: ServerResponse, reply: ApiReply): void {
	if (res.destroyed) return;
	const body = reply.json === undefined ? undefined : JSON.stringify(reply.json);
	res.writeHead(
		reply.status,
		body === undefined
			? reply.headers
			: {
					...reply.headers,
					'content-type': 'application/json',
					'content-length': Buffer.byteLength(body)
				}
	);
	res.end(body);
}

/** The fast path, or undefined when it is switched off or the address comes from a header. */
export function apiFastPath(env: Record<string, string | undefined>): FastPath | undefined {
	const prefix = env.ENV_PREFIX ?? '';
	if (env.API_FAST_PATH === 'off' || env[`${prefix}ADDRESS_HEADER`]) return undefined;
	return (req, res, pathname, search) => {
		if (req.method !== 'POST') return false;
		const type = req.headers['content-type'] ?? '';
		const length = Number(req.headers['content-length']);
		if (!/^application\/json\s*(;|$)/i.test(type)) return false;
		if (!Number.isInteger(length) || length > MAX_BODY || req.headers['transfer-encoding'])
			return false;
		for (const route of ROUTES) {
			const match = route.pattern.exec(pathname);
			if (!match) continue;
			const request: ApiRequest = {
				method: 'POST',
				route: route.id,
				contentLength: length,
				text: () => readText(req),
				clientAddress: () => {
					const address = req.socket.remoteAddress;
					if (!address) throw new Error('No client address');
					return address;
				},
				// As `requestLocale`: `?lang=`, else what the site's hook would negotiate for /api paths.
				locale: () => {
					const lang = search ? new URLSearchParams(search).get('lang') : null;
					return isLocale(lang)
						? lang
						: negotiateLocale(
								cookie(req.headers.cookie, LANGUAGE_COOKIE),
								req.headers['accept-language'] ?? null
							);
				}
			};
			// The endpoint answers its own failures; this only guards the writing of the answer.
			route
				.run(request, match[1]!)
				.then((reply) => send(res, reply))
				.catch(() => res.destroy());
			return true;
		}
		return false;
	};
}
