/**
 * French typography, applied to every French text before it is shown: a narrow no-break space
 * (U+202F) before ; ! ? and », a no-break space (U+00A0) before : and after «. The spaces are
 * no-break so a line never starts with a punctuation mark. Pure: used by the content catalogue
 * and the translation resources.
 */
export const NNBSP = '\u202F';
export const NBSP = '\u00A0';

/** One text with French spacing around punctuation; URLs, times (20:00) and i18next tags are left alone. */
export function frenchSpacing(text: string): string {
	return (
		text
			// Any space already there becomes the right no-break one.
			.replace(/[ \u00A0\u202F]+([;!?»])/g, `${NNBSP}$1`)
			.replace(/[ \u00A0\u202F]+:/g, `${NBSP}:`)
			.replace(/«[ \u00A0\u202F]*/g, `«${NBSP}`)
			// A missing space is added, but only where a word ends: "prêt?" but not "?q=" or "https:".
			.replace(/([\p{L}\p{N})…])([;!?])(?=\s|$|[»)])/gu, `$1${NNBSP}$2`)
			.replace(/([\p{L}\p{N})…])(:)(?=\s|$)/gu, `$1${NBSP}$2`)
			.replace(/([^\s\u00A0\u202F])»/g, `$1${NNBSP}»`)
	);
}

/** Where a French text breaks the rule, for the checks: the offending snippet, or null. */
export function frenchSpacingProblem(text: string): string | null {
	const match =
		/[ \u00A0][;!?»]|[ \u202F]:|«[ \u202F]|«[^\u00A0]|[\p{L}\p{N}][;!?»](?=\s|$)|[\p{L}\p{N}]:(?=\s|$)/u.exec(
			text
		);
	return match ? text.slice(Math.max(0, match.index - 15), match.index + 15) : null;
}

/** Applies French spacing to every string in a value (objects and arrays walked deeply). */
export function frenchSpacingDeep<T>(value: T): T {
	if (typeof value === 'string') return frenchSpacing(value) as T;
	if (Array.isArray(value)) return value.map(frenchSpacingDeep) as T;
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value).map(([k, v]) => [k, frenchSpacingDeep(v)])
		) as T;
	return value;
}

/** A text in each locale (`{ fr, nl, en }`), whose French side gets the typography. */
const isLocalized = (value: object): value is Record<'fr' | 'nl' | 'en', unknown> =>
	'fr' in value && 'nl' in value && 'en' in value;

/** Applies French spacing to the French side of content: the `fr` of every `{ fr, nl, en }`. */
export function frenchSpacingInContent<T>(value: T): T {
	if (Array.isArray(value)) return value.map(frenchSpacingInContent) as T;
	if (value && typeof value === 'object') {
		if (isLocalized(value)) return { ...value, fr: frenchSpacingDeep(value.fr) } as T;
		return Object.fromEntries(
			Object.entries(value).map(([k, v]) => [k, frenchSpacingInContent(v)])
		) as T;
	}
	return value;
}
