/**
 * An ephemeral PostgreSQL cluster for tests and benchmarks: installs Debian's package when it is
 * missing (as root), creates a throw-away cluster in a temporary folder, listens on 127.0.0.1 and a
 * socket in that folder only, and removes everything on stop. initdb refuses to run as root, so as
 * root the cluster belongs to the `postgres` user.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Postgres = { url: string; stop: () => void };

const isRoot = process.getuid?.() === 0;

function binDir(): string | null {
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return null;
	const versions = readdirSync(root)
		.filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
		.sort((a, b) => Number(b) - Number(a));
	return versions[0] ? join(root, versions[0], 'bin') : null;
}

/** The server binaries, installed from Debian's packages if needed (root only). */
export function ensurePostgres(): string {
	let bin = binDir();
	if (!bin && isRoot && existsSync('/usr/bin/apt-get')) {
		console.log('Installing PostgreSQL from Debian packages…');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
		execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], {
			stdio: 'inherit',
			env
		});
		bin = binDir();
	}
	if (!bin)
		throw new Error('PostgreSQL server binaries not found (install the postgresql package)');
	return bin;
}

function asOwner(command: string, args: string[]): void {
	const [file, argv] = isRoot
		? ['runuser', ['-u', 'postgres', '--', command, ...args]]
		: [command, args];
	execFileSync(file, argv, { stdio: ['ignore', 'ignore', 'inherit'] });
}

export function startPostgres(port = Number(process.env.PG_PORT ?? 54329)): Postgres {
	const bin = ensurePostgres();
	const dir = mkdtempSync(join(tmpdir(), 'cc-pg-'));
	if (isRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), -1);
	const data = join(dir, 'data');
	asOwner(join(bin, 'initdb'), [
		'-D',
		data,
		'-U',
		'postgres',
		'-A',
		'trust',
		'--no-sync',
		'-E',
		'UTF8'
	]);
	const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`;
	asOwner(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
	asOwner(join(bin, 'createdb'), ['-h', dir, '-p', String(port), '-U', 'postgres', 'careers']);
	let stopped = false;
	return {
		url: `postgres://postgres@127.0.0.1:${port}/careers`,
		stop: () => {
			if (stopped) return;
			stopped = true;
			try {
				asOwner(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		}
	};
}
