/**
 * How SvelteKit's bundle hands the production server (a separate bundle, build/server.js) a handler
 * for requests it may answer without SvelteKit: published under a registry symbol when the app
 * starts, looked up by the server for each request. Imports nothing, so both bundles can hold it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Answers the request and returns true, or returns false without touching it. */
export type FastPath = (
	req: IncomingMessage,
	res: ServerResponse,
	pathname: string,
	search: string
) => boolean;

const KEY = Symbol.for('contact-careers.fast-path');

export function publishFastPath(handler: FastPath): void {
	(globalThis as Record<symbol, unknown>)[KEY] = handler;
}

export function publishedFastPath(): FastPath | undefined {
	return (globalThis as Record<symbol, unknown>)[KEY] as FastPath | undefined;
}
