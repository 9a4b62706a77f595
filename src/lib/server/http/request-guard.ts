/**
 * Checks on a raw request before any handler sees it: the request target and the Range header.
 * Node hands over whatever the client sent; these decide what is malformed (400), unsatisfiable (416)
 * or harmless to ignore. Pure functions, no Node imports.
 */

/**
 * Whether a request target is a path the site can route: origin-form (`/…`), no `//` or `\` at the
 * start (browsers and URL parsers read those as another host), parseable, with valid percent-escapes.
 */
export function isRoutablePath(target: string): boolean {
	if (!target.startsWith('/') || target.startsWith('//') || target.includes('\\')) return false;
	let url: URL;
	try {
		url = new URL(target, 'http://localhost');
	} catch {
		return false;
	}
	if (url.host !== 'localhost' || url.pathname.startsWith('//')) return false;
	try {
		decodeURIComponent(url.pathname);
	} catch {
		return false;
	}
	return true;
}

/**
 * What to do with a Range header. The static file server understands one `bytes=first-last` or
 * `bytes=first-` range and throws on anything it cannot read from the file, so:
 * - `pass`: a single range it handles (a last position past the file is clamped by it);
 * - `rewrite`: a last position too large to be a number is the same as an open end;
 * - `ignore`: suffix ranges, several ranges and other units are allowed to be ignored (full response);
 * - `unsatisfiable`: a last position before the first, or a first position no file can reach: 416.
 */
export type RangeDecision =
	| { action: 'pass' }
	| { action: 'rewrite'; value: string }
	| { action: 'ignore' }
	| { action: 'unsatisfiable' };

const POSITION = /^\d+$/;

export function rangeDecision(header: string): RangeDecision {
	const match = /^bytes=([^,]*)-([^,-]*)$/.exec(header.trim());
	if (!match) return { action: 'ignore' };
	const [, first = '', last = ''] = match;
	if (!POSITION.test(first)) return { action: 'ignore' };
	if (last !== '' && !POSITION.test(last)) return { action: 'ignore' };
	const start = Number(first);
	if (!Number.isSafeInteger(start)) return { action: 'unsatisfiable' };
	if (last === '') return { action: 'pass' };
	const end = Number(last);
	if (!Number.isSafeInteger(end)) return { action: 'rewrite', value: `bytes=${start}-` };
	return end < start ? { action: 'unsatisfiable' } : { action: 'pass' };
}

/**
 * A request path as logs may show it: the first two segments, each cut short and reduced to plain
 * characters, never the query. Logs stay short and carry no visitor's code or hostile text.
 */
export function loggedPath(target: string): string {
	const path = target.split('?')[0] ?? '';
	const segments = path.split('/').slice(1);
	const shown = segments
		.slice(0, 2)
		.map((s) => s.replace(/[^\w.-]/g, '?'))
		.map((s) => (s.length > 24 ? `${s.slice(0, 24)}…` : s));
	return `/${shown.join('/')}${segments.length > 2 ? '/…' : ''}`;
}
