import { getContext, setContext } from 'svelte';
import type { TFunction } from 'i18next';
import type { Locale } from './locales';

/** Every namespace; keys of the first are written bare, the others as `namespace:key`. */
export const NAMESPACES = [
	'common',
	'home',
	'pages',
	'about',
	'quiz',
	'roles',
	'recruiters',
	'groups',
	'campaigns'
] as const;
export type Translate = TFunction<typeof NAMESPACES>;

/** What every component reads to render text: the page's locale and its translate function. */
export type I18n = { readonly locale: Locale; readonly t: Translate };

const KEY = Symbol('i18n');

/** Called once by the root layout with getters, so children follow language changes. */
export function provideI18n(i18n: I18n): void {
	setContext(KEY, i18n);
}

export function useI18n(): I18n {
	const i18n = getContext<I18n | undefined>(KEY);
	if (!i18n) throw new Error('useI18n() needs the root layout (or a test) to provide i18n');
	return i18n;
}

/** The context entry that provides i18n, for mounting a component on its own (component tests). */
export function i18nContext(i18n: I18n): Map<symbol, I18n> {
	return new Map([[KEY, i18n]]);
}
