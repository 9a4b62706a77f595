/**
 * Islands: a page without SvelteKit's client runs one interactive component in the browser. The
 * server renders the component in place (readable before any script runs) beside its data, in a
 * JSON script tag (see Island.svelte); the route's `island.ts` mounts it there with the texts the
 * server resolved, so neither the SvelteKit client nor i18next ship.
 */
import { mount, type Component } from 'svelte';
import { i18nContext } from '$lib/i18n/context';
import type { Locale } from '$lib/i18n/locales';
import { textsTranslator, type Texts } from '$lib/i18n/texts';

/** What the server hands an island: its locale, resolved texts and the component's own data. */
export type IslandData<D> = { locale: Locale; texts: Texts; data: D };

/**
 * Mounts `component` in place of the server-rendered island, with props built from the island's
 * data and the page's address (a prerendered page knows no query; the browser does).
 */
export function mountIsland<D, P extends Record<string, unknown>>(
	component: Component<P>,
	props: (data: D, url: URL) => P
): void {
	// The script is async (the page is ready to read before it runs): it may run before the
	// placeholder is parsed.
	if (document.readyState === 'loading')
		document.addEventListener('DOMContentLoaded', () => mountIsland(component, props), {
			once: true
		});
	else mountNow(component, props);
}

function mountNow<D, P extends Record<string, unknown>>(
	component: Component<P>,
	props: (data: D, url: URL) => P
): void {
	const target = document.querySelector<HTMLElement>('[data-island]');
	const json = document.querySelector('script[data-island-data]')?.textContent;
	if (!target || !json) return;
	const island = JSON.parse(json) as IslandData<D>;
	target.replaceChildren();
	mount(component, {
		target,
		props: props(island.data, new URL(location.href)),
		context: i18nContext({ locale: island.locale, t: textsTranslator(island.locale, island.texts) })
	});
	// A marker for tests and styles: interactive controls work from here on.
	document.documentElement.dataset.hydrated = 'true';
}
