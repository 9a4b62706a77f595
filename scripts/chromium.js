/**
 * How every browser run of the project starts Chromium (e2e, component tests, benchmarks): Debian's
 * Chromium where Playwright cannot download its own, or Playwright's with PLAYWRIGHT_BROWSER=bundled.
 * The flags keep a headless Chromium running as root quiet on a closed network.
 * Plain JavaScript, so the Vite and Playwright configs and Node scripts can all load it directly.
 */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-dev-shm-usage'
];

/**
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string | undefined}
 */
export function chromiumPath(env = process.env) {
	return env.PLAYWRIGHT_BROWSER === 'bundled'
		? undefined
		: (env.CHROMIUM_PATH ?? '/usr/bin/chromium');
}
