import { describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import ReviewList, { type ReviewItem } from './ReviewList.svelte';
import { testContext } from '../test/i18n';

const items: ReviewItem[] = [
	{ questionId: 'q-a', number: 1, prompt: 'A customer calls, furious.', answer: 'Listen' },
	{ questionId: 'q-b', number: 2, prompt: 'I like routine.', answer: null },
	{ questionId: 'q-c', number: 3, prompt: 'Phone or chat?', answer: 'Chat' }
];

async function setup(props: { canFinish: boolean; startOpen: boolean; items?: ReviewItem[] }) {
	const handlers = { onchange: vi.fn(), onresume: vi.fn(), onfinish: vi.fn() };
	await render(ReviewList, {
		props: { items, ...props, ...handlers },
		context: testContext('en')
	});
	return handlers;
}

describe('ReviewList', () => {
	it('at the end of the quiz: results first, the answers folded away until asked for', async () => {
		const { onfinish, onresume, onchange } = await setup({ canFinish: true, startOpen: false });
		await expect.element(page.getByRole('heading', { name: 'Your answers' })).toHaveFocus();
		await expect
			.element(page.getByText('Your 3 answers are enough to find your best matches.'))
			.toBeVisible();
		const toggle = page.getByRole('button', { name: 'Check my 3 answers' });
		await expect.element(toggle).toHaveAttribute('aria-expanded', 'false');
		expect(page.getByRole('listitem').elements()).toHaveLength(0);
		// The results are the main action.
		const results = page.getByRole('button', { name: 'See my results' });
		await expect.element(results).not.toHaveClass('secondary');
		await expect
			.element(page.getByRole('button', { name: 'Keep answering' }))
			.toHaveClass(/secondary/);

		await toggle.click();
		await expect.element(toggle).toHaveAttribute('aria-expanded', 'true');
		const controlled = document.getElementById(toggle.element().getAttribute('aria-controls')!);
		expect(controlled?.querySelectorAll('li')).toHaveLength(3);
		await expect.element(page.getByText('No preference')).toBeVisible();
		await page.getByRole('button', { name: 'Change your answer to question 2' }).click();
		expect(onchange).toHaveBeenCalledWith('q-b');

		await toggle.click();
		expect(page.getByRole('listitem').elements()).toHaveLength(0);
		await results.click();
		await page.getByRole('button', { name: 'Keep answering' }).click();
		expect([onfinish, onresume].map((f) => f.mock.calls.length)).toEqual([1, 1]);
	});

	it('opens the list when the visitor asked to review, the results still offered', async () => {
		await setup({ canFinish: true, startOpen: true });
		const toggle = page.getByRole('button', { name: 'Check my 3 answers' });
		await expect.element(toggle).toHaveAttribute('aria-expanded', 'true');
		expect(page.getByRole('listitem').elements()).toHaveLength(3);
		await expect.element(page.getByRole('button', { name: 'See my results' })).toBeVisible();
	});

	it('mid-quiz: the list with no toggle and no results, and a way back to the quiz', async () => {
		const { onresume } = await setup({ canFinish: false, startOpen: true });
		expect(page.getByRole('listitem').elements()).toHaveLength(3);
		await expect.element(page.getByRole('button', { name: /Check my/ })).not.toBeInTheDocument();
		await expect
			.element(page.getByRole('button', { name: 'See my results' }))
			.not.toBeInTheDocument();
		await page.getByRole('button', { name: 'Back to the quiz' }).click();
		expect(onresume).toHaveBeenCalledOnce();
	});

	it('says so when nothing is answered yet', async () => {
		await setup({ canFinish: false, startOpen: true, items: [] });
		await expect.element(page.getByText('You have not answered any question yet.')).toBeVisible();
	});
});
