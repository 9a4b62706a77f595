/** Loads a module of the app's core through Vite's module runner, so scripts see the same content as the app. */
import { runnerImport } from 'vite';

export async function importCore<T>(path: string): Promise<T> {
	const { module } = await runnerImport<T>(new URL(`../${path}`, import.meta.url).pathname, {
		configFile: false,
		logLevel: 'error'
	});
	return module;
}
