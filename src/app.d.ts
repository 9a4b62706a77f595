import type { Locale } from '$lib/i18n/locales';

declare global {
	namespace App {
		interface Locals {
			/** The language of this response: the path's, or else the visitor's preference. */
			locale: Locale;
		}
	}
}

export {};
