/**
 * Share codes: the answers in a compact, URL-safe string, so a results link reproduces the same results
 * anywhere (results are a pure function of bank + answers + target role + experience answer).
 *
 * Bytes: format (1) · bank version hash (4, big-endian) · target role (1: 0 = none, else index + 1) ·
 * experience answer (1, format 2 only: 0 = none, else index + 1) · answer count (1) · answers
 * bit-packed, each = bank index (just enough bits for the bank) + choice (3 bits: 0 = skipped, else
 * choice + 1) · checksum (2: FNV-1a of all previous bytes). Then base64url. The checksum catches
 * edited or truncated links; it is not a signature.
 *
 * The version covers everything that changes results (items, profiles, tuning, algorithm). A code from
 * an earlier version still opens when the history passed in (../bank/history.json, on the server)
 * records that version's item and role order:
 * its answers are read against that order and the results recomputed with today's bank, flagged
 * `recomputed` so the page can say so.
 */
import {
	choiceCount,
	fnv1a,
	isStage,
	versionString,
	type Answer,
	type QuizBank
} from '../bank/bank';

const FORMAT = 2;
const CHECKSUM = 2;
const headerSize = (format: number) => (format === 1 ? 7 : 8);

/** Item and role order of each published bank version, by version. */
export type BankHistory = Record<string, { items: string[]; roles: string[] }>;

export type DecodedShareCode =
	| { ok: true; answers: Answer[]; targetRole?: string; stage?: number; recomputed?: true }
	| { ok: false; reason: 'malformed' | 'outdated' | 'tampered' };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: number[]): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
		for (let j = 0; j < chars; j++) out += ALPHABET[(n >> (18 - 6 * j)) & 63];
	}
	return out;
}

function fromBase64Url(text: string): number[] | null {
	if (text.length % 4 === 1) return null;
	const bytes: number[] = [];
	let buffer = 0;
	let bits = 0;
	for (const ch of text) {
		const v = ALPHABET.indexOf(ch);
		if (v < 0) return null;
		buffer = ((buffer << 6) | v) & 0xffffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			bytes.push((buffer >> bits) & 0xff);
		}
	}
	// Leftover bits must be zero padding, so each code has exactly one spelling.
	if (buffer & ((1 << bits) - 1)) return null;
	return bytes;
}

const checksum = (bytes: number[]) => fnv1a(String.fromCharCode(...bytes)) & 0xffff;
const indexBits = (items: number) => Math.max(1, Math.ceil(Math.log2(items)));

export function encodeShareCode(
	bank: QuizBank,
	answers: readonly Answer[],
	targetRole?: string | null,
	stage: number | null = null
): string {
	const index = new Map(bank.questions.map((q, i) => [q.id, i]));
	const known = answers.filter((a) => index.has(a.questionId)).slice(0, 255);
	const version = parseInt(bank.version, 36) >>> 0;
	const target = bank.roles.findIndex((r) => r.id === targetRole);
	const bytes = [
		FORMAT,
		version >>> 24,
		(version >>> 16) & 255,
		(version >>> 8) & 255,
		version & 255
	];
	bytes.push(
		target < 0 || target > 253 ? 0 : target + 1,
		stage !== null && isStage(stage) ? stage + 1 : 0,
		known.length
	);
	const bits: number[] = [];
	const push = (value: number, width: number) => {
		for (let b = width - 1; b >= 0; b--) bits.push((value >> b) & 1);
	};
	for (const a of known) {
		push(index.get(a.questionId) ?? 0, indexBits(bank.questions.length));
		push(a.choice === null ? 0 : a.choice + 1, 3);
	}
	for (let i = 0; i < bits.length; i += 8) {
		let byte = 0;
		for (let b = 0; b < 8; b++) byte = (byte << 1) | (bits[i + b] ?? 0);
		bytes.push(byte);
	}
	const sum = checksum(bytes);
	return toBase64Url([...bytes, sum >> 8, sum & 255]);
}

export function decodeShareCode(
	bank: QuizBank,
	code: unknown,
	past: BankHistory = {}
): DecodedShareCode {
	try {
		if (typeof code !== 'string' || code.length > 2000) return { ok: false, reason: 'malformed' };
		const bytes = fromBase64Url(code);
		if (!bytes || bytes.length < headerSize(1) + CHECKSUM)
			return { ok: false, reason: 'malformed' };
		const body = bytes.slice(0, -CHECKSUM);
		const sum = ((bytes.at(-2) ?? 0) << 8) | (bytes.at(-1) ?? 0);
		if (checksum(body) !== sum) return { ok: false, reason: 'tampered' };
		const format = body[0];
		if (format !== 1 && format !== FORMAT) return { ok: false, reason: 'malformed' };
		const header = headerSize(format);
		if (body.length < header) return { ok: false, reason: 'malformed' };
		const version = versionString(
			(((body[1] ?? 0) << 24) | ((body[2] ?? 0) << 16) | ((body[3] ?? 0) << 8) | (body[4] ?? 0)) >>>
				0
		);
		const current = version === bank.version;
		const order = current
			? { items: bank.questions.map((q) => q.id), roles: bank.roles.map((r) => r.id) }
			: past[version];
		if (!order) return { ok: false, reason: 'outdated' };
		const targetByte = body[5] ?? 0;
		const stageByte = format === 1 ? 0 : (body[6] ?? 0);
		const count = body[header - 1] ?? 0;
		const bits = indexBits(order.items.length);
		if (body.length !== header + Math.ceil((count * (bits + 3)) / 8))
			return { ok: false, reason: 'malformed' };
		let pos = 0;
		const read = (n: number) => {
			let v = 0;
			for (let i = 0; i < n; i++, pos++)
				v = (v << 1) | (((body[header + (pos >> 3)] ?? 0) >> (7 - (pos & 7))) & 1);
			return v;
		};
		const byId = new Map(bank.questions.map((q) => [q.id, q]));
		const answers: Answer[] = [];
		const seen = new Set<number>();
		for (let i = 0; i < count; i++) {
			const qi = read(bits);
			const c = read(3);
			const id = order.items[qi];
			if (id === undefined || seen.has(qi)) return { ok: false, reason: 'malformed' };
			seen.add(qi);
			// An item retired since the code was made no longer counts.
			const q = byId.get(id);
			if (!q) continue;
			if (c > choiceCount(q)) return { ok: false, reason: 'malformed' };
			answers.push({ questionId: q.id, choice: c === 0 ? null : c - 1 });
		}
		const stage = stageByte === 0 ? null : stageByte - 1;
		if (!isStage(stage)) return { ok: false, reason: 'malformed' };
		const extra = {
			...(stage === null ? {} : { stage }),
			...(current ? {} : { recomputed: true as const })
		};
		if (targetByte === 0) return { ok: true, answers, ...extra };
		const roleId = order.roles[targetByte - 1];
		if (!roleId) return { ok: false, reason: 'malformed' };
		const role = bank.roles.find((r) => r.id === roleId);
		return role
			? { ok: true, answers, targetRole: role.id, ...extra }
			: { ok: true, answers, ...extra };
	} catch {
		return { ok: false, reason: 'malformed' };
	}
}
