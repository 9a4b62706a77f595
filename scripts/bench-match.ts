/**
 * Matching benchmark: simulated personas per role (profile + Gaussian noise) answer through the
 * response model, with the real item selection, stop rule and matching (src/lib/quiz/simulate.ts).
 * Prints one figure per line. Usage: npm run bench:match [-- --per-role 200 --seed 1]
 */
import { parseArgs } from 'node:util';
import type { Content } from '../src/lib/content/validate.ts';
import type { Answer, QuizBank } from '../src/lib/bank/bank.ts';
import type { Study } from '../src/lib/quiz/simulate.ts';
import type { Results } from '../src/lib/matching/index.ts';
import { importCore } from './core.ts';

const { values } = parseArgs({
	options: {
		'per-role': { type: 'string', default: '200' },
		seed: { type: 'string', default: '1' }
	}
});
const perRole = Number(values['per-role']);
const seed = Number(values.seed);

const { content } = await importCore<{ content: Content }>('src/lib/content/catalogue.ts');
const core = await importCore<{
	toQuizBank: (c: Content) => QuizBank;
	study: (bank: QuizBank, o: object) => Study;
	results: (bank: QuizBank, answers: Answer[], target?: string | null) => Results;
	TUNING: Record<string, number>;
}>('src/lib/quiz/simulate.ts');

const bank = core.toQuizBank(content);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(
	`bank: ${bank.questions.length} items, ${bank.roles.length} roles, version ${bank.version}`
);
console.log(`personas: ${perRole} per role, seed ${seed}`);

for (const targetMode of [false, true]) {
	const runs: [Answer[], string | null][] = [];
	const s = core.study(bank, {
		perRole,
		seed,
		targetMode,
		onRun: (a: Answer[], t: string | null) => runs.push([a, t])
	});
	// Mean time of one results() computation, over the answer sets the personas produced.
	const start = performance.now();
	for (const [a, t] of runs) core.results(bank, a, t);
	const ms = (performance.now() - start) / runs.length;
	const tag = targetMode ? ' (target-role mode)' : '';
	console.log(`top-1 recovery${tag}: ${pct(s.top1)}`);
	console.log(`top-3 recovery${tag}: ${pct(s.top3)}`);
	console.log(`mean questions${tag}: ${s.meanQuestions.toFixed(1)}`);
	console.log(`max questions${tag}: ${s.maxQuestions}`);
	console.log(`matching time${tag}: ${ms.toFixed(3)} ms`);
}
