import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import ResultsPage from './ResultsPage.svelte';
import { nextSteps } from '$lib/results/next-steps';
import type { MatchView, ResultsView } from '$lib/results/view';
import { testContext } from '../test/i18n';

// The chat and email advisor shows no trait strength, only answers typical of people in the role.
const match = (id: string, title: string, score: number): MatchView => ({
	id,
	title,
	summary: `${title} summary`,
	level: 'entry',
	score,
	strengths:
		id === 'chat-email-advisor'
			? []
			: [
					{
						id: 'empathy',
						name: 'Empathy',
						answers: [
							{ prompt: 'A customer calls, furious.', option: 'Listen and calm them', scale: null }
						]
					},
					{
						id: 'composure',
						name: 'Composure',
						answers: [{ prompt: 'I stay calm under pressure.', option: null, scale: 4 }]
					}
				],
	gaps: id === 'team-leader' ? [{ id: 'leadership', name: 'Leadership' }] : [],
	shared:
		id === 'chat-email-advisor'
			? [
					{ prompt: null, option: 'Help customers by chat and email, in writing', scale: null },
					{ prompt: 'I would rather write than talk.', option: null, scale: 3 }
				]
			: [],
	entryRoutes: [`Open to beginners: ${title} training on the job.`],
	reachedFrom: []
});

const view: ResultsView = {
	answered: 12,
	target: null,
	groups: [
		{
			id: 'best',
			matches: [
				match('customer-service-advisor', 'Customer service advisor', 87),
				match('chat-email-advisor', 'Chat and email advisor', 80),
				match('team-leader', 'Team leader', 71)
			]
		}
	],
	recomputed: false,
	ranking: [
		{ id: 'customer-service-advisor', title: 'Customer service advisor', score: 87 },
		{ id: 'chat-email-advisor', title: 'Chat and email advisor', score: 80 },
		{ id: 'team-leader', title: 'Team leader', score: 71 },
		{ id: 'data-analyst', title: 'Data analyst', score: 20 }
	],
	traits: [
		{ id: 'empathy', name: 'Empathy', value: 82, answers: 4, thin: false, award: true },
		{
			id: 'analytical',
			name: 'Analytical thinking',
			value: 52,
			answers: 1,
			thin: true,
			award: false
		}
	],
	award: { id: 'empathy', name: 'Empathy', clear: true },
	nextSteps: nextSteps('en')
};

/** Opens the disclosure (details) an element is part of, as a click on its summary would. */
function open(element: Element) {
	element.closest('details')!.open = true;
}

describe('ResultsPage', () => {
	it('leads with the top three roles: match level and a one-line reason, the rest on demand', async () => {
		render(ResultsPage, {
			props: { view, code: 'abc', url: 'https://example.test/en/results/abc' },
			context: testContext('en')
		});
		const top = page.getByRole('region', { name: 'Your best matches' });
		const cards = top.getByRole('article');
		expect(cards.elements()).toHaveLength(3);
		const first = cards.first();
		await expect
			.element(first.getByRole('heading', { level: 3 }))
			.toHaveTextContent('Customer service advisor');
		await expect.element(first.getByText('87% match')).toBeVisible();
		await expect
			.element(
				first.getByText('This role asks for what your answers showed: Empathy and Composure.')
			)
			.toBeVisible();
		// Why and what may be hard: collapsed until asked for.
		const answer = first.getByText('“Listen and calm them”');
		await expect.element(answer).not.toBeVisible();
		open(first.getByText('Why, and what may be hard').element());
		await expect.element(answer).toBeVisible();
		await expect
			.element(first.getByText('“I stay calm under pressure. — Strongly agree”'))
			.toBeVisible();
		open(cards.nth(2).getByText('Why, and what may be hard').element());
		await expect
			.element(
				cards
					.nth(2)
					.getByText('Leadership: the role asks a lot of it, and your answers showed less.')
			)
			.toBeVisible();
		// No trait stands out for the second: the answers it shares with people in the role, on demand.
		const second = cards.nth(1);
		await expect
			.element(
				second.getByText(
					'No single trait stands out, but 2 of your answers are typical of people who suit this role.'
				)
			)
			.toBeVisible();
		const typical = second.getByText('“Help customers by chat and email, in writing”');
		await expect.element(typical).not.toBeVisible();
		open(second.getByText('Why, and what may be hard').element());
		await expect
			.element(
				second.getByRole('heading', { name: 'Answers typical of people who suit this role' })
			)
			.toBeVisible();
		await expect.element(typical).toBeVisible();
		await expect
			.element(second.getByText('“I would rather write than talk. — Agree”'))
			.toBeVisible();
		await expect.element(first.getByRole('heading', { name: 'Why you match' })).toBeVisible();
		await expect
			.element(second.getByRole('heading', { name: 'Why you match' }))
			.not.toBeInTheDocument();
		await expect
			.element(first.getByRole('link', { name: /Read the role profile/ }))
			.toHaveAttribute('href', '/en/roles/customer-service-advisor');
	});

	it('gives each match its next steps: how to get in, and public bodies opened in a new tab', async () => {
		render(ResultsPage, {
			props: { view, code: 'abc', url: 'https://example.test/en/results/abc' },
			context: testContext('en')
		});
		const card = page
			.getByRole('region', { name: 'Your best matches' })
			.getByRole('article')
			.nth(1);
		open(card.getByText(/^Next steps/).element());
		await expect
			.element(card.getByText('Open to beginners: Chat and email advisor training on the job.'))
			.toBeVisible();
		const links = [...card.element().querySelectorAll('a[target="_blank"]')].map((a) => [
			a.textContent,
			a.getAttribute('href'),
			a.getAttribute('rel')
		]);
		expect(links).toEqual(
			[
				['VDAB', 'https://www.vdab.be/'],
				['Le Forem', 'https://www.leforem.be/'],
				['Actiris', 'https://www.actiris.brussels/'],
				['Bruxelles Formation', 'https://www.bruxellesformation.brussels/'],
				['France Travail', 'https://www.francetravail.fr/'],
				['Titre professionnel', 'https://travail-emploi.gouv.fr/']
			].map(([name, href]) => [
				`${name} (opens in a new tab)`,
				href,
				'external noopener noreferrer'
			])
		);
	});

	it('ranks every role on demand, gives the trait profile as a table and the award category', async () => {
		render(ResultsPage, {
			props: { view, code: 'abc', url: 'https://example.test/en/results/abc' },
			context: testContext('en')
		});
		const all = page.getByRole('region', { name: 'All roles, best match first' });
		const details = all.element().querySelector('details')!;
		expect(details.open).toBe(false);
		details.open = true;
		expect(all.getByRole('listitem').elements()).toHaveLength(4);
		const table = page.getByRole('table', { name: 'Your trait profile' });
		await expect
			.element(table.getByRole('row', { name: 'Empathy 82 4 yes (your strongest of the six)' }))
			.toBeInTheDocument();
		await expect
			.element(table.getByRole('row', { name: 'Analytical thinking 52 1 no' }))
			.toBeInTheDocument();
		await expect
			.element(page.getByText(/Of those six, the one you showed most is Empathy\./))
			.toBeVisible();
		await expect
			.element(page.getByText(/Few of your answers were about Analytical thinking/))
			.toBeVisible();
	});

	it('gives the share link in a read-only field; the buttons that need JavaScript start hidden', async () => {
		render(ResultsPage, {
			props: { view, code: 'abc', url: 'https://example.test/en/results/abc' },
			context: testContext('en')
		});
		const share = page.getByRole('region', { name: 'Keep or share your results' });
		const field = share.getByRole('textbox', { name: 'Keep or share your results' });
		await expect.element(field).toHaveValue('https://example.test/en/results/abc');
		await expect.element(field).toHaveAttribute('readonly');
		// Shown by the enhancement script, which reads its texts from the page.
		for (const name of ['Copy link', 'Share', 'Print', 'Restart the quiz'])
			await expect.element(page.getByRole('button', { name })).not.toBeInTheDocument();
		const copy = document.querySelector<HTMLButtonElement>('[data-share-copy]');
		expect(copy?.hidden).toBe(true);
		expect(copy?.textContent).toBe('Copy link');
		expect(document.querySelector<HTMLElement>('[data-share]')?.dataset.copied).toBe(
			'Link copied.'
		);
		await expect.element(share.getByRole('status')).toBeEmptyDOMElement();
	});

	it('renders the restart confirmation and "go deeper" hidden, for the script to show', async () => {
		render(ResultsPage, {
			props: { view, code: 'abc', url: 'https://example.test/en/results/abc' },
			context: testContext('en')
		});
		const next = document.querySelector<HTMLElement>('[data-results-next]');
		expect(next?.dataset).toMatchObject({ code: 'abc', quiz: '/en/quiz' });
		const own = next?.querySelector<HTMLElement>('[data-own]');
		expect(own?.hidden).toBe(true);
		expect(own?.querySelector('a')?.getAttribute('href')).toBe('/en/quiz?deeper=1');
		const confirm = next?.querySelector<HTMLElement>('[data-restart-confirm]');
		expect(confirm?.hidden).toBe(true);
		expect(confirm?.textContent).toContain('Restart the quiz? Your saved answers will be cleared.');
		await expect
			.element(page.getByRole('group', { name: /Restart the quiz/ }))
			.not.toBeInTheDocument();
		await expect.element(page.getByRole('link', { name: 'Explore all roles' })).toBeVisible();
	});

	it('leaves room for a campaign: a hidden banner, and an apply button only in target-role mode', async () => {
		render(ResultsPage, {
			props: { view, code: 'abc', url: 'https://example.test/en/results/abc' },
			context: testContext('en')
		});
		const slot = document.querySelector<HTMLElement>('[data-campaign-slot]');
		expect(slot?.hidden).toBe(true);
		expect(JSON.parse(slot?.dataset.roleTitles ?? '{}')).toMatchObject({
			'team-leader': 'Team leader',
			'data-analyst': 'Data analyst'
		});
		expect(slot?.dataset.textCompanyRole).toBe(
			'{{company}} invites you to discover the {{role}} role'
		);
		expect(document.querySelector('[data-campaign-apply]')).toBeNull();
	});

	it('shows the target role first in target-role mode', async () => {
		const target = match('team-leader', 'Team leader', 71);
		render(ResultsPage, {
			props: {
				view: {
					...view,
					target,
					groups: [{ id: 'best', matches: view.groups[0]!.matches.slice(0, 2) }]
				},
				code: 'abc',
				url: 'https://example.test/en/results/abc'
			},
			context: testContext('en')
		});
		const headings = page
			.getByRole('heading', { level: 2 })
			.elements()
			.map((h) => h.textContent);
		expect(headings.slice(0, 2)).toEqual(['Your fit for this role', 'Your best matches']);
		const apply = document.querySelector<HTMLElement>('[data-campaign-apply]');
		expect(apply?.hidden).toBe(true);
		expect(apply?.dataset).toMatchObject({
			role: 'team-leader',
			textApplyCompany: 'Apply at {{company}}'
		});
		expect(apply?.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
		// Right under the target role's match level, before anything else.
		expect(apply?.closest('article')?.querySelector('h3')?.textContent?.trim()).toBe('Team leader');
	});

	it('splits roles to start in now from roles to grow into, with where people come from', async () => {
		const [advisor, chat] = view.groups[0]!.matches;
		const leader = {
			...match('team-leader', 'Team leader', 71),
			reachedFrom: [{ title: 'Customer service advisor', years: [2, 4] as const }]
		};
		render(ResultsPage, {
			props: {
				view: {
					...view,
					groups: [
						{ id: 'now', matches: [advisor!, chat!] },
						{ id: 'grow', matches: [leader] }
					]
				},
				code: 'abc',
				url: 'https://example.test/en/results/abc'
			},
			context: testContext('en')
		});
		const headings = page
			.getByRole('heading', { level: 2 })
			.elements()
			.map((h) => h.textContent?.trim());
		expect(headings.slice(0, 2)).toEqual(['Roles you can start in now', 'Where you could grow']);
		const grow = page.getByRole('region', { name: 'Where you could grow' });
		await expect
			.element(
				grow.getByText('Usually reached from: Customer service advisor (after 2 to 4 years).')
			)
			.toBeVisible();
		await expect.element(grow.getByRole('heading', { name: 'Team leader' })).toBeVisible();
	});
});
