import 'i18next';
import type about from './en/about.json';
import type campaigns from './en/campaigns.json';
import type common from './en/common.json';
import type groups from './en/groups.json';
import type home from './en/home.json';
import type pages from './en/pages.json';
import type quiz from './en/quiz.json';
import type recruiters from './en/recruiters.json';
import type roles from './en/roles.json';

declare module 'i18next' {
	interface CustomTypeOptions {
		defaultNS: 'common';
		resources: {
			common: typeof common;
			home: typeof home;
			pages: typeof pages;
			about: typeof about;
			quiz: typeof quiz;
			roles: typeof roles;
			recruiters: typeof recruiters;
			groups: typeof groups;
			campaigns: typeof campaigns;
		};
	}
}
