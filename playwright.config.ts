import { defineConfig, devices } from '@playwright/test';

const port = 4173;
// Debian's Chromium where Playwright cannot download its own; PLAYWRIGHT_BROWSER=bundled uses Playwright's.
const executablePath =
	process.env.PLAYWRIGHT_BROWSER === 'bundled'
		? undefined
		: (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');

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
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	webServer: {
		command: `node server.ts`,
		env: { PORT: String(port) },
		url: `http://localhost:${port}/fr`,
		reuseExistingServer: !process.env.CI,
		timeout: 30_000
	}
});
