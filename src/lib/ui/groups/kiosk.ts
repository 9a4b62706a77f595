/**
 * Kiosk mode (a shared tablet at a fair): each visitor starts with an empty device, and after
 * IDLE_MS without a touch or key the kiosk wipes what the visitor left and starts over, after a
 * visible countdown that any touch cancels. Plain DOM, for the hydrated kiosk page and the results
 * page alike.
 */
import { GROUP, KIOSK, read, write } from '../../device/storage';

export const IDLE_MS = 90_000;
export const COUNTDOWN_MS = 15_000;

/** The kiosk's start page when this tab is a kiosk, else null. */
export function kioskStart(): string | null {
	return read(KIOSK);
}

/** Removes everything the site keeps on the device (both storages), then re-arms the kiosk. */
export function wipe(start: string, group: string): void {
	for (const area of [localStorage, sessionStorage]) {
		try {
			for (const key of Object.keys(area))
				if (key.startsWith('contact-careers:')) area.removeItem(key);
		} catch {
			// Storage unavailable: nothing is kept either.
		}
	}
	write(KIOSK, start);
	write(GROUP, group);
}

export function startOver(start: string): void {
	wipe(start, start.slice(-6));
	location.assign(start);
}

/**
 * Watches for inactivity; shows `box` with a countdown in `counter` (seconds) for the last
 * COUNTDOWN_MS, then starts over. Returns a function that stops watching.
 */
export function watchIdle(start: string, box: HTMLElement, counter: HTMLElement): () => void {
	let last = Date.now();
	const hide = () => (box.hidden = true);
	const activity = (event: Event) => {
		last = Date.now();
		// A press on the box's own button hides it on click: hiding the box under the pointer first
		// would send the click to the page behind.
		if (!(event.target instanceof Node && box.contains(event.target))) hide();
	};
	const stay = box.querySelector('button');
	stay?.addEventListener('click', hide);
	// What a person does, not what the page does: a scroll by touch, wheel or key is already one of
	// these, while a `scroll` event also fires for the page's own scrolling (focus, anchors), which
	// must not keep the kiosk from starting over or hide its countdown.
	const events = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;
	for (const e of events) window.addEventListener(e, activity, { passive: true, capture: true });
	const timer = setInterval(() => {
		const idle = Date.now() - last;
		if (idle >= IDLE_MS) return startOver(start);
		if (idle >= IDLE_MS - COUNTDOWN_MS) {
			counter.textContent = String(Math.ceil((IDLE_MS - idle) / 1000));
			box.hidden = false;
		}
	}, 250);
	return () => {
		clearInterval(timer);
		stay?.removeEventListener('click', hide);
		for (const e of events) window.removeEventListener(e, activity, { capture: true });
	};
}
