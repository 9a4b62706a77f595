/**
 * Roles list enhancement: applies the filters and the search to the prerendered list as the visitor
 * types, and keeps them in the URL (`?q=&level=&channel=&trait=&nodegree=1`) so a filtered list can
 * be shared. Without it the page still lists every role. DOM only; the logic is in $lib/explorer.
 */
import {
	applyFilters,
	filtersToSearch,
	NO_FILTERS,
	parseFilters,
	type FilterEntry,
	type FilterOptions,
	type Filters
} from '../explorer/filters';
import { createSearch, type SearchDoc } from '../explorer/search';

type Data = { index: (FilterEntry & SearchDoc)[]; shown: string[]; options: FilterOptions };

function start(): void {
	const source = document.getElementById('roles-data');
	const form = document.querySelector<HTMLFormElement>('form[data-role-filters]');
	const list = document.getElementById('roles-list');
	const status = document.getElementById('roles-status');
	const empty = document.getElementById('roles-empty');
	if (!source || !form || !list || !status || !empty) return;
	const data = JSON.parse(source.textContent ?? '{}') as Data;
	const search = createSearch(data.index);
	const items = new Map<string, HTMLElement>();
	for (const li of list.querySelectorAll<HTMLElement>(':scope > li[data-id]'))
		items.set(li.dataset.id!, li);

	const field = <T extends HTMLElement>(name: string) => form.elements.namedItem(name) as T | null;
	const read = (): Filters => {
		const params = new URLSearchParams();
		for (const [name, value] of new FormData(form))
			if (typeof value === 'string') params.append(name, value);
		return parseFilters(params, data.options);
	};
	const write = (filters: Filters) => {
		for (const name of ['q', 'level', 'channel', 'trait'] as const) {
			const el = field<HTMLInputElement | HTMLSelectElement>(name);
			if (el) el.value = filters[name];
		}
		const box = field<HTMLInputElement>('nodegree');
		if (box) box.checked = filters.nodegree;
	};
	const show = (filters: Filters) => {
		const ids = applyFilters(data.index, filters, search);
		const visible = new Set(ids);
		// Best matches first; the rest keep their place, hidden.
		const order = [...ids, ...data.index.map((e) => e.id).filter((id) => !visible.has(id))];
		const current = [...list.children].map((li) => (li as HTMLElement).dataset.id);
		if (order.some((id, i) => current[i] !== id))
			for (const id of order) {
				const li = items.get(id);
				if (li) list.append(li);
			}
		for (const [id, li] of items) li.hidden = !visible.has(id);
		status.textContent = data.shown[ids.length] ?? '';
		empty.hidden = ids.length > 0;
	};
	const update = () => {
		const filters = read();
		show(filters);
		const url = `${location.pathname}${filtersToSearch(filters)}${location.hash}`;
		if (url !== `${location.pathname}${location.search}${location.hash}`)
			history.replaceState(history.state, '', url);
	};

	const initial = parseFilters(new URLSearchParams(location.search), data.options);
	write(initial);
	show(initial);

	let timer: ReturnType<typeof setTimeout> | undefined;
	form.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(update, 120);
	});
	form.addEventListener('change', update);
	// A link followed while an update is pending: the update's history.replaceState must not cancel it.
	list.addEventListener('click', () => clearTimeout(timer), { capture: true });
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		update();
	});
	form.querySelector('[data-reset]')?.addEventListener('click', (event) => {
		event.preventDefault();
		write(NO_FILTERS);
		update();
		field<HTMLInputElement>('q')?.focus();
	});
	// Interactive from here on (the marker the site's tests and styles use).
	document.documentElement.dataset.hydrated = 'true';
}

start();
