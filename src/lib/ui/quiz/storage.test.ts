import { describe, expect, it } from 'vitest';
import { parseSavedProfile } from './storage';

const profile = { version: 'abc', code: 'AQIDBA_-', traits: { empathy: 0.7 }, top: ['trainer'] };

describe('parseSavedProfile', () => {
	it('reads a well-formed summary', () => {
		expect(parseSavedProfile(JSON.stringify(profile))).toEqual(profile);
	});
	it('refuses codes that would change the results address', () => {
		for (const code of [
			'../../..//evil.example',
			'//evil.example',
			'a/b',
			'a?b',
			'a#b',
			'',
			'x'.repeat(600)
		])
			expect(parseSavedProfile(JSON.stringify({ ...profile, code }))).toBeNull();
	});
	it('refuses corrupt or partial values', () => {
		for (const raw of [
			null,
			'',
			'{',
			'null',
			'[]',
			'"code"',
			JSON.stringify({ ...profile, top: 'trainer' })
		])
			expect(parseSavedProfile(raw)).toBeNull();
		expect(
			parseSavedProfile(JSON.stringify({ ...profile, traits: { empathy: 'high' } }))
		).toBeNull();
	});
});
