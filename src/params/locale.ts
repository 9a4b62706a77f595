import { isLocale } from '$lib/i18n/locales';
import type { ParamMatcher } from '@sveltejs/kit';

export const match = ((param: string) => isLocale(param)) satisfies ParamMatcher;
