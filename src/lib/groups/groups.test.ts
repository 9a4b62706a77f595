import { describe, expect, it } from 'vitest';
import { content } from '../content/catalogue';
import { toQuizBank } from '../bank/bank';
import { atLevels, persona, prng, runQuiz } from '../quiz/simulate';
import { formatJoinCode, JOIN_ALPHABET, normalizeJoinCode } from './join-code';
import { groupName } from './name';
import { groupReport, MIN_SHARES } from './report';
import { reportRows } from './report-csv';
import { anonymousSummary, fitBand, parseSummary, type AnonymousSummary } from './summary';

const bank = toQuizBank(content);
const traits = content.traits.map((t) => t.id);

describe('join codes', () => {
	it('accept what people type, whatever the case, spaces or dashes, and nothing else', () => {
		expect(normalizeJoinCode(' acd-e34 ')).toBe('ACDE34');
		expect(formatJoinCode('ACDE34')).toBe('ACD-E34');
		expect(normalizeJoinCode('ACD-E3O')).toBeNull(); // O looks like 0: not in the alphabet
		expect(normalizeJoinCode('ACDE3')).toBeNull();
		expect(normalizeJoinCode('<script>')).toBeNull();
		expect(JOIN_ALPHABET).not.toMatch(/[01OILSZB258]/);
	});
});

describe('group names', () => {
	it('are trimmed, cleaned of invisible characters and bounded', () => {
		expect(groupName('  Classe\u202e 5B \n mardi ')).toEqual({
			ok: true,
			value: 'Classe 5B mardi'
		});
		expect(groupName('\u200b ')).toEqual({ ok: false, reason: 'nameMissing' });
		expect(groupName('x'.repeat(81))).toEqual({ ok: false, reason: 'nameTooLong' });
	});
});

describe('anonymous summary', () => {
	const rand = prng(7);
	const profile = bank.roles[0]!.profile;
	const answers = runQuiz(bank, atLevels(bank, persona(profile, bank.traits, 0.1, rand)), rand);

	it('holds roles, fit levels, rounded traits and the award; never answers', () => {
		const summary = anonymousSummary(bank, answers, null);
		expect(summary.top).toHaveLength(3);
		expect(summary.top.every((t) => ['strong', 'medium', 'weak'].includes(t.fit))).toBe(true);
		expect(Object.values(summary.traits).every((v) => v % 10 === 0)).toBe(true);
		const entryRoles = bank.roles.filter((r) => r.level === 'entry').map((r) => r.id);
		expect(entryRoles).toContain(summary.startNow);
		expect(summary.stage).toBeUndefined();
		expect(anonymousSummary(bank, answers, null, 0).stage).toBe('school');
		const json = JSON.stringify(summary);
		for (const a of answers) expect(json).not.toContain(a.questionId);
		expect(parseSummary(json)).toEqual(summary);
	});

	it('reports the target role’s fit when the group has one', () => {
		const target = bank.roles.at(-1)!.id;
		expect(anonymousSummary(bank, answers, target).target?.role).toBe(target);
	});

	it('rejects stored summaries that are not summaries', () => {
		expect(parseSummary('{"v":2}')).toBeNull();
		expect(parseSummary('not json')).toBeNull();
	});

	it('puts scores into fit levels', () => {
		expect([fitBand(85), fitBand(70), fitBand(55), fitBand(20)]).toEqual([
			'strong',
			'strong',
			'medium',
			'weak'
		]);
	});
});

describe('group report', () => {
	const summary = (role: string, level: number, extra: Partial<AnonymousSummary> = {}) => ({
		v: 1 as const,
		top: [{ role, fit: 'strong' as const }],
		startNow: 'customer-service-advisor',
		traits: Object.fromEntries(traits.map((t) => [t, level])),
		award: 'empathy',
		...extra
	});

	it('shows nothing but the count below the threshold', () => {
		const report = groupReport(
			Array.from({ length: MIN_SHARES - 1 }, () => summary('trainer', 50)),
			traits
		);
		expect(report).toMatchObject({
			participants: MIN_SHARES - 1,
			shown: false,
			topRoles: [],
			traits: []
		});
	});

	it('counts roles and averages traits with their spread from the threshold on', () => {
		const all = [
			summary('trainer', 40),
			summary('trainer', 60),
			summary('team-leader', 40),
			summary('trainer', 60),
			summary('team-leader', 50, { stage: 'student' })
		];
		const report = groupReport(all, traits);
		expect(report.shown).toBe(true);
		expect(report.topRoles).toEqual([
			{ id: 'trainer', count: 3 },
			{ id: 'team-leader', count: 2 }
		]);
		expect(report.traits[0]).toEqual({ id: traits[0], mean: 50, spread: 9 });
		expect(report.stages).toEqual([{ id: 'student', count: 1 }]);
		const rows = reportRows(report, {
			header: ['s', 'i', 'v', 'sp'],
			sections: {
				participants: 'P',
				topRoles: 'T',
				inTopThree: 'I',
				startNow: 'S',
				traits: 'Tr',
				awards: 'A',
				target: 'Ta',
				stages: 'St'
			},
			fit: { strong: 'strong', medium: 'medium', weak: 'weak' },
			name: (id) => id.toUpperCase()
		});
		expect(rows).toContainEqual(['P', '', 5, '']);
		expect(rows).toContainEqual(['T', 'TRAINER', 3, '']);
		expect(rows).toContainEqual(['Tr', traits[0]!.toUpperCase(), 50, 9]);
	});
});
