/**
 * The production build: SvelteKit's (pages, prerendering, handler), then the server entry bundled
 * into build/server.js, so `build/` + package.json + production dependencies is all a deploy needs.
 * ORIGIN (the public address) goes into canonical links, JSON-LD, the sitemap and share links.
 * `--deploy` refuses to build without a public ORIGIN; a plain build warns.
 */
import { build } from 'vite';

const deploy = process.argv.includes('--deploy');
const origin = process.env.ORIGIN?.trim() ?? '';

function isPublic(value: string): boolean {
	try {
		const url = new URL(value);
		return /^https?:$/.test(url.protocol) && !/^(localhost|127\.|\[::1\])/.test(url.hostname);
	} catch {
		return false;
	}
}

if (deploy && !isPublic(origin)) {
	console.error(
		`build:deploy needs ORIGIN, the site's public address (got "${origin}"), e.g.\n` +
			'  ORIGIN=https://careers.example.org npm run build:deploy'
	);
	process.exit(1);
}

await build();
await build({
	configFile: false,
	logLevel: 'warn',
	define: { __BUILD_ORIGIN__: JSON.stringify(origin) },
	build: {
		ssr: 'server.ts',
		outDir: 'build',
		emptyOutDir: false,
		target: 'node22',
		rollupOptions: { external: ['./handler.js'], output: { entryFileNames: 'server.js' } }
	}
});

if (!isPublic(origin))
	console.warn(
		`\nWarning: built without a public ORIGIN: links in pages point at ${origin || 'http://localhost:3000'}.\n` +
			'Fine for trying it out; for a real deployment: ORIGIN=https://your.domain npm run build:deploy\n'
	);
