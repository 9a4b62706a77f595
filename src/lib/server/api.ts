/**
 * Helpers for the JSON endpoints: bounded bodies validated with valibot, and errors with a message
 * in the visitor's language (`?lang=`, else the language the site negotiated). No response or log
 * line ever repeats a token or a client address.
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

export function requestLocale(event: RequestEvent): Locale {
	const lang = event.url.searchParams.get('lang');
	return isLocale(lang) ? lang : event.locals.locale;
}

export function apiError(event: RequestEvent, key: ApiErrorKey): Response {
	const errors = (resources[requestLocale(event)]?.groups as { errors?: Record<string, string> })
		?.errors;
	return json(
		{ error: key, message: errors?.[key] ?? key },
		{ status: STATUS[key], headers: { 'cache-control': 'no-store' } }
	);
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
	const declared = Number(event.request.headers.get('content-length') ?? 0);
	if (declared > MAX_BODY) throw new ApiFailure('tooLarge');
	const text = await event.request.text();
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
	let address = 'unknown';
	try {
		address = event.getClientAddress();
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
		if (error instanceof ApiFailure) return apiError(event, error.key);
		console.error(
			`${event.request.method} ${event.route.id}: ${(error as Error)?.message ?? error}`
		);
		return apiError(event, 'unavailable');
	}
}
