import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs the deploy build with the given ORIGIN; it must refuse before building anything. */
function deployBuild(origin: string | undefined) {
	const env = { ...process.env };
	delete env.ORIGIN;
	if (origin !== undefined) env.ORIGIN = origin;
	return spawnSync(process.execPath, ['scripts/build.ts', '--deploy'], { env, encoding: 'utf8' });
}

describe('npm run build:deploy', () => {
	it.each([undefined, '', 'http://localhost:3000', 'http://127.0.0.1:8080', 'not a url'])(
		'refuses ORIGIN=%j with a message that says what to set',
		(origin) => {
			const result = deployBuild(origin);
			expect(result.status).toBe(1);
			expect(result.stderr).toContain('build:deploy needs ORIGIN');
			expect(result.stderr).toContain('ORIGIN=https://');
		}
	);
});
