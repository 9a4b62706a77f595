import type { Locale } from '$lib/i18n/locales';

declare global {
	namespace App {
		interface Locals {
			/** The language of this response: the path's, or else the visitor's preference. */
			locale: Locale;
		}
		interface Error {
			message: string;
			/** Pages a 404 can point to instead (e.g. the roles closest to an unknown role id). */
			suggestions?: { href: import('$app/types').ResolvedPathname; title: string }[];
			/** The localized heading of those suggestions. */
			suggestionsLabel?: string;
			/** Why a results link cannot be read (its page explains it in the visitor's language). */
			invalidCode?: 'malformed' | 'outdated' | 'tampered';
		}
	}
}

export {};
