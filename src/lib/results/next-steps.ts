/**
 * Where to train and where jobs are posted: the public bodies a visitor can turn to, by country, in
 * the order that fits the page's language (a Dutch-speaking visitor is most likely in Flanders or
 * Brussels, a French-speaking one in Wallonia, Brussels or France). Links go to each body's own
 * public home page, which stays valid when their inner pages move.
 */
import type { Locale } from '../i18n/locales';

export type Country = 'be' | 'fr';
/** What a body offers: training, job offers, or a recognised qualification. */
export type BodyKind = 'training' | 'jobs' | 'qualification';
export type PublicBody = {
	id: string;
	/** The body's own name, the same in every language. */
	name: string;
	country: Country;
	kinds: BodyKind[];
	url: string;
};

const BODIES: Record<string, PublicBody> = {
	vdab: {
		id: 'vdab',
		name: 'VDAB',
		country: 'be',
		kinds: ['training', 'jobs'],
		url: 'https://www.vdab.be/'
	},
	forem: {
		id: 'forem',
		name: 'Le Forem',
		country: 'be',
		kinds: ['training', 'jobs'],
		url: 'https://www.leforem.be/'
	},
	actiris: {
		id: 'actiris',
		name: 'Actiris',
		country: 'be',
		kinds: ['jobs'],
		url: 'https://www.actiris.brussels/'
	},
	'bruxelles-formation': {
		id: 'bruxelles-formation',
		name: 'Bruxelles Formation',
		country: 'be',
		kinds: ['training'],
		url: 'https://www.bruxellesformation.brussels/'
	},
	'france-travail': {
		id: 'france-travail',
		name: 'France Travail',
		country: 'fr',
		kinds: ['training', 'jobs'],
		url: 'https://www.francetravail.fr/'
	},
	// The titres professionnels are the Ministry of Labour's qualifications.
	'titre-professionnel': {
		id: 'titre-professionnel',
		name: 'Titre professionnel',
		country: 'fr',
		kinds: ['qualification'],
		url: 'https://travail-emploi.gouv.fr/'
	}
};

/** Countries and their bodies, most likely first for the page's language. */
const BY_LOCALE: Record<Locale, { country: Country; bodies: string[] }[]> = {
	fr: [
		{ country: 'be', bodies: ['forem', 'actiris', 'bruxelles-formation', 'vdab'] },
		{ country: 'fr', bodies: ['france-travail', 'titre-professionnel'] }
	],
	nl: [{ country: 'be', bodies: ['vdab', 'actiris', 'forem', 'bruxelles-formation'] }],
	en: [
		{ country: 'be', bodies: ['vdab', 'forem', 'actiris', 'bruxelles-formation'] },
		{ country: 'fr', bodies: ['france-travail', 'titre-professionnel'] }
	]
};

export type CountrySteps = { country: Country; bodies: PublicBody[] };

export function nextSteps(locale: Locale): CountrySteps[] {
	return BY_LOCALE[locale].map(({ country, bodies }) => ({
		country,
		bodies: bodies.map((id) => BODIES[id]!)
	}));
}
