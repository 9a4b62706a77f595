/** Text helpers shared by the explorer's pure functions (browser-safe: no imports). */

/** Lower case, without accents, with one kind of apostrophe and single spaces: for matching only. */
export function normalize(value: string): string {
	return value
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[’‘`´]/g, "'")
		.replace(/\s+/g, ' ')
		.trim();
}

/** The first sentence of a text, for one-line summaries. */
export function firstSentence(value: string): string {
	const match = /^(.+?[.!?])(\s|$)/s.exec(value.trim());
	return (match?.[1] ?? value).trim();
}
