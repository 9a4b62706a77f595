/**
 * Matching evaluation against sources that do not share the engine's assumptions, through the real
 * quiz machine (src/lib/evaluation): the persona panel (adaptive and with every item), synthetic
 * O*NET-based visitors with their own response model, and the panel's stability under small answer
 * changes. Prints one figure per line, a per-role table and the confusion pairs; the last line sums
 * up the panel. Targets (panel): top-1 ≥ 75%, top-3 ≥ 95%, ok@1 ≥ 90%, mean questions ≤ 14, max ≤ 20,
 * stability ≥ 85%, every role's personas in the top 3 at least 2 times out of 3.
 *
 * Usage: npm run eval:match [-- --per-role 20 --repeats 20 --seed 1 --folds 4 --tuning '{"floor":13}']
 */
import { parseArgs } from 'node:util';
import type { Content } from '../src/lib/content/validate.ts';
import type * as Bank from '../src/lib/bank/bank.ts';
import type * as Data from '../src/lib/content/onet/data.ts';
import type * as Evaluate from '../src/lib/evaluation/evaluate.ts';
import type { Persona } from '../src/lib/evaluation/panel.ts';
import type * as Panel from '../src/lib/evaluation/panel.ts';
import { importCore } from './core.ts';

const { values } = parseArgs({
	options: {
		'per-role': { type: 'string', default: '20' },
		repeats: { type: 'string', default: '20' },
		seed: { type: 'string', default: '1' },
		folds: { type: 'string', default: '4' },
		// Experiments: other tuning numbers as JSON, e.g. --tuning '{"floor":13}'.
		tuning: { type: 'string', default: '{}' }
	}
});
const perRoleCount = Number(values['per-role']);
const repeats = Number(values.repeats);
const seed = Number(values.seed);
const foldCount = Number(values.folds);

const { content } = await importCore<{ content: Content }>('src/lib/content/catalogue.ts');
const { toQuizBank, withTuning } = await importCore<typeof Bank>('src/lib/bank/bank.ts');
const { onet } = await importCore<typeof Data>('src/lib/content/onet/data.ts');
const ev = await importCore<typeof Evaluate>('src/lib/evaluation/evaluate.ts');
const { withoutStage } = await importCore<typeof Panel>('src/lib/evaluation/panel.ts');
const { default: panel } = await importCore<{ default: Persona[] }>(
	'src/lib/evaluation/panel.json'
);
const { default: holdout } = await importCore<{ default: Persona[] }>(
	'src/lib/evaluation/holdout.json'
);

const bank = withTuning(
	toQuizBank(content),
	JSON.parse(values.tuning) as Partial<Bank.QuizBank['tuning']>
);
const pct = (x: number) => `${Math.round(x * 100)}%`;
const line = (label: string, value: string | number) => console.log(`${label}: ${value}`);

function report(tag: string, s: Evaluate.Summary) {
	line(`${tag} top-1`, pct(s.top1));
	line(`${tag} top-3`, pct(s.top3));
	line(`${tag} expected or acceptable first`, pct(s.okAt1));
	line(`${tag} mean questions`, s.meanQuestions.toFixed(1));
	line(`${tag} max questions`, s.maxQuestions);
}

line('bank', `${bank.questions.length} items, ${bank.roles.length} roles, version ${bank.version}`);
line('panel', `${panel.length} personas`);

// The shipped calibration (levels and answer counts) is fitted on the whole panel, so the panel's own figures come from
// cross-validation: each persona is scored with a calibration fitted without them (see crossFolds).
const folds = ev.crossFolds(bank, content, panel, foldCount);
const byFold = <T>(f: (fold: (typeof folds)[number]) => T[]) => folds.flatMap(f);
const foldRuns = folds.map((f) => ev.panelRuns(f.bank, content, f.people));
const runs = foldRuns.flat();
const summary = ev.summarize(runs);
line(
	'panel figures',
	`cross-validated, ${foldCount} folds (calibration fitted without the persona's fold)`
);
report('panel', summary);
line('panel unanswered items (skipped)', summary.missing);
line('panel at the ceiling', runs.filter((o) => o.questions >= bank.tuning.ceiling).length);
const inSample = ev.summarize(ev.panelRuns(bank, content, panel));
line(
	'panel with the shipped calibration (fitted on everyone: in-sample) top-1 / top-3 / ok@1',
	`${pct(inSample.top1)} / ${pct(inSample.top3)} / ${pct(inSample.okAt1)}`
);

// Calibrated on the other groups of writers and raters: a harder test than the folds
// above, whose training people share the test people's writers and instructions.
for (const g of ev.acrossGroups(bank, content, panel)) {
	const s = ev.summarize(ev.panelRuns(g.bank, content, g.people));
	const group = g.people[0]?.group;
	line(
		`panel group ${group} (${s.runs}), calibrated on the other groups: top-1 / top-3 / ok@1`,
		`${pct(s.top1)} / ${pct(s.top3)} / ${pct(s.okAt1)}, ${s.meanQuestions.toFixed(1)} questions`
	);
}

// Two halves (alternate personas of each role): a change that holds should help both, not one.
for (const [k, half] of ev.halves(runs).entries()) {
	const h = ev.summarize(half);
	line(
		`panel half ${k + 1} (${h.runs}) top-1 / top-3 / ok@1`,
		`${pct(h.top1)} / ${pct(h.top3)} / ${pct(h.okAt1)}`
	);
}

report(
	'panel, every item',
	ev.summarize(byFold((f) => ev.panelAllItems(f.bank, content, f.people)))
);

// The held-out groups: people the calibration never saw (holdout.json is never fitted on), scored
// with the shipped calibration, as a visitor would be: in the results page's order, then with the
// ranking cut to the list (start now, grow into) that holds the expected role, then by fit alone.
const holdoutRuns = ev.panelRuns(bank, content, holdout);
const heldStable = ev.stability(bank, content, holdout, holdoutRuns, repeats, seed);
const heldLine = (label: string, s: Evaluate.Summary, extra = '') =>
	line(
		`held-out ${label} top-1 / top-3 / ok@1`,
		`${pct(s.top1)} / ${pct(s.top3)} / ${pct(s.okAt1)}${extra}`
	);
for (const group of [...new Set(holdout.map((p) => p.group))]) {
	const people = holdout.filter((p) => p.group === group);
	const runs = holdoutRuns.filter((o) => people.some((p) => p.id === o.id));
	const s = ev.summarize(runs);
	heldLine(
		`group ${group} (${s.runs}, never fitted on)`,
		s,
		`, ${s.meanQuestions.toFixed(1)} questions (max ${s.maxQuestions})`
	);
	heldLine(
		`group ${group}, expected role heading its list`,
		ev.summarize(ev.byList(bank, people, runs))
	);
	heldLine(
		`group ${group}, by fit alone (experience question skipped)`,
		ev.summarize(ev.panelRuns(bank, content, withoutStage(people)))
	);
}
const held = ev.summarize(ev.byList(bank, holdout, holdoutRuns));
heldLine(
	`(${held.runs}), expected role heading its list`,
	held,
	`, same #1 ${pct(heldStable.sameFirst)}`
);

const synthetic = ev.syntheticRuns(bank, content, onet, perRoleCount, seed);
const syn = ev.summarize(synthetic);
line('synthetic personas', `${synthetic.length} (${perRoleCount} per role, seed ${seed})`);
report('synthetic', syn);
line(
	'synthetic top-1, same O*NET occupation',
	pct(synthetic.filter((o) => o.sameOccupation).length / (synthetic.length || 1))
);

const stable = ev.foldStability(content, folds, foldRuns, repeats, seed);
line('stability runs', `${stable.runs} (${repeats} per persona)`);
line('stability same #1', pct(stable.sameFirst));
line('stability expected role kept in top 3', pct(stable.expectedInTop3));
// The panel over every re-run: many answer paths per person, so one persona's path weighs little.
const over = ev.summarize(stable.outcomes);
line(
	'panel over the re-runs top-1 / top-3 / ok@1',
	`${pct(over.top1)} / ${pct(over.top3)} / ${pct(over.okAt1)}`
);

console.log(
	'\nper role (panel top-1 / top-3 of n; over the re-runs, same; synthetic top-1 / top-3 of n):'
);
const synRows = new Map(ev.perRole(synthetic).map((r) => [r.role, r]));
const reRows = new Map(ev.perRole(stable.outcomes).map((r) => [r.role, r]));
const weak: string[] = [];
for (const r of ev.perRole(runs)) {
	const s = synRows.get(r.role);
	const re = reRows.get(r.role);
	if (r.top3 * 3 < r.n * 2) weak.push(r.role);
	console.log(
		`  ${r.role.padEnd(26)} ${r.top1}/${r.top3} of ${r.n}   ${re ? `${re.top1}/${re.top3} of ${re.n}`.padEnd(17) : ''}${s ? `${s.top1}/${s.top3} of ${s.n}` : ''}`
	);
}
line('roles whose personas reach the top 3 less than 2 times out of 3', weak.join(', ') || 'none');

for (const base of [0.5, 0.7]) {
	const check = ev.patternCheck(bank, base);
	const instead = new Map<string, number>();
	for (const c of check)
		if (c.first !== c.role) instead.set(c.first, (instead.get(c.first) ?? 0) + 1);
	line(
		`pattern check (${base} on every trait, 0.9 on a role's three highest): own role first`,
		`${check.length - [...instead.values()].reduce((a, b) => a + b, 0)} of ${check.length}` +
			(instead.size ? `; instead ${[...instead].map(([r, n]) => `${r} ×${n}`).join(', ')}` : '')
	);
}

console.log('\npanel confusions (expected → ranked first):');
for (const [pair, n] of ev.confusions(runs)) console.log(`  ${n} × ${pair}`);
console.log('panel confusions over the re-runs, most frequent:');
for (const [pair, n] of ev.confusions(stable.outcomes).slice(0, 10))
	console.log(`  ${n} × ${pair}`);
console.log('synthetic confusions, most frequent:');
for (const [pair, n] of ev.confusions(synthetic).slice(0, 10)) console.log(`  ${n} × ${pair}`);

console.log(
	`\neval:match top-1 ${pct(summary.top1)} top-3 ${pct(summary.top3)} ok@1 ${pct(summary.okAt1)} questions ${summary.meanQuestions.toFixed(1)} stable ${pct(stable.sameFirst)}`
);
