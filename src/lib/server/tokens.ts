/**
 * Secrets for organizer links: 256 random bits, shown once, stored only as a SHA-256 hash and
 * compared in constant time. Public ids and join codes are random too, but they are not secrets.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

export function newToken(): string {
	return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
	return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether `token` is the one whose hash is stored, in time that does not depend on where they differ. */
export function tokenMatches(token: string, storedHash: string): boolean {
	const given = Buffer.from(hashToken(token), 'hex');
	const stored = Buffer.from(storedHash, 'hex');
	return given.length === stored.length && timingSafeEqual(given, stored);
}

/** A random public id (URL-safe, `bytes` random bytes). */
export function newId(bytes = 9): string {
	return randomBytes(bytes).toString('base64url');
}

/** A random string of `length` characters from `alphabet`, uniformly. */
export function randomCode(alphabet: string, length: number): string {
	let code = '';
	for (let i = 0; i < length; i++) code += alphabet[randomInt(alphabet.length)];
	return code;
}
