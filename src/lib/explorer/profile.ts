/**
 * The visitor's latest quiz results, as the quiz saves them in localStorage. Read defensively: the
 * value may be absent, from an older version, or corrupt, and then the pages simply do without it.
 */
export const PROFILE_KEY = 'contact-careers:profile';

export type VisitorProfile = {
	/** Trait id → estimated level, 0..1. */
	traits: Record<string, number>;
	/** Role ids, best match first. */
	top: string[];
};

const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** The profile in a stored JSON text, or null when there is nothing usable in it. */
export function parseProfile(raw: string | null | undefined): VisitorProfile | null {
	if (!raw) return null;
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return null;
	}
	if (!isRecord(data)) return null;
	const traits: Record<string, number> = {};
	if (isRecord(data.traits))
		for (const [id, value] of Object.entries(data.traits))
			if (ID.test(id) && typeof value === 'number' && Number.isFinite(value))
				traits[id] = Math.min(1, Math.max(0, value));
	const top = Array.isArray(data.top)
		? [...new Set(data.top.filter((id): id is string => typeof id === 'string' && ID.test(id)))]
		: [];
	if (!Object.keys(traits).length && !top.length) return null;
	return { traits, top: top.slice(0, 10) };
}

/** Reads the profile from storage; storage that is missing or refuses access gives null. */
export function readProfile(
	storage: () => Pick<Storage, 'getItem'> | null | undefined
): VisitorProfile | null {
	try {
		return parseProfile(storage()?.getItem(PROFILE_KEY));
	} catch {
		return null;
	}
}
