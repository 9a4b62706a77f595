/**
 * Helpers for the JSON endpoints: bounded bodies validated with valibot, and errors with a message
 * in the visitor's language (`?lang=`, else the language the site negotiated). No response or log
 * line ever repeats a token or a client address.
 *
 * The hot endpoints (sharing a summary, counting a campaign step) are written against `ApiRequest`
 * and return an `ApiReply`, so that the same code answers through SvelteKit and through the
 * production server's fast path (`http/api-fast-path.ts`), which skips SvelteKit's per-request
 * Request/Response objects.
 */
import { json, type RequestEvent } from '@sveltejs/kit';
import * as v from 'valibot';
import { isLocale, type Locale } from '$lib/i18n/locales';
import { resources } from './messages';
import { allow, type LIMITS } from './rate-limit';

export const MAX_BODY = 4096;

export type ApiErrorKey =
	'invalid' | 'tooLarge' | 'notFound' | 'closed' | 'rateLimited' | 'unauthorized' | 'unavailable';

const STATUS: Record<ApiErrorKey, number> = {
	invalid: 400,
	tooLarge: 413,
	unauthorized: 401,
	notFound: 404,
	closed: 409,
	rateLimited: 429,
	unavailable: 503
};

/** What an endpoint reads from its request, whichever server layer received it. */
export type ApiRequest = {
	method: string;
	/** The route's id, for log lines (never the path: it may hold a code). */
	route: string;
	/** The declared Content-Length (0 when none). */
	contentLength: number;
	text: () => Promise<string>;
	/** Throws when there is no address (e.g. tests without a socket). */
	clientAddress: () => string;
	/** The language for error messages. */
	locale: () => Locale;
};

/** An endpoint's answer: a status, headers, and a JSON body unless `json` is undefined. */
export type ApiReply = { status: number; headers: Record<string, string>; json?: unknown };

/** The `ApiRequest` of a SvelteKit request. */
export function apiRequest(event: RequestEvent): ApiRequest {
	return {
		method: event.request.method,
		route: event.route.id ?? '',
		contentLength: Number(event.request.headers.get('content-length') ?? 0),
		text: () => event.request.text(),
		clientAddress: () => event.getClientAddress(),
		locale: () => requestLocale(event)
	};
}

/** The SvelteKit Response of a reply. */
export function toResponse(reply: ApiReply): Response {
	return reply.json === undefined
		? new Response(null, { status: reply.status, headers: reply.headers })
		: json(reply.json, { status: reply.status, headers: reply.headers });
}

export function requestLocale(event: RequestEvent): Locale {
	const lang = event.url.searchParams.get('lang');
	return isLocale(lang) ? lang : event.locals.locale;
}

/** The error answer for `key`, its message in `locale`. */
export function errorReply(locale: Locale, key: ApiErrorKey): ApiReply {
	const errors = (resources[locale]?.groups as { errors?: Record<string, string> })?.errors;
	return {
		status: STATUS[key],
		headers: { 'cache-control': 'no-store' },
		json: { error: key, message: errors?.[key] ?? key }
	};
}

export class ApiFailure extends Error {
	constructor(readonly key: ApiErrorKey) {
		super(key);
	}
}

/** The JSON body, checked against `schema`; throws ApiFailure('tooLarge' | 'invalid'). */
export async function readBody<S extends v.GenericSchema>(
	event: RequestEvent,
	schema: S
): Promise<v.InferOutput<S>> {
	return readJson(apiRequest(event), schema);
}

/** `readBody` of an `ApiRequest`. */
export async function readJson<S extends v.GenericSchema>(
	request: ApiRequest,
	schema: S
): Promise<v.InferOutput<S>> {
	if (request.contentLength > MAX_BODY) throw new ApiFailure('tooLarge');
	const text = await request.text();
	if (text.length > MAX_BODY) throw new ApiFailure('tooLarge');
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw new ApiFailure('invalid');
	}
	const parsed = v.safeParse(schema, value);
	if (!parsed.success) throw new ApiFailure('invalid');
	return parsed.output;
}

export function limit(event: RequestEvent, bucket: keyof typeof LIMITS): void {
	limitRequest(apiRequest(event), bucket);
}

/** `limit` of an `ApiRequest`. */
export function limitRequest(request: ApiRequest, bucket: keyof typeof LIMITS): void {
	let address = 'unknown';
	try {
		address = request.clientAddress();
	} catch {
		// No address (e.g. tests without a socket): one shared bucket.
	}
	if (!allow(bucket, address)) throw new ApiFailure('rateLimited');
}

/** The organizer's token from `Authorization: Bearer …` (never from the URL). */
export function bearer(event: RequestEvent): string {
	const header = event.request.headers.get('authorization') ?? '';
	const token = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(header)?.[1];
	if (!token) throw new ApiFailure('unauthorized');
	return token;
}

/**
 * Runs an endpoint: ApiFailure becomes its localized error, anything else (the database being
 * down) a 503, logged without the request's details.
 */
export async function endpoint(
	event: RequestEvent,
	run: () => Promise<Response>
): Promise<Response> {
	try {
		return await run();
	} catch (error) {
		return toResponse(failureReply(apiRequest(event), error));
	}
}

/** `endpoint` of an `ApiRequest`: the same errors, as replies. */
export async function handleApi(
	request: ApiRequest,
	run: () => Promise<ApiReply>
): Promise<ApiReply> {
	try {
		return await run();
	} catch (error) {
		return failureReply(request, error);
	}
}

/** The answer to a failed endpoint: its ApiFailure's error, else a logged 503. */
function failureReply(request: ApiRequest, error: unknown): ApiReply {
	if (error instanceof ApiFailure) return errorReply(request.locale(), error.key);
	console.error(`${request.method} ${request.route}: ${(error as Error)?.message ?? error}`);
	return errorReply(request.locale(), 'unavailable');
}
