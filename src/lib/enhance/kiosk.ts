/** Kiosk mode on the results page: the take-home QR code, "next visitor" and the idle reset. */
import { kioskStart, startOver, watchIdle } from '../ui/groups/kiosk';

const section = document.querySelector<HTMLElement>('[data-kiosk]');
const start = kioskStart();
if (section && start) {
	section.hidden = false;
	// The results of a kiosk are for taking home, not for the next visitor: hide the usual links.
	for (const el of document.querySelectorAll<HTMLElement>('[data-share], [data-results-next]'))
		el.hidden = true;
	section.querySelector('[data-kiosk-reset]')?.addEventListener('click', () => startOver(start));
	const box = section.querySelector<HTMLElement>('[data-kiosk-idle]');
	const counter = section.querySelector<HTMLElement>('[data-kiosk-seconds]');
	if (box && counter) watchIdle(start, box, counter);
}
