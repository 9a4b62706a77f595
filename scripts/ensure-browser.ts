/**
 * Finds a Chromium for the browser tests, or installs one: Debian's package where Playwright cannot
 * download its own browser, else Playwright's. Prints the environment the tests should use.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
const found = () => candidates.find((p): p is string => !!p && existsSync(p));

export function ensureBrowser(): Record<string, string> {
	if (process.env.PLAYWRIGHT_BROWSER === 'bundled') return {};
	let path = found();
	if (!path && existsSync('/usr/bin/apt-get') && process.getuid?.() === 0) {
		console.log('Installing Chromium from the system packages…');
		execSync('apt-get update -qq && apt-get install -y -qq chromium >/dev/null', {
			stdio: 'inherit'
		});
		path = found();
	}
	if (path) return { CHROMIUM_PATH: path };
	console.log('No system Chromium: installing Playwright’s own browser…');
	execSync('npx playwright install chromium', { stdio: 'inherit' });
	return { PLAYWRIGHT_BROWSER: 'bundled' };
}
