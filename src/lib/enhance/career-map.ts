/**
 * Career map enhancement: highlights the visitor's top matches (saved by the quiz on this device);
 * traces a role's steps in and out when it is pointed at on the map or focused in the list; zoom
 * buttons and drag-to-pan. Without JavaScript the map and its list are unchanged and complete.
 */
import { PROFILE, read } from '../device/storage';

function highlightMatches(): void {
	const top = new Set(read(PROFILE)?.top.slice(0, 3) ?? []);
	if (!top.size) return;
	let found = false;
	for (const el of document.querySelectorAll<Element>('[data-role-id]')) {
		if (!top.has(el.getAttribute('data-role-id') ?? '')) continue;
		found = true;
		el.classList.add('is-match');
		const badge = el.querySelector<HTMLElement>(':scope > [data-match]');
		if (badge) badge.hidden = false;
	}
	const note = document.querySelector<HTMLElement>('[data-matches-note]');
	if (found && note) note.hidden = false;
}

function trace(svg: SVGSVGElement): void {
	const edges = [...svg.querySelectorAll<SVGPathElement>('path[data-from]')];
	const nodes = [...svg.querySelectorAll<SVGAElement>('.node')];
	const show = (id: string | null) => {
		svg.classList.toggle('tracing', id !== null);
		const on = new Set(id ? [id] : []);
		for (const edge of edges) {
			const lit = id !== null && (edge.dataset.from === id || edge.dataset.to === id);
			edge.classList.toggle('on', lit);
			if (lit) on.add(edge.dataset.from!).add(edge.dataset.to!);
		}
		for (const node of nodes) node.classList.toggle('on', on.has(node.dataset.roleId ?? ''));
	};
	for (const node of nodes) {
		node.addEventListener('pointerenter', () => show(node.dataset.roleId ?? null));
		node.addEventListener('pointerleave', () => show(null));
	}
	const list = document.querySelector('.map-list')?.parentElement;
	list?.addEventListener('focusin', (event) => {
		const item = (event.target as Element).closest('li[data-role-id]');
		show(item?.getAttribute('data-role-id') ?? null);
	});
	list?.addEventListener('focusout', () => show(null));
	const hint = document.querySelector<HTMLElement>('[data-trace-hint]');
	if (hint) hint.hidden = false;
}

const MIN_SCALE = 0.4;
const MAX_SCALE = 2.5;

function zoomAndPan(svg: SVGSVGElement, scroller: HTMLElement, controls: HTMLElement): void {
	const natural = Number(svg.getAttribute('width'));
	controls.hidden = false;
	controls.addEventListener('click', (event) => {
		const step = (event.target as Element).closest<HTMLElement>('button')?.dataset.step;
		const current = svg.getBoundingClientRect().width / natural;
		const scale =
			step === 'in'
				? Math.min(MAX_SCALE, current * 1.25)
				: step === 'out'
					? Math.max(MIN_SCALE, current / 1.25)
					: null;
		svg.style.width = scale === null ? '' : `${Math.round(natural * scale)}px`;
		svg.style.minWidth = scale === null ? '' : '0';
	});
	// Touch pans natively; a mouse drags the map.
	scroller.addEventListener('pointerdown', (down) => {
		if (down.pointerType !== 'mouse') return;
		const start = {
			x: down.clientX,
			y: down.clientY,
			left: scroller.scrollLeft,
			top: scroller.scrollTop
		};
		const move = (event: PointerEvent) => {
			scroller.scrollLeft = start.left - (event.clientX - start.x);
			scroller.scrollTop = start.top - (event.clientY - start.y);
		};
		const up = () => {
			window.removeEventListener('pointermove', move);
			window.removeEventListener('pointerup', up);
		};
		window.addEventListener('pointermove', move);
		window.addEventListener('pointerup', up);
	});
}

highlightMatches();
const svg = document.querySelector<SVGSVGElement>('[data-career-map]');
const scroller = document.querySelector<HTMLElement>('[data-map-scroller]');
const controls = document.querySelector<HTMLElement>('[data-zoom]');
if (svg) trace(svg);
if (svg && scroller && controls) zoomAndPan(svg, scroller, controls);
