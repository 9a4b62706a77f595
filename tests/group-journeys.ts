/** What the group journeys share: the groups' and quiz's texts, creating a group, taking the quiz. */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, hydrated, LOCALES } from './fixtures';
import fr from '../src/lib/i18n/fr/groups.json' with { type: 'json' };
import nl from '../src/lib/i18n/nl/groups.json' with { type: 'json' };
import en from '../src/lib/i18n/en/groups.json' with { type: 'json' };
import quizFr from '../src/lib/i18n/fr/quiz.json' with { type: 'json' };
import quizNl from '../src/lib/i18n/nl/quiz.json' with { type: 'json' };
import quizEn from '../src/lib/i18n/en/quiz.json' with { type: 'json' };

export type Locale = (typeof LOCALES)[number];
export const G = { fr, nl, en } as const;
export const Q = { fr: quizFr, nl: quizNl, en: quizEn } as const;
export const fill = (text: string, values: Record<string, string | number>) =>
	text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k]));

export type Created = { organizerLink: string; joinCode: string; joinLink: string };

export async function createGroup(page: Page, locale: Locale, name: string): Promise<Created> {
	await page.goto(`/${locale}/groups/new`);
	await expectNoAxeViolations(page);
	await page.getByLabel(G[locale].new.name).fill(name);
	await page.getByRole('button', { name: G[locale].new.submit }).click();
	await expect(page.getByRole('heading', { level: 1, name: G[locale].new.created })).toBeVisible();
	await expect(page.getByText(G[locale].new.keep)).toBeVisible();
	await expectNoAxeViolations(page);
	return {
		organizerLink: await page
			.getByRole('textbox', { name: G[locale].new.organizerLink })
			.inputValue(),
		joinCode: (await page.locator('[data-join-code]').textContent())!.trim(),
		joinLink: await page.getByRole('textbox', { name: G[locale].new.joinLink }).inputValue()
	};
}

/** Takes the quiz from its intro to the results, choosing options in turn from `pick`. */
export async function takeQuiz(page: Page, locale: Locale, pick: number) {
	await hydrated(page);
	await page.getByRole('button', { name: Q[locale].intro.start }).click();
	const review = page.getByRole('heading', { name: Q[locale].review.title });
	for (let i = 0; i < 30 && !(await review.isVisible()); i++) {
		const heading = page.getByRole('heading', { level: 2, name: /\d+$/ });
		const before = await heading.textContent();
		const radios = page.getByRole('radio');
		await radios.nth((pick + i) % (await radios.count())).check();
		await page.getByRole('button', { name: Q[locale].question.next }).click();
		await expect(heading.or(review)).not.toHaveText(before!);
	}
	await page.getByRole('button', { name: Q[locale].review.finish }).click();
}
