/**
 * Results page enhancement: the buttons that need JavaScript (copy the link, share, print, restart
 * with a confirmation), and "Answer a few more questions" on the visitor's own results. They are
 * rendered hidden and shown here, so without JavaScript the page shows nothing that does not work
 * (the link can still be copied from its field). Every text comes from the server-rendered page.
 */
import { PROFILE, QUIZ, read, remove } from '../device/storage';
import { enhanceForget } from './forget';

/** Shows a hidden button and runs `action` on click. */
function enable(button: HTMLElement | null, action: () => unknown): void {
	if (!button) return;
	button.addEventListener('click', () => void action());
	button.hidden = false;
}

function share(section: HTMLElement): void {
	const field = section.querySelector<HTMLInputElement>('[data-share-link]');
	const status = section.querySelector<HTMLElement>('[data-share-status]');
	const button = (name: string) => section.querySelector<HTMLElement>(`[data-share-${name}]`);
	// The server wrote the link with its own idea of the origin (set by ORIGIN in production); the
	// browser knows the address the visitor actually used, as the hydrated page used to.
	const url = window.location.href;
	if (field) field.value = url;

	enable(button('copy'), async () => {
		try {
			await navigator.clipboard.writeText(url);
			if (status) status.textContent = section.dataset.copied ?? '';
		} catch {
			// Clipboard refused or missing: select the link so it can be copied by hand.
			field?.focus();
			field?.select();
		}
	});
	if (typeof navigator.share === 'function')
		enable(button('web'), async () => {
			try {
				await navigator.share({ title: section.dataset.text ?? '', url });
			} catch {
				// Cancelled by the visitor: nothing to do.
			}
		});
	enable(button('print'), () => window.print());
}

function next(section: HTMLElement): void {
	// "Go deeper" continues this visitor's own quiz, so it shows only for their own results.
	const own = section.querySelector<HTMLElement>('[data-own]');
	if (own && read(PROFILE)?.code === section.dataset.code) own.hidden = false;

	const ask = section.querySelector<HTMLElement>('[data-restart]');
	const button = ask?.querySelector('button');
	const confirm = section.querySelector<HTMLElement>('[data-restart-confirm]');
	const yes = confirm?.querySelector<HTMLElement>('[data-restart-yes]');
	const no = confirm?.querySelector<HTMLElement>('[data-restart-no]');
	if (!ask || !button || !confirm || !yes || !no) return;
	const confirming = (on: boolean) => {
		ask.hidden = on;
		confirm.hidden = !on;
		(on ? yes : button).focus();
	};
	button.addEventListener('click', () => confirming(true));
	no.addEventListener('click', () => confirming(false));
	yes.addEventListener('click', () => {
		remove(QUIZ);
		remove(PROFILE);
		window.location.assign(section.dataset.quiz ?? '/');
	});
	ask.hidden = false;
}

/**
 * Paper: the link as the visitor sees it and the day of printing, and the reasons opened (they are
 * collapsed on screen); the details close again afterwards.
 */
function print(line: HTMLElement): void {
	const link = line.querySelector<HTMLElement>('[data-print-link]');
	const date = line.querySelector<HTMLTimeElement>('[data-print-date]');
	const fill = (template: string | undefined, value: string) =>
		(template ?? '').replace(/\{\{\w+\}\}/, value);
	let opened: HTMLDetailsElement[] = [];
	window.addEventListener('beforeprint', () => {
		if (link) link.textContent = fill(link.dataset.template, window.location.href);
		if (date) {
			const now = new Date();
			date.dateTime = now.toISOString().slice(0, 10);
			date.textContent = fill(
				date.dataset.template,
				new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
					dateStyle: 'long'
				}).format(now)
			);
		}
		opened = [...document.querySelectorAll<HTMLDetailsElement>('details[data-print-open]')].filter(
			(d) => !d.open
		);
		for (const d of opened) d.open = true;
	});
	window.addEventListener('afterprint', () => {
		for (const d of opened) d.open = false;
	});
}

function start(): void {
	const printLine = document.querySelector<HTMLElement>('[data-print-line]');
	if (printLine) print(printLine);
	const forget = document.querySelector<HTMLElement>('[data-forget]');
	if (forget) enhanceForget(forget);
	const shareSection = document.querySelector<HTMLElement>('[data-share]');
	const nextSection = document.querySelector<HTMLElement>('[data-results-next]');
	if (shareSection) share(shareSection);
	if (nextSection) next(nextSection);
	// Interactive from here on (the marker the site's tests and styles use).
	document.documentElement.dataset.hydrated = 'true';
}

start();
