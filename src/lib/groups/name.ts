/** A group's name as organizers type it: trimmed, spaces collapsed, invisible characters removed. */
export const GROUP_NAME_MAX = 80;

// Controls, format characters (bidi overrides, zero-width), lone surrogates, private use.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}]/gu;

export type NameCheck =
	{ ok: true; value: string } | { ok: false; reason: 'nameMissing' | 'nameTooLong' };

export function groupName(raw: string): NameCheck {
	if (raw.length > 1000) return { ok: false, reason: 'nameTooLong' };
	const value = raw.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
	if (!value) return { ok: false, reason: 'nameMissing' };
	if ([...value].length > GROUP_NAME_MAX) return { ok: false, reason: 'nameTooLong' };
	return { ok: true, value };
}
