/**
 * Every check and test suite, in order, with one closing line that sums them:
 * type check, lint, unit and component tests (Vitest), production build, end-to-end tests (Playwright:
 * the browser suites and the production server's fault-injection and shutdown suites).
 * The storage tests run on SQLite and on an ephemeral PostgreSQL cluster started here and stopped
 * at the end.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { ensureBrowser } from './ensure-browser.ts';
import { startPostgres, type Postgres } from './postgres.ts';

const env = { ...process.env, ...ensureBrowser() };
mkdirSync('reports', { recursive: true });
let passed = 0;
let failed = 0;

function run(label: string, command: string, extraEnv: Record<string, string> = {}): boolean {
	console.log(`\n=== ${label}: ${command}`);
	const result = spawnSync(command, {
		shell: true,
		stdio: 'inherit',
		env: { ...env, ...extraEnv }
	});
	return result.status === 0;
}

function json<T>(file: string): T | null {
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null;
}

for (const [label, command] of [
	['type check', 'npm run check'],
	['lint', 'npm run lint']
] as const) {
	if (run(label, command)) passed++;
	else failed++;
}

let postgres: Postgres | null = null;
try {
	postgres = startPostgres();
} catch (error) {
	console.error('PostgreSQL could not be started: the storage tests run on SQLite only.', error);
	failed++;
}
process.on('exit', () => postgres?.stop());

const vitestFile = 'reports/vitest.json';
run(
	'unit and component tests',
	`npx vitest run --reporter=default --reporter=json --outputFile.json=${vitestFile}`,
	postgres ? { TEST_DATABASE_URL: postgres.url } : {}
);
postgres?.stop();
const vitest = json<{ numPassedTests: number; numFailedTests: number; numTotalTests: number }>(
	vitestFile
);
if (vitest) {
	passed += vitest.numPassedTests;
	failed += vitest.numFailedTests + (vitest.numTotalTests === 0 ? 1 : 0);
} else failed++;

if (run('build', 'npm run build')) {
	passed++;
	// Its own closing line: the checks of the SIGKILL test on SQLite and Postgres.
	const durability = spawnSync('node scripts/durability-groups.ts', {
		shell: true,
		env,
		encoding: 'utf8'
	});
	console.log(`\n=== durability under SIGKILL\n${durability.stdout}${durability.stderr}`);
	const counts = /(\d+) passed, (\d+) failed\s*$/.exec(durability.stdout ?? '');
	if (counts) {
		passed += Number(counts[1]);
		failed += Number(counts[2]);
	} else failed++;
	const e2eFile = 'reports/playwright.json';
	run('end-to-end tests', 'npx playwright test', { PLAYWRIGHT_JSON: e2eFile });
	const e2e = json<{ stats: { expected: number; unexpected: number; flaky: number } }>(e2eFile);
	if (e2e) {
		passed += e2e.stats.expected + e2e.stats.flaky;
		failed += e2e.stats.unexpected + (e2e.stats.expected === 0 ? 1 : 0);
	} else failed++;
} else failed++;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
