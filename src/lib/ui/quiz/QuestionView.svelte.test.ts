import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import QuestionView from './QuestionView.svelte';
import { testContext } from '../test/i18n';

async function setup(overrides: Partial<Parameters<typeof render<typeof QuestionView>>[1]> = {}) {
	const handlers = { onanswer: vi.fn(), onskip: vi.fn(), onback: vi.fn(), onreview: vi.fn() };
	await render(QuestionView, {
		props: {
			questionId: 'sit-angry-caller',
			number: 3,
			kind: 'situational',
			prompt: 'A customer calls, furious. What do you do first?',
			options: ['Listen and calm them', 'Check the order data', 'Offer a discount'],
			answered: null,
			canGoBack: true,
			...handlers,
			...(overrides as object)
		},
		context: testContext('en')
	});
	return handlers;
}

describe('QuestionView', () => {
	it('shows the question as a radio group and moves focus to its heading', async () => {
		await setup();
		await expect.element(page.getByRole('heading', { name: 'Question 3' })).toHaveFocus();
		const group = page.getByRole('group', { name: /furious/ });
		await expect.element(group).toBeVisible();
		expect(page.getByRole('radio').elements()).toHaveLength(3);
	});

	it('answers only once an option is chosen', async () => {
		const { onanswer } = await setup();
		const next = page.getByRole('button', { name: 'Next' });
		await expect.element(next).toBeDisabled();
		await page.getByRole('radio', { name: 'Check the order data' }).click();
		await expect.element(next).toBeEnabled();
		await next.click();
		expect(onanswer).toHaveBeenCalledWith(1);
	});

	it('works with the keyboard: arrows choose, Enter answers', async () => {
		const { onanswer } = await setup();
		await page.getByRole('radio', { name: 'Listen and calm them' }).click();
		await userEvent.keyboard('{ArrowDown}{ArrowDown}');
		await expect.element(page.getByRole('radio', { name: 'Offer a discount' })).toBeChecked();
		await userEvent.keyboard('{Enter}');
		expect(onanswer).toHaveBeenCalledWith(2);
	});

	it('shows a previous answer and offers skip, back and review', async () => {
		const { onskip, onback, onreview } = await setup({ answered: 0 });
		await expect.element(page.getByRole('radio', { name: 'Listen and calm them' })).toBeChecked();
		await page.getByRole('button', { name: 'No preference' }).click();
		await page.getByRole('button', { name: 'Back' }).click();
		await page.getByRole('button', { name: 'Review my answers' }).click();
		expect([onskip, onback, onreview].map((f) => f.mock.calls.length)).toEqual([1, 1, 1]);
	});

	it('shows each revisited question with its own answer, and a new one with none', async () => {
		// Back twice: the view stays on screen and only its question and answer change.
		const { rerender } = await render(QuestionView, {
			props: {
				questionId: 'sit-third',
				number: 3,
				kind: 'situational',
				prompt: 'Third question',
				options: ['A', 'B', 'C', 'D'],
				answered: 3,
				canGoBack: true,
				onanswer: vi.fn(),
				onskip: vi.fn(),
				onback: vi.fn(),
				onreview: vi.fn()
			},
			context: testContext('en')
		});
		const checked = () =>
			page
				.getByRole('radio')
				.elements()
				.map((r) => (r as HTMLInputElement).checked);
		await expect.element(page.getByRole('radio', { name: 'D' })).toBeChecked();
		await rerender({ questionId: 'sit-second', number: 2, prompt: 'Second question', answered: 1 });
		await expect.element(page.getByRole('radio', { name: 'B' })).toBeChecked();
		expect(checked()).toEqual([false, true, false, false]);
		await expect.element(page.getByRole('button', { name: 'Next' })).toBeEnabled();
		await rerender({
			questionId: 'sit-fifth',
			number: 5,
			prompt: 'Fifth question',
			answered: null
		});
		await expect.element(page.getByRole('heading', { name: 'Question 5' })).toBeVisible();
		expect(checked()).toEqual([false, false, false, false]);
		await expect.element(page.getByRole('button', { name: 'Next' })).toBeDisabled();
	});

	it('asks "which would you rather do" for a pair, in the page language', async () => {
		await render(QuestionView, {
			props: {
				questionId: 'pair-phone-or-chat',
				number: 1,
				kind: 'pair',
				prompt: null,
				options: ['Analyse the figures', 'Coach a colleague'],
				answered: null,
				canGoBack: false,
				onanswer: () => {},
				onskip: () => {},
				onback: () => {},
				onreview: () => {}
			},
			context: testContext('nl')
		});
		await expect.element(page.getByRole('group', { name: 'Wat doe je liever?' })).toBeVisible();
		await expect.element(page.getByRole('button', { name: 'Vorige' })).not.toBeInTheDocument();
	});
});
