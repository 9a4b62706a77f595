import 'i18next';
import type common from './en/common.json';
import type home from './en/home.json';
import type pages from './en/pages.json';

declare module 'i18next' {
	interface CustomTypeOptions {
		defaultNS: 'common';
		resources: { common: typeof common; home: typeof home; pages: typeof pages };
	}
}
