import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.js';

// E2E_PORT lets several checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4173);
export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	timeout: 30_000,
	reporter: process.env.PLAYWRIGHT_JSON
		? [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON }]]
		: 'list',
	use: {
		baseURL: `http://localhost:${port}`,
		...devices['Desktop Chrome'],
		launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS }
	},
	webServer: {
		command: 'npm start',
		// A fresh SQLite database per run; rate limits off (one address plays a whole class).
		env: {
			PORT: String(port),
			DATA_DIR: process.env.E2E_DATA_DIR ?? `reports/e2e-data-${Date.now()}`,
			RATE_LIMITS: 'off'
		},
		url: `http://localhost:${port}/fr`,
		reuseExistingServer: !process.env.CI,
		timeout: 30_000
	}
});
