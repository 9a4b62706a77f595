/**
 * Can the persona panel calibrate the engine without being learnt by heart? Two calibrations, each
 * scored honestly with 3-fold cross-validation (fold k = the k-th persona of each role; each persona is
 * scored with parameters fitted without its fold), next to the in-sample figure:
 *
 * 1. Role profiles: each role's profile moves `blend` of the way (at most `max-step`, rounded to 0.05)
 *    towards the profile at which a typical person in the role would show, over every item, the trait
 *    levels its own panel personas showed, relative to the panel as a whole (so the raters' general
 *    response style does not move every role alike).
 * 2. Global scoring numbers: the combination of a few tuning numbers that does best on the training
 *    folds (top-1 + top-3 + expected or acceptable first, through the adaptive quiz).
 *
 * Usage: npm run eval:calibration [-- --blend 0.5 --max-step 0.3]
 */
import { parseArgs } from 'node:util';
import type { Content } from '../src/lib/content/validate.ts';
import type * as Bank from '../src/lib/bank/bank.ts';
import type * as Evaluate from '../src/lib/evaluation/evaluate.ts';
import type * as Panel from '../src/lib/evaluation/panel.ts';
import type * as Matching from '../src/lib/matching/index.ts';
import type * as Score from '../src/lib/matching/score.ts';
import type { TraitId } from '../src/lib/content/schema.ts';
import type { Tuning } from '../src/lib/bank/tuning.ts';
import { importCore } from './core.ts';

const { values } = parseArgs({
	options: {
		blend: { type: 'string', default: '0.5' },
		'max-step': { type: 'string', default: '0.3' }
	}
});
const blend = Number(values.blend);
const maxStep = Number(values['max-step']);

const { content } = await importCore<{ content: Content }>('src/lib/content/catalogue.ts');
const { toQuizBank, withTuning } = await importCore<typeof Bank>('src/lib/bank/bank.ts');
const ev = await importCore<typeof Evaluate>('src/lib/evaluation/evaluate.ts');
const pn = await importCore<typeof Panel>('src/lib/evaluation/panel.ts');
const { estimateTraits } = await importCore<typeof Matching>('src/lib/matching/index.ts');
const { expectedLevels } = await importCore<typeof Score>('src/lib/matching/score.ts');
const { default: panel } = await importCore<{ default: Panel.Persona[] }>(
	'src/lib/evaluation/panel.json'
);

type Profile = Record<TraitId, number>;
const base = toQuizBank(content);
const traits = base.traits;
const pct = (x: number) => `${Math.round(x * 100)}%`;
const fmt = (s: Evaluate.Summary) =>
	`top-1 ${pct(s.top1)} top-3 ${pct(s.top3)} ok@1 ${pct(s.okAt1)} questions ${s.meanQuestions.toFixed(1)}`;
const foldOf = (p: Panel.Persona) =>
	panel.filter((q) => q.expected === p.expected).findIndex((q) => q.id === p.id) % 3;
const folds = [0, 1, 2].map((k) => ({
	train: panel.filter((p) => foldOf(p) !== k),
	test: panel.filter((p) => foldOf(p) === k)
}));

// ── 1. role profiles ──
const every = estimateTraits(
	base,
	base.questions.map((q) => ({ questionId: q.id, choice: 0 }))
);
const shown = new Map(
	panel.map((p) => {
		const choices = pn.panelChoices(content.questions, p);
		const answers = base.questions.map((q) => ({
			questionId: q.id,
			choice: choices.get(q.id) ?? null
		}));
		return [p.id, estimateTraits(base, answers)];
	})
);
const meanShown = (ps: readonly Panel.Persona[], t: TraitId) =>
	ps.reduce((s, p) => s + shown.get(p.id)!.traits[t].value, 0) / ps.length;
const expectedMean = Object.fromEntries(
	traits.map((t) => [
		t,
		base.roles.reduce((s, _, r) => s + expectedLevels(base, every, r)[t], 0) / base.roles.length
	])
) as Profile;

/** The profile at which role r would show `target` over every item (fixed-point iteration). */
function profileShowing(r: number, target: Profile): Profile {
	let p = { ...base.roles[r]!.profile };
	for (let it = 0; it < 30; it++) {
		const bank = { ...base, roles: base.roles.map((x, i) => (i === r ? { ...x, profile: p } : x)) };
		const e = expectedLevels(bank, every, r);
		p = Object.fromEntries(
			traits.map((t) => [t, Math.min(1, Math.max(0, p[t] + 0.8 * (target[t] - e[t])))])
		) as Profile;
	}
	return p;
}

function calibratedBank(personas: readonly Panel.Persona[]) {
	const roles = base.roles.map((role, r) => {
		const own = personas.filter((p) => p.expected === role.id);
		if (!own.length) return role;
		const target = Object.fromEntries(
			traits.map((t) => [t, expectedMean[t] + meanShown(own, t) - meanShown(personas, t)])
		) as Profile;
		const fit = profileShowing(r, target);
		const profile = Object.fromEntries(
			traits.map((t) => {
				const prior = role.profile[t];
				const step = Math.max(-maxStep, Math.min(maxStep, blend * (fit[t] - prior)));
				return [t, Math.abs(step) < 0.05 ? prior : Math.round((prior + step) * 20) / 20];
			})
		) as Profile;
		return { ...role, profile };
	});
	return toQuizBank(
		{
			...content,
			roles: content.roles.map((r, i) => ({ ...r, profile: roles[i]!.profile }))
		} as Content,
		base.tuning
	);
}

console.log(`role profiles (blend ${blend}, max step ${maxStep})`);
for (const [label, run] of [
	['every item', ev.panelAllItems],
	['adaptive', ev.panelRuns]
] as const) {
	const cv = folds.flatMap((f) => run(calibratedBank(f.train), content, f.test));
	console.log(`  ${label}, now: ${fmt(ev.summarize(run(base, content, panel)))}`);
	console.log(
		`  ${label}, in sample: ${fmt(ev.summarize(run(calibratedBank(panel), content, panel)))}`
	);
	console.log(`  ${label}, 3-fold: ${fmt(ev.summarize(cv))}`);
}

// ── 2. global scoring numbers ──
const grid: Partial<Tuning>[] = [];
for (const surplusWeight of [0.5, 1])
	for (const definingLevel of [0.5, 0.6, 0.7])
		for (const importanceFloor of [0.15, 0.3])
			for (const responseTemperature of [0.1, 0.15])
				grid.push({ surplusWeight, definingLevel, importanceFloor, responseTemperature });
const outcomes = grid.map((t) => ev.panelRuns(withTuning(base, t), content, panel));
const index = new Map(panel.map((p, i) => [p.id, i]));
const gain = (outs: Evaluate.Outcome[], ps: readonly Panel.Persona[]) => {
	const s = ev.summarize(ps.map((p) => outs[index.get(p.id)!]!));
	return s.top1 + s.top3 + s.okAt1;
};
const best = (ps: readonly Panel.Persona[]) =>
	grid.reduce((b, _, i) => (gain(outcomes[i]!, ps) > gain(outcomes[b]!, ps) ? i : b), 0);
const inSample = best(panel);
console.log(`scoring numbers (${grid.length} combinations, adaptive)`);
console.log(
	`  best in sample ${JSON.stringify(grid[inSample])}: ${fmt(ev.summarize(outcomes[inSample]!))}`
);
const cv = folds.flatMap((f) => {
	const b = best(f.train);
	return f.test.map((p) => outcomes[b]![index.get(p.id)!]!);
});
console.log(`  3-fold (picked on the other folds): ${fmt(ev.summarize(cv))}`);
