/**
 * Join codes: six characters from an alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z, 8/B),
 * shown as ABC-DEF. Typed codes are forgiving: case, spaces and dashes do not matter.
 */
export const JOIN_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const JOIN_LENGTH = 6;

const VALID = new RegExp(`^[${JOIN_ALPHABET}]{${JOIN_LENGTH}}$`);

/** The code in its stored form, or null when it cannot be a join code. */
export function normalizeJoinCode(input: string): string | null {
	if (input.length > 40) return null;
	const code = input.toUpperCase().replace(/[\s-]/g, '');
	return VALID.test(code) ? code : null;
}

export function formatJoinCode(code: string): string {
	return `${code.slice(0, 3)}-${code.slice(3)}`;
}
