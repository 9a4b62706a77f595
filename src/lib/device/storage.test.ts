import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	CAMPAIGN,
	GROUP,
	has,
	inspect,
	KIOSK,
	PROFILE,
	QUIZ,
	read,
	remove,
	SHARES,
	write
} from './storage';

/** A Storage in memory, as the browser gives it (strings only). */
function memoryStorage(): Storage {
	const data = new Map<string, string>();
	return {
		get length() {
			return data.size;
		},
		key: (i) => [...data.keys()][i] ?? null,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => void data.set(k, String(v)),
		removeItem: (k) => void data.delete(k),
		clear: () => data.clear()
	};
}

let local: Storage;
let session: Storage;
beforeEach(() => {
	local = memoryStorage();
	session = memoryStorage();
	vi.stubGlobal('window', { localStorage: local, sessionStorage: session });
});
afterEach(() => vi.unstubAllGlobals());

const profile = { version: 'abc', code: 'AQIDBA_-', traits: { empathy: 0.7 }, top: ['trainer'] };

describe('device storage', () => {
	it('writes JSON under the item’s key, in its area, and reads it back', () => {
		expect(write(PROFILE, profile)).toBe(true);
		expect(JSON.parse(local.getItem('contact-careers:profile')!)).toEqual(profile);
		expect(read(PROFILE)).toEqual(profile);
		write(GROUP, 'ACDEFG');
		expect(session.getItem('contact-careers:group')).toBe('"ACDEFG"');
		expect(local.getItem('contact-careers:group')).toBeNull();
		remove(PROFILE);
		expect(inspect(PROFILE)).toEqual({ state: 'absent' });
	});

	it('drops a corrupt value: null, and removed from the device', () => {
		for (const raw of ['{', '', 'null', '[]', '"code"', JSON.stringify({ ...profile, top: 'x' })]) {
			local.setItem(PROFILE.key, raw);
			expect(has(PROFILE)).toBe(true);
			expect(inspect(PROFILE)).toEqual({ state: 'dropped' });
			expect(local.getItem(PROFILE.key)).toBeNull();
		}
	});

	it('refuses a profile code that would change the results address', () => {
		for (const code of [
			'../../..//evil.example',
			'//evil.example',
			'a/b',
			'a?b',
			'',
			'x'.repeat(600)
		]) {
			local.setItem(PROFILE.key, JSON.stringify({ ...profile, code }));
			expect(read(PROFILE)).toBeNull();
		}
	});

	it('clamps trait levels and refuses values of another kind', () => {
		local.setItem(PROFILE.key, JSON.stringify({ ...profile, traits: { empathy: 1.4, tech: -2 } }));
		expect(read(PROFILE)?.traits).toEqual({ empathy: 1, tech: 0 });
		local.setItem(PROFILE.key, JSON.stringify({ ...profile, traits: { empathy: 'high' } }));
		expect(read(PROFILE)).toBeNull();
		// An older profile, without the share code, is dropped.
		local.setItem(PROFILE.key, JSON.stringify({ traits: { empathy: 0.5 }, top: ['trainer'] }));
		expect(read(PROFILE)).toBeNull();
	});

	it('checks the other stored values', () => {
		session.setItem(GROUP.key, '"not a code"');
		expect(read(GROUP)).toBeNull();
		session.setItem(KIOSK.key, '"https://evil.example"');
		expect(read(KIOSK)).toBeNull();
		session.setItem(KIOSK.key, '"/fr/kiosk/ACDEFG"');
		expect(read(KIOSK)).toBe('/fr/kiosk/ACDEFG');
		session.setItem(CAMPAIGN.key, '{"company":{"nested":1}}');
		expect(read(CAMPAIGN)).toBeNull();
		const share = { id: 'a', group: 'ACDEFG', name: 'Class', code: 'AAAA', state: 'pending' };
		local.setItem(SHARES.key, JSON.stringify([share]));
		expect(read(SHARES)).toEqual([share]);
		local.setItem(SHARES.key, JSON.stringify([{ ...share, state: 'sent' }]));
		expect(read(SHARES)).toBeNull();
	});

	it('tells an old quiz form from a corrupt one', () => {
		local.setItem(QUIZ.key, JSON.stringify({ format: 1, version: 'old', answers: [] }));
		expect(inspect(QUIZ)).toEqual({
			state: 'ok',
			value: { format: 1, version: 'old', answers: [] }
		});
		local.setItem(QUIZ.key, JSON.stringify({ format: 3 }));
		expect(inspect(QUIZ)).toEqual({ state: 'dropped' });
	});

	it('survives storage that is missing or refuses access', () => {
		const refusing = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
			removeItem: () => {
				throw new Error('SecurityError');
			}
		};
		vi.stubGlobal('window', { localStorage: refusing, sessionStorage: refusing });
		expect(read(PROFILE)).toBeNull();
		expect(has(PROFILE)).toBe(false);
		expect(write(PROFILE, profile)).toBe(false);
		expect(() => remove(PROFILE)).not.toThrow();
		vi.stubGlobal('window', {});
		expect(read(PROFILE)).toBeNull();
		expect(write(PROFILE, profile)).toBe(false);
	});
});
