/**
 * Career map enhancement: highlights the visitor's top matches (saved by the quiz on this device) on
 * the map and in the list. Without them, or without JavaScript, the map is unchanged.
 */
import { PROFILE, read } from '../device/storage';

function start(): void {
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

start();
