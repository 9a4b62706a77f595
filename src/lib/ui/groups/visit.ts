/**
 * What the visitor's device keeps about groups: the group joined in this tab (session storage),
 * and the summaries it shared or still has to send (local storage: the submission id is the only
 * key that can withdraw a summary, and a share that failed is retried from here).
 */
import { normalizeJoinCode } from '../../groups/join-code';
import { readStorage, removeStorage, writeStorage } from '../quiz/storage';

export const GROUP_KEY = 'contact-careers:group';
export const SHARES_KEY = 'contact-careers:shares';

/** Remembers the group of a join link for this tab's visit (ignores anything that is not a code). */
export function rememberGroup(raw: string | null): void {
	const code = raw ? normalizeJoinCode(raw) : null;
	if (code) writeStorage(GROUP_KEY, code, 'sessionStorage');
}

export function joinedGroup(): string | null {
	return normalizeJoinCode(readStorage(GROUP_KEY, 'sessionStorage') ?? '');
}

export function forgetGroup(): void {
	removeStorage(GROUP_KEY, 'sessionStorage');
}

export type ShareRecord = {
	id: string;
	group: string;
	name: string;
	code: string;
	state: 'pending' | 'shared';
};

export function readShares(): ShareRecord[] {
	try {
		const value: unknown = JSON.parse(readStorage(SHARES_KEY) ?? '[]');
		if (!Array.isArray(value)) return [];
		return value.filter(
			(r): r is ShareRecord =>
				!!r &&
				typeof r.id === 'string' &&
				typeof r.group === 'string' &&
				typeof r.name === 'string' &&
				typeof r.code === 'string' &&
				(r.state === 'pending' || r.state === 'shared')
		);
	} catch {
		return [];
	}
}

export function writeShares(records: ShareRecord[]): void {
	if (records.length) writeStorage(SHARES_KEY, JSON.stringify(records.slice(-20)));
	else removeStorage(SHARES_KEY);
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
