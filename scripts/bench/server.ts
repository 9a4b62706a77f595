/** Starts the production server (`npm start`: build/server.js) on a free local port. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export type RunningServer = { origin: string; stop: () => Promise<void> };

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolve(port));
		});
	});
}

export async function startServer(root: string, timeoutMs = 20_000): Promise<RunningServer> {
	const port = await freePort();
	const origin = `http://localhost:${port}`;
	const child = spawn(process.execPath, ['build/server.js'], {
		cwd: root,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) {
			child.kill('SIGTERM');
			await exited;
		}
	};

	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (child.exitCode !== null)
			throw new Error(`the server exited (code ${child.exitCode}) before answering:\n${output}`);
		try {
			const response = await fetch(`${origin}/en`);
			if (response.ok) return { origin, stop };
			await stop();
			throw new Error(`the server answered ${response.status} for /en`);
		} catch (error) {
			if (error instanceof Error && error.message.startsWith('the server')) throw error;
		}
		if (Date.now() > deadline) {
			await stop();
			throw new Error(
				`the server did not answer on ${origin} within ${timeoutMs / 1000} s:\n${output}`
			);
		}
		await new Promise((r) => setTimeout(r, 100));
	}
}
