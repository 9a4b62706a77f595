/**
 * Islands: a page without SvelteKit's client runs one interactive component in the browser. The
 * server renders the component in place (readable before any script runs) beside its data, in a
 * JSON script tag (see Island.svelte); the route's `island.ts` mounts or hydrates it there with the
 * texts the server resolved, so neither the SvelteKit client nor i18next ship.
 */
import { hydrate, mount, type Component } from 'svelte';
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
	whenParsed(() => start(component, props, false));
}

/**
 * Hydrates the island the server rendered with `<Island component>` instead of rebuilding it: the
 * nodes stay, only listeners and effects are attached (a shorter task than a mount). For a component
 * whose first render depends on the island's data alone, its props: nothing from the address, and
 * browser-only values come in `onMount`, so both first renders match.
 */
export function hydrateIsland<D extends Record<string, unknown>>(component: Component<D>): void {
	whenParsed(() => start(component, (data: D) => data, true));
}

// The script is async (the page is ready to read before it runs): it may run before the
// placeholder is parsed.
function whenParsed(run: () => void): void {
	if (document.readyState === 'loading')
		document.addEventListener('DOMContentLoaded', run, { once: true });
	else run();
}

function start<D, P extends Record<string, unknown>>(
	component: Component<P>,
	props: (data: D, url: URL) => P,
	inPlace: boolean
): void {
	const target = document.querySelector<HTMLElement>('[data-island]');
	const json = document.querySelector('script[data-island-data]')?.textContent;
	if (!target || !json) return;
	const island = JSON.parse(json) as IslandData<D>;
	const options = {
		target,
		props: props(island.data, new URL(location.href)),
		context: i18nContext({ locale: island.locale, t: textsTranslator(island.locale, island.texts) })
	};
	if (inPlace) hydrate(component, options);
	else {
		target.replaceChildren();
		mount(component, options);
	}
	// A marker for tests and styles: interactive controls work from here on.
	document.documentElement.dataset.hydrated = 'true';
}
