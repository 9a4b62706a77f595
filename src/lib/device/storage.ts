/**
 * Everything the site keeps in the visitor's browser, and the one way to read and write it. Each
 * stored value has its key, its storage area and its schema here; every value is JSON, validated on
 * the way in and out, and a value that is corrupt, from an older version or edited by hand is
 * dropped, never trusted. Storage can be missing or refuse writes (private modes, quotas): every
 * access is guarded. Relative imports only: the enhancement scripts bundle this module on their own.
 */
import * as v from 'valibot';
import { normalizeJoinCode } from '../groups/join-code';

/** localStorage keeps a value across visits; sessionStorage only for this tab's visit. */
type Area = 'localStorage' | 'sessionStorage';

export type Stored<T> = {
	readonly key: string;
	readonly area: Area;
	readonly schema: v.GenericSchema<unknown, T>;
};

const stored = <T>(key: string, area: Area, schema: v.GenericSchema<unknown, T>): Stored<T> => ({
	key: `contact-careers:${key}`,
	area,
	schema
});

/** A role or trait id. */
const Id = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/));

/**
 * The quiz in progress: XState's persisted snapshot as it gives it, with the content version it was
 * made with. The snapshot is checked against the question bank by quiz/persist. Format 1 (an older
 * hand-made form) is still recognised, so that it is dropped as outdated rather than as corrupt.
 */
export const QUIZ = stored(
	'quiz',
	'localStorage',
	v.variant('format', [
		v.object({ format: v.literal(2), version: v.string(), snapshot: v.unknown() }),
		v.looseObject({ format: v.literal(1) })
	])
);

/** Set while the visitor is inside the quiz in this tab: a reload or language switch resumes in place. */
export const QUIZ_ACTIVE = stored('quiz-active', 'sessionStorage', v.literal(true));

/**
 * The latest results, as other pages read them (role pages, career map, results link). The code
 * becomes part of a URL (the results redirect), so it must look like a share code: base64url
 * characters only, never `/` or `.`. Trait levels are clamped to 0..1.
 */
export const PROFILE = stored(
	'profile',
	'localStorage',
	v.object({
		version: v.string(),
		code: v.pipe(v.string(), v.regex(/^[\w-]{1,512}$/)),
		traits: v.record(
			Id,
			v.pipe(
				v.number(),
				v.finite(),
				v.transform((level) => Math.min(1, Math.max(0, level)))
			)
		),
		top: v.pipe(v.array(Id), v.maxLength(100))
	})
);
export type SavedProfile = v.InferOutput<typeof PROFILE.schema>;

/**
 * A recruiter's campaign parameters, for this visit only. Only their shape is checked here: they go
 * through the campaign parser again on every read (campaign/visit), which knows the page's roles.
 */
export const CAMPAIGN = stored('campaign', 'sessionStorage', v.record(v.string(), v.string()));

/** The group of a join link, for this tab's visit. */
export const GROUP = stored(
	'group',
	'sessionStorage',
	v.pipe(
		v.string(),
		v.check((code) => normalizeJoinCode(code) === code)
	)
);

/**
 * The summaries shared with a group or still to send: the submission id is the only key that can
 * withdraw a summary, and a share that failed is retried from here.
 */
export const SHARES = stored(
	'shares',
	'localStorage',
	v.array(
		v.object({
			id: v.string(),
			group: v.string(),
			name: v.string(),
			code: v.string(),
			state: v.picklist(['pending', 'shared'])
		})
	)
);
export type ShareRecord = v.InferOutput<typeof SHARES.schema>[number];

/** The kiosk's start page, when this tab is a fair's kiosk. */
export const KIOSK = stored(
	'kiosk',
	'sessionStorage',
	v.pipe(v.string(), v.regex(/^\/[a-z]{2}\/kiosk\/[A-Z0-9]{6}$/))
);

/** What is stored under a key: nothing, something unusable (now removed), or a valid value. */
export type Read<T> = { state: 'absent' } | { state: 'dropped' } | { state: 'ok'; value: T };

function area(name: Area): Storage | null {
	try {
		return window[name];
	} catch {
		return null;
	}
}

/** Whether anything is stored under the item's key, usable or not (nothing is read or dropped). */
export function has(item: Stored<unknown>): boolean {
	try {
		return area(item.area)?.getItem(item.key) != null;
	} catch {
		return false;
	}
}

export function inspect<T>(item: Stored<T>): Read<T> {
	let raw: string | null = null;
	try {
		raw = area(item.area)?.getItem(item.key) ?? null;
	} catch {
		// Refused: as if nothing were stored.
	}
	if (raw === null) return { state: 'absent' };
	try {
		const parsed = v.safeParse(item.schema, JSON.parse(raw));
		if (parsed.success) return { state: 'ok', value: parsed.output };
	} catch {
		// Not JSON: dropped below.
	}
	remove(item);
	return { state: 'dropped' };
}

/** The stored value, or null when there is none or it was unusable (and is now removed). */
export function read<T>(item: Stored<T>): T | null {
	const found = inspect(item);
	return found.state === 'ok' ? found.value : null;
}

/** Stores a value; false when storage is missing or refuses it. */
export function write<T>(item: Stored<T>, value: T): boolean {
	try {
		const storage = area(item.area);
		storage?.setItem(item.key, JSON.stringify(value));
		return !!storage;
	} catch {
		return false;
	}
}

export function remove(item: Stored<unknown>): void {
	try {
		area(item.area)?.removeItem(item.key);
	} catch {
		// Nothing stored, nothing to remove.
	}
}
