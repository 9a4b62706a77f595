/**
 * The production server as a deployment runs it: `build/`, `package.json` and the production
 * dependencies copied into a fresh directory (no sources, no dev dependencies), started with the
 * `start` script's command on a free port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

type Lock = {
	packages: Record<string, { dev?: boolean; optional?: boolean; devOptional?: boolean }>;
};

/** A directory holding exactly what a deployment needs; removed by `dispose`. */
export function deployment(): { dir: string; dispose: () => void } {
	if (!existsSync(join(root, 'build/server.js')))
		throw new Error('no production build: npm run build');
	const dir = mkdtempSync(join(tmpdir(), 'contact-careers-deploy-'));
	cpSync(join(root, 'build'), join(dir, 'build'), { recursive: true });
	cpSync(join(root, 'package.json'), join(dir, 'package.json'));
	const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as Lock;
	for (const [path, entry] of Object.entries(lock.packages))
		if (path && !entry.dev && !entry.optional && !entry.devOptional)
			cpSync(join(root, path), join(dir, path), { recursive: true });
	return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export type RunningServer = {
	origin: string;
	port: number;
	child: ChildProcess;
	/** Everything the server printed so far. */
	output: () => string;
	exited: Promise<number | null>;
	alive: () => boolean;
	stop: () => Promise<number | null>;
};

/** Starts `npm start`'s command (without npm in between, so signals reach the server itself). */
export async function startProduction(
	dir: string,
	env: Record<string, string> = {}
): Promise<RunningServer> {
	const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
		scripts: { start: string };
	};
	const [command, ...args] = pkg.scripts.start.split(' ');
	if (command !== 'node') throw new Error(`unexpected start script: ${pkg.scripts.start}`);
	const child = spawn(process.execPath, args, {
		cwd: dir,
		env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout!.on('data', (d) => (output += d));
	child.stderr!.on('data', (d) => (output += d));
	const exited = new Promise<number | null>((resolve) =>
		child.once('exit', (code) => resolve(code))
	);
	const port = await new Promise<number>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`no start within 20 s:\n${output}`)), 20_000);
		const check = () => {
			const match = /listening on http:\/\/localhost:(\d+)/.exec(output);
			if (match) {
				clearTimeout(timer);
				resolve(Number(match[1]));
			}
		};
		child.stdout!.on('data', check);
		void exited.then(() => reject(new Error(`exited before listening:\n${output}`)));
	});
	const alive = () => child.exitCode === null && child.signalCode === null;
	return {
		origin: `http://127.0.0.1:${port}`,
		port,
		child,
		output: () => output,
		exited,
		alive,
		stop: async () => {
			if (alive()) child.kill('SIGTERM');
			return exited;
		}
	};
}
