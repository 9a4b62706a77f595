/**
 * "Share with my group" on the results page: asks once, explicitly, when this tab's visit joined a
 * group; sends the share code (the server turns it into the anonymous summary); keeps a share that
 * could not be sent on the device and retries it; lets the visitor withdraw a shared summary.
 * Texts come from the server-rendered section (GroupShareSlot).
 */
import {
	forgetGroup,
	joinedGroup,
	newSubmissionId,
	readShares,
	writeShares,
	type ShareRecord
} from '../ui/groups/visit';

type Outcome = 'shared' | 'pending' | 'closed' | 'gone' | 'failed';
const RETRY_EVERY = 15_000;

async function send(record: ShareRecord, lang: string): Promise<Outcome> {
	try {
		const response = await fetch(`/api/groups/${record.group}/shares?lang=${lang}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ id: record.id, code: record.code })
		});
		if (response.ok) return 'shared';
		if (response.status === 404) return 'gone';
		if (response.status === 409) return 'closed';
		if (response.status === 429 || response.status >= 500) return 'pending';
		return 'failed';
	} catch {
		return 'pending';
	}
}

/** Applies a send's outcome to the stored records: kept when pending, dropped when refused. */
function settle(id: string, outcome: Outcome): void {
	const records = readShares();
	writeShares(
		outcome === 'shared'
			? records.map((r) => (r.id === id ? { ...r, state: 'shared' } : r))
			: outcome === 'pending'
				? records
				: records.filter((r) => r.id !== id)
	);
}

/** Sends every pending share again; the outcomes by id. */
async function flush(lang: string): Promise<Map<string, Outcome>> {
	const outcomes = new Map<string, Outcome>();
	for (const record of readShares().filter((r) => r.state === 'pending')) {
		const outcome = await send(record, lang);
		settle(record.id, outcome);
		outcomes.set(record.id, outcome);
	}
	return outcomes;
}

function start(section: HTMLElement): void {
	const texts = section.dataset;
	const lang = texts.lang ?? 'fr';
	const code = texts.code ?? '';
	const part = <T extends HTMLElement>(name: string) => section.querySelector<T>(`[data-${name}]`);
	const ask = part('ask');
	const status = part('status');
	const withdrawBox = part('withdraw');
	const withdrawButton = withdrawBox?.querySelector('button');
	const say = (template: string | undefined, name = '') => {
		if (status) status.textContent = (template ?? '').replace('{{name}}', name);
	};

	function show(record: ShareRecord | undefined, outcome?: Outcome): void {
		section.hidden = false;
		if (ask) ask.hidden = true;
		if (withdrawBox) withdrawBox.hidden = !record || record.state !== 'shared';
		if (!record) return;
		if (outcome === 'closed') return say(texts.textClosed);
		if (outcome === 'gone') return say(texts.textGone);
		if (outcome === 'failed') return say(texts.textFailed);
		say(record.state === 'shared' ? texts.textShared : texts.textPending, record.name);
	}

	const own = () => readShares().findLast((r) => r.code === code);

	async function retry(): Promise<void> {
		const mine = own();
		const outcomes = await flush(lang);
		if (mine && outcomes.has(mine.id))
			show({ ...mine, state: own()?.state ?? mine.state }, outcomes.get(mine.id));
	}

	withdrawButton?.addEventListener('click', async () => {
		const record = own();
		if (!record) return;
		try {
			const response = await fetch(`/api/shares/${record.id}?lang=${lang}`, { method: 'DELETE' });
			if (!response.ok && response.status !== 404) throw new Error(String(response.status));
			writeShares(readShares().filter((r) => r.id !== record.id));
			if (withdrawBox) withdrawBox.hidden = true;
			say(texts.textWithdrawn);
		} catch {
			say(texts.textFailed);
		}
	});

	const mine = own();
	if (mine) {
		show(mine);
	} else {
		const group = joinedGroup();
		if (group) void offer(group);
	}

	async function offer(group: string): Promise<void> {
		let name = `${group.slice(0, 3)}-${group.slice(3)}`;
		try {
			const response = await fetch(`/api/groups/${group}?lang=${lang}`);
			if (response.status === 404) return;
			if (response.ok) {
				const info = (await response.json()) as { name?: unknown; closed?: unknown };
				if (info.closed === true) {
					section.hidden = false;
					return say(texts.textClosed);
				}
				if (typeof info.name === 'string') name = info.name;
			}
		} catch {
			// Unreachable now: still ask; a share is kept on the device and sent later.
		}
		const text = part('ask-text');
		if (text) text.textContent = (texts.textAsk ?? '').replace('{{name}}', name);
		section.hidden = false;
		if (ask) ask.hidden = false;
		part('yes')?.addEventListener('click', async () => {
			const record: ShareRecord = { id: newSubmissionId(), group, name, code, state: 'pending' };
			writeShares([...readShares(), record]);
			forgetGroup();
			if (ask) ask.hidden = true;
			const outcome = await send(record, lang);
			settle(record.id, outcome);
			show({ ...record, state: outcome === 'shared' ? 'shared' : 'pending' }, outcome);
		});
		part('no')?.addEventListener('click', () => {
			forgetGroup();
			if (ask) ask.hidden = true;
			say(texts.textDeclined);
		});
	}

	if (readShares().some((r) => r.state === 'pending')) void retry();
	window.addEventListener('online', () => void retry());
	setInterval(() => {
		if (readShares().some((r) => r.state === 'pending')) void retry();
	}, RETRY_EVERY);
}

const section = document.querySelector<HTMLElement>('[data-group-share]');
if (section) start(section);
