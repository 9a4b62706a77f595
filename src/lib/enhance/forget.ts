/**
 * "Forget my answers" (ForgetAnswers.svelte), on the results and privacy pages: after a confirmation,
 * removes everything this site stored in the browser, in both storage areas. All of the origin's
 * storage is this site's, so it is cleared whole: no key can be missed.
 */
export function forgetAll(): void {
	for (const area of ['localStorage', 'sessionStorage'] as const)
		try {
			window[area].clear();
		} catch {
			// Storage missing or refused: nothing was stored there.
		}
}

export function enhanceForget(section: HTMLElement): void {
	const part = <T extends HTMLElement>(name: string) =>
		section.querySelector<T>(`[data-forget-${name}]`);
	const ask = part('ask');
	const button = ask?.querySelector('button');
	const confirm = part('confirm');
	const yes = part('yes');
	const no = part('no');
	const status = part('status');
	if (!ask || !button || !confirm || !yes || !no || !status) return;
	const confirming = (on: boolean) => {
		ask.hidden = on;
		confirm.hidden = !on;
		(on ? yes : button).focus();
	};
	button.addEventListener('click', () => confirming(true));
	no.addEventListener('click', () => confirming(false));
	yes.addEventListener('click', () => {
		forgetAll();
		confirming(false);
		status.textContent = status.dataset.done ?? '';
	});
	part('noscript')?.remove();
	ask.hidden = false;
}
