import { describe, expect, it } from 'vitest';
import { isRoutablePath, loggedPath, rangeDecision } from './request-guard';

describe('isRoutablePath', () => {
	it.each(['/', '/en', '/en/results/AQID', '/fr/roles?q=%C3%A9', '/en/%E2%9C%93', '/a/../en'])(
		'accepts %s',
		(path) => expect(isRoutablePath(path)).toBe(true)
	);
	it.each([
		'//',
		'///',
		'/\\',
		'//[',
		'//x:99999/',
		'//%zz/en',
		'/%zz/en',
		'/en/%',
		'*',
		'http://evil.example/en',
		'',
		'/en\\..\\..',
		'/..//evil.example'
	])('rejects %j', (path) => expect(isRoutablePath(path)).toBe(false));
});

describe('rangeDecision', () => {
	it('passes single ranges the file server reads', () => {
		expect(rangeDecision('bytes=0-99')).toEqual({ action: 'pass' });
		expect(rangeDecision('bytes=5-')).toEqual({ action: 'pass' });
		expect(rangeDecision('bytes=3-3')).toEqual({ action: 'pass' });
	});
	it('refuses a last position before the first, and first positions beyond any file', () => {
		expect(rangeDecision('bytes=2-1')).toEqual({ action: 'unsatisfiable' });
		expect(rangeDecision('bytes=99999999999999999999-')).toEqual({ action: 'unsatisfiable' });
	});
	it('reads a last position too large for a number as an open end', () => {
		expect(rangeDecision('bytes=0-9007199254740993')).toEqual({
			action: 'rewrite',
			value: 'bytes=0-'
		});
	});
	it('ignores what it may ignore: suffixes, several ranges, other units, garbage', () => {
		for (const header of ['bytes=-5', 'bytes=0-1,3-4', 'items=0-1', 'bytes=a-b', 'bytes=', ''])
			expect(rangeDecision(header)).toEqual({ action: 'ignore' });
	});
});

describe('loggedPath', () => {
	it('keeps two short segments and drops the query', () => {
		expect(loggedPath('/en/results/AQIDBA?token=secret')).toBe('/en/results/…');
		expect(loggedPath('/en?x=1')).toBe('/en');
	});
	it('shortens long segments and masks unusual characters', () => {
		expect(loggedPath(`/${'a'.repeat(40)}`)).toBe(`/${'a'.repeat(24)}…`);
		expect(loggedPath('/<script>\r\n/x')).toBe('/?script???/x');
	});
});
