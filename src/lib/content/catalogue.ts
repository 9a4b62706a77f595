/**
 * The validated content, loaded through Vite (app, build and tests). Validation runs when this module
 * is first imported, so an invalid file fails the build and the tests with a message naming it.
 */
import { frenchSpacingInContent } from '../i18n/typography';
import { validateContent, type ContentFile } from './validate';

function files(modules: Record<string, unknown>): ContentFile[] {
	return Object.entries(modules)
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([path, data]) => ({ file: path.replace(/^\.\/data\//, ''), data }));
}

const glob = (m: Record<string, { default: unknown }>) =>
	Object.fromEntries(Object.entries(m).map(([k, mod]) => [k, mod.default]));

/** French texts get their typography here, once, so every page shows them right. */
export const content = frenchSpacingInContent(
	validateContent({
		traits: files(glob(import.meta.glob('./data/traits.json', { eager: true }))),
		roles: files(glob(import.meta.glob('./data/roles/*.json', { eager: true }))),
		questions: files(glob(import.meta.glob('./data/questions/*.json', { eager: true }))),
		sources: files(glob(import.meta.glob('./data/sources.json', { eager: true }))),
		pay: files(glob(import.meta.glob('./data/pay.json', { eager: true }))),
		calibration: files(glob(import.meta.glob('./data/calibration.json', { eager: true })))
	})
);
