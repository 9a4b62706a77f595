import { describe, expect, it } from 'vitest';
import { parseProfile, PROFILE_KEY, readProfile } from './profile';

describe('parseProfile', () => {
	it('reads traits and top roles', () => {
		const raw = JSON.stringify({
			version: '1',
			traits: { empathy: 0.8, writing: 1.4, tech: -2, 'bad id': 0.5, creativity: 'x' },
			top: ['team-leader', 'team-leader', 3, 'chat-email-advisor']
		});
		expect(parseProfile(raw)).toEqual({
			traits: { empathy: 0.8, writing: 1, tech: 0 },
			top: ['team-leader', 'chat-email-advisor']
		});
	});
	it('gives null for nothing usable', () => {
		for (const raw of [null, '', 'not json', '[]', '42', '{}', '{"traits":[],"top":{}}'])
			expect(parseProfile(raw)).toBeNull();
	});
	it('accepts a profile with only top roles or only traits', () => {
		expect(parseProfile('{"top":["a"]}')).toEqual({ traits: {}, top: ['a'] });
		expect(parseProfile('{"traits":{"empathy":0.5}}')).toEqual({
			traits: { empathy: 0.5 },
			top: []
		});
	});
});

describe('readProfile', () => {
	it('reads the quiz’s key', () => {
		const store = new Map([[PROFILE_KEY, '{"top":["a"]}']]);
		expect(readProfile(() => ({ getItem: (k) => store.get(k) ?? null }))?.top).toEqual(['a']);
	});
	it('survives storage that throws or is missing', () => {
		expect(
			readProfile(() => {
				throw new Error('SecurityError');
			})
		).toBeNull();
		expect(readProfile(() => null)).toBeNull();
	});
});
