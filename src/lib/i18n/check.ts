/**
 * The translation check: every key in every locale, none empty, the same {{variables}} everywhere,
 * and for plural keys (i18next suffixes `_one`, `_other`, …) every form the language needs.
 */
import { LOCALES } from './locales';

type Tree = { [key: string]: string | Tree };
export type Translations = Record<string, Record<string, Tree>>; // locale → namespace → tree

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
	const out = new Map<string, string>();
	for (const [key, value] of Object.entries(tree)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (typeof value === 'string') out.set(path, value);
		else for (const [k, v] of flatten(value, path)) out.set(k, v);
	}
	return out;
}

/** The {{variables}} a set of texts uses (for plural keys: all forms together, since "one" may omit the count). */
const variables = (texts: string[]) =>
	[...new Set(texts.flatMap((t) => [...t.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1])))]
		.sort()
		.join(',');

export function checkTranslations(
	all: Translations,
	locales: readonly string[] = LOCALES
): string[] {
	const problems: string[] = [];
	const namespaces = new Set(locales.flatMap((l) => Object.keys(all[l] ?? {})));
	for (const ns of [...namespaces].sort()) {
		const flat = new Map(locales.map((l) => [l, flatten(all[l]?.[ns] ?? {})]));
		// Plural keys are compared by their base; each locale must have its own language's forms.
		const base = (key: string) => key.replace(PLURAL, '');
		const keys = new Set([...flat.values()].flatMap((m) => [...m.keys()].map(base)));
		for (const key of [...keys].sort()) {
			const where = `${ns}:${key}`;
			let reference: string | null = null;
			for (const locale of locales) {
				const entries = flat.get(locale)!;
				const forms = [...entries.keys()].filter((k) => k !== key && base(k) === key);
				const texts = entries.has(key) ? [entries.get(key)!] : forms.map((k) => entries.get(k)!);
				if (!texts.length) {
					problems.push(`${locale}: missing ${where}`);
					continue;
				}
				if (texts.some((t) => !t.trim())) problems.push(`${locale}: empty ${where}`);
				if (forms.length) {
					const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
					for (const category of needed)
						if (!entries.has(`${key}_${category}`))
							problems.push(`${locale}: ${where} lacks the plural form _${category}`);
				}
				const vars = variables(texts);
				if (reference === null) reference = vars;
				else if (vars !== reference)
					problems.push(
						`${locale}: ${where} uses variables {${vars}} but ${locales[0]} uses {${reference}}`
					);
			}
		}
	}
	return problems;
}
