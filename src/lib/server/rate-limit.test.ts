import { describe, expect, it } from 'vitest';
import { allow, LIMITS } from './rate-limit';

describe('allow', () => {
	it('lets an address through up to its limit, then refuses until the window ends', () => {
		const { max, windowMs } = LIMITS.createGroup;
		const t0 = 1_000_000;
		for (let i = 0; i < max; i++) expect(allow('createGroup', '203.0.113.9', t0)).toBe(true);
		expect(allow('createGroup', '203.0.113.9', t0 + 1)).toBe(false);
		expect(allow('createGroup', '203.0.113.10', t0 + 1)).toBe(true);
		expect(allow('createGroup', '203.0.113.9', t0 + windowMs)).toBe(true);
	});
});
