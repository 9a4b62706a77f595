/**
 * A Vite plugin that prints a warning line in the build output for every pay figure more than two
 * years old and every role not reviewed for twelve months (the rules live in content/freshness).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { freshnessWarnings } from '../src/lib/content/freshness.ts';

const DATA = join(import.meta.dirname, '../src/lib/content/data');
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

// SvelteKit builds twice (client, server) and loads the config for each: one set of lines is enough.
const PRINTED = Symbol.for('contact-careers.content-freshness');

export function contentFreshness(): Plugin {
	return {
		name: 'content-freshness',
		apply: 'build',
		buildStart() {
			const flags = globalThis as Record<symbol, boolean>;
			if (flags[PRINTED]) return;
			flags[PRINTED] = true;
			const roles = readdirSync(join(DATA, 'roles')).map((f) => read(join(DATA, 'roles', f)));
			const { figures } = read(join(DATA, 'pay.json'));
			for (const line of freshnessWarnings({ figures, roles }, new Date()))
				this.warn(`content: ${line}`);
		}
	};
}
