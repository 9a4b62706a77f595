/**
 * The browser's side of the texts: strings the server already resolved with i18next (see
 * `src/lib/server/messages.ts`, `clientTexts`). Filling `{{placeholders}}` and picking one of the
 * precomputed plural forms is all that is left, so i18next itself never ships to the browser.
 */
import type { Translate } from './context';

/** Plural forms by the locale's categories (`one`, `other`, …), as `Intl.PluralRules` names them. */
export type PluralText = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
/** Full i18next keys (`quiz:intro.title`, bare for `common`) → resolved text. */
export type Texts = Record<string, string | PluralText>;

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

/** Fills `{{name}}` with values[name]; a missing value leaves the text as it is. */
export function fill(text: string, values: Record<string, unknown> = {}): string {
	return text.replace(PLACEHOLDER, (whole, name: string) =>
		name in values ? String(values[name]) : whole
	);
}

/**
 * A translate function over resolved texts, with the same keys and call shape as i18next's, so
 * components render the same way on the server (i18next) and in an island (this). An unknown key
 * gives the key back, as i18next does.
 */
export function textsTranslator(locale: string, texts: Texts): Translate {
	const plural = new Intl.PluralRules(locale);
	const translate = (key: string, values?: Record<string, unknown>): string => {
		const entry = texts[key];
		if (entry === undefined) return key;
		const text =
			typeof entry === 'string'
				? entry
				: (entry[plural.select(Number(values?.count ?? 0))] ?? entry.other);
		return fill(text, values);
	};
	return translate as unknown as Translate;
}
