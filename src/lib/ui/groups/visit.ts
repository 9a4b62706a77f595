/**
 * What the visitor's device keeps about groups (see device/storage): the group joined in this tab,
 * and the summaries it shared or still has to send.
 */
import { normalizeJoinCode } from '../../groups/join-code';
import { GROUP, SHARES, read, remove, write, type ShareRecord } from '../../device/storage';

export type { ShareRecord };

/** Remembers the group of a join link for this tab's visit (ignores anything that is not a code). */
export function rememberGroup(raw: string | null): void {
	const code = raw ? normalizeJoinCode(raw) : null;
	if (code) write(GROUP, code);
}

export function joinedGroup(): string | null {
	return read(GROUP);
}

export function forgetGroup(): void {
	remove(GROUP);
}

export function readShares(): ShareRecord[] {
	return read(SHARES) ?? [];
}

export function writeShares(records: ShareRecord[]): void {
	if (records.length) write(SHARES, records.slice(-20));
	else remove(SHARES);
}

/** A random submission id (UUID v4), also where `crypto.randomUUID` is missing (plain http). */
export function newSubmissionId(): string {
	if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
	const b = crypto.getRandomValues(new Uint8Array(16));
	b[6] = (b[6]! & 0x0f) | 0x40;
	b[8] = (b[8]! & 0x3f) | 0x80;
	const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
