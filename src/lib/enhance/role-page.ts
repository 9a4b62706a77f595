/**
 * Role page enhancement: if the quiz saved the visitor's profile on this device, shows their own
 * score beside each trait the role asks for. Without a profile (or without JavaScript) nothing changes.
 */
import { PROFILE, read } from '../device/storage';

function start(): void {
	const profile = read(PROFILE);
	const table = document.querySelector<HTMLTableElement>('[data-trait-table]');
	if (!profile || !table || !Object.keys(profile.traits).length) return;
	const format = new Intl.NumberFormat(document.documentElement.lang || undefined, {
		style: 'percent'
	});
	for (const row of table.querySelectorAll<HTMLTableRowElement>('tr[data-trait]')) {
		const value = profile.traits[row.dataset.trait ?? ''];
		if (value === undefined) continue;
		const fill = row.querySelector<HTMLElement>('[data-you-fill]');
		const text = row.querySelector<HTMLElement>('[data-you-text]');
		if (fill) fill.style.width = `${Math.round(value * 100)}%`;
		if (text) text.textContent = format.format(Math.round(value * 100) / 100);
	}
	for (const el of document.querySelectorAll<HTMLElement>('[data-you]')) el.hidden = false;
}

start();
