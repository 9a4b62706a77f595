import { describe, expect, it } from 'vitest';
import type { Content } from '../content/validate';
import { profile } from '../quiz/fixtures';
import { toQuizBank } from './bank';

const text = { fr: 'x', nl: 'x', en: 'x' };
const content = {
	traits: [
		{ id: 'empathy', award: true },
		{ id: 'tech', award: false }
	],
	roles: [
		{
			id: 'r',
			level: 'entry',
			entry: { requirement: 'none' },
			title: text,
			profile: profile({ empathy: 0.9 })
		}
	],
	answering: { r: profile({ empathy: 0.7 }, 0.4) },
	answered: { r: { p: [1, 3] } },
	questions: [
		{ id: 's', kind: 'scale', prompt: text, loads: { empathy: 0.9 } },
		{
			id: 'p',
			kind: 'pair',
			options: [
				{ id: 'a', text, loads: { tech: 0.5 } },
				{ id: 'b', text, loads: { empathy: 0.5 } }
			]
		}
	]
} as unknown as Content;

describe('toQuizBank', () => {
	it('keeps ids, kinds, loads and profiles, and no text', () => {
		const bank = toQuizBank(content);
		expect(JSON.stringify(bank)).not.toContain('"x"');
		expect(JSON.parse(JSON.stringify(bank))).toEqual(bank);
		expect(bank.questions).toEqual([
			{ id: 's', kind: 'scale', loads: { empathy: 0.9 } },
			{ id: 'p', kind: 'pair', options: [{ tech: 0.5 }, { empathy: 0.5 }] }
		]);
		expect(bank.awardTraits).toEqual(['empathy']);
		expect(bank.roles[0]!.profile).toEqual(profile({ empathy: 0.9 }));
		expect(bank.roles[0]!.answering).toEqual(profile({ empathy: 0.7 }, 0.4));
		// Answer counts in bank order, zeros for an item without any.
		expect(bank.roles[0]!.answered).toEqual([
			[0, 0, 0, 0, 0],
			[1, 3]
		]);
		// Without calibration, people who fit a role answer at its profile.
		const uncalibrated = toQuizBank({ ...content, answering: {}, answered: {} }).roles[0]!;
		expect(uncalibrated.answering).toEqual(profile({ empathy: 0.9 }));
		expect(uncalibrated.answered.flat().every((n) => n === 0)).toBe(true);
		expect(bank.version).toMatch(/^[0-9a-z]{7}$/);
	});

	it('changes version when any load, profile, answering level or answer count changes, and only then', () => {
		const v = toQuizBank(content).version;
		expect(toQuizBank(structuredClone(content)).version).toBe(v);
		const load = structuredClone(content);
		(load.questions[0] as { loads: Record<string, number> }).loads.empathy = 0.8;
		expect(toQuizBank(load).version).not.toBe(v);
		const role = structuredClone(content);
		role.roles[0]!.profile.tech = 0.5;
		expect(toQuizBank(role).version).not.toBe(v);
		const answering = structuredClone(content);
		answering.answering.r!.tech = 0.5;
		expect(toQuizBank(answering).version).not.toBe(v);
		const answered = structuredClone(content);
		answered.answered.r!.p = [2, 3];
		expect(toQuizBank(answered).version).not.toBe(v);
		const wording = structuredClone(content);
		(wording.questions[0] as { prompt: { en: string } }).prompt.en = 'changed';
		expect(toQuizBank(wording).version).toBe(v);
	});
});
