/** Picks a locale's text out of content entries, which hold fr, nl and en side by side. */
import type { Locale } from '../i18n/locales';
import type { Question, Role } from './schema';

type Localized = Record<Locale, string>;

/**
 * Joins a French masculine and feminine title, sharing the words they have in common:
 * "Conseiller clientèle" + "Conseillère clientèle" → "Conseiller / Conseillère clientèle".
 */
export function bothForms(m: string, f: string): string {
	if (m === f) return m;
	const a = m.split(' ');
	const b = f.split(' ');
	let start = 0;
	while (start < Math.min(a.length, b.length) - 1 && a[start] === b[start]) start++;
	let end = 0;
	while (end < Math.min(a.length, b.length) - start - 1 && a.at(-1 - end) === b.at(-1 - end)) end++;
	const head = a.slice(0, start);
	const tail = end ? a.slice(-end) : [];
	const middle = `${a.slice(start, a.length - end).join(' ')} / ${b.slice(start, b.length - end).join(' ')}`;
	return [...head, middle, ...tail].join(' ');
}

/** A role's title as shown in the locale: French gives both forms. */
export function roleTitle(role: Pick<Role, 'title'>, locale: Locale): string {
	return locale === 'fr' ? bothForms(role.title.fr.m, role.title.fr.f) : role.title[locale];
}

/**
 * An ESCO occupation label in the locale. French labels hold both forms ("agent …/agente …"),
 * joined here the way job titles are.
 */
export function escoLabel(label: Localized, locale: Locale): string {
	if (locale !== 'fr') return label[locale];
	const [m, f] = label.fr.split('/');
	return f ? bothForms(m!.trim(), f.trim()) : label.fr;
}

/** The texts of a question in one locale; pairs have no prompt (the page asks which one you prefer). */
export type QuestionText = { prompt: string | null; options: string[] };

export function questionTexts(questions: Question[], locale: Locale): Record<string, QuestionText> {
	return Object.fromEntries(
		questions.map((q) => [
			q.id,
			{
				prompt: q.kind === 'pair' ? null : q.prompt[locale],
				options: q.kind === 'scale' ? [] : q.options.map((o) => o.text[locale])
			}
		])
	);
}
