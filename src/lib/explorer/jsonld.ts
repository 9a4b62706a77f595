/** schema.org structured data for role pages, and a safe way to embed it in HTML. */
import type { Locale } from '../i18n/locales';
import { roleTitle } from '../content/localize';
import type { Role } from '../content/schema';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * JSON for a `<script type="application/ld+json">` block: `<` is escaped so no text in it can close
 * the element, and the two line separators JavaScript once rejected are escaped too.
 */
export function jsonForScript(value: unknown): string {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

const code = (codeValue: string, codeSet: string, url?: string): Json => ({
	'@type': 'CategoryCode',
	codeValue,
	inCodeSet: { '@type': 'CategoryCodeSet', name: codeSet },
	...(url ? { url } : {})
});

export const onetUrl = (code: string) => `https://www.onetonline.org/link/summary/${code}`;
export const romeUrl = (code: string) =>
	`https://candidat.francetravail.fr/metierscope/fiche-metier/${code}`;

/** A schema.org Occupation: name, description, codes, skills, qualifications, responsibilities. */
export function occupationJsonLd(role: Role, locale: Locale, url: string): Json {
	const categories: Json[] = [code(role.codes.isco, 'ISCO-08')];
	if (role.codes.onet)
		categories.push(code(role.codes.onet, 'O*NET-SOC', onetUrl(role.codes.onet)));
	if (role.codes.esco) categories.push(code(role.codes.esco.uri, 'ESCO', role.codes.esco.uri));
	if (role.codes.rome) categories.push(code(role.codes.rome, 'ROME', romeUrl(role.codes.rome)));
	const alternateNames =
		locale === 'fr'
			? [role.title.fr.m, role.title.fr.f, ...role.synonyms.fr]
			: role.synonyms[locale];
	return {
		'@context': 'https://schema.org',
		'@type': 'Occupation',
		name: roleTitle(role, locale),
		alternateName: [...new Set(alternateNames)],
		description: role.summary[locale],
		url,
		occupationalCategory: categories,
		skills: role.skills[locale],
		qualifications: role.entry.steps[locale],
		responsibilities: role.day[locale],
		occupationLocation: [
			{ '@type': 'Country', name: 'Belgium' },
			{ '@type': 'Country', name: 'France' }
		]
	};
}
