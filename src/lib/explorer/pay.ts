/**
 * Pay as role pages and cards show it: for each country, the public figures that apply (each with
 * what it measures, its source and its year) and what decides pay there. Pure view models.
 */
import type { Locale } from '../i18n/locales';
import type { PayFigure, PayProfile, Role, Source } from '../content/schema';

export const COUNTRIES = ['be', 'fr'] as const;
export type Country = (typeof COUNTRIES)[number];

export type SourceView = {
	id: string;
	title: string;
	publisher: string;
	year: number;
	url: string | null;
};

export type FigureView = {
	id: string;
	stage: PayFigure['stage'];
	min: number;
	max: number | null;
	measure: PayFigure['measure'];
	basis: string;
	year: number;
	source: SourceView;
};

export type CountryPayView = { country: Country; figures: FigureView[]; decides: string };

export type PayContent = {
	figures: readonly PayFigure[];
	profiles: readonly PayProfile[];
	sources: readonly Source[];
};

export const sourceView = (s: Source, locale: Locale): SourceView => ({
	id: s.id,
	title: s.title[locale],
	publisher: typeof s.publisher === 'string' ? s.publisher : s.publisher[locale],
	year: s.year,
	url: s.url ?? null
});

/** Belgium first for Dutch, France first for French; English readers get Belgium first too. */
export const countryOrder = (locale: Locale): Country[] =>
	locale === 'fr' ? ['fr', 'be'] : ['be', 'fr'];

/** A role's pay in both countries, in the locale's order. Throws on ids the validation let through. */
export function rolePay(
	role: Pick<Role, 'pay'>,
	data: PayContent,
	locale: Locale
): CountryPayView[] {
	const profile = data.profiles.find((p) => p.id === role.pay);
	if (!profile) throw new Error(`unknown pay profile "${role.pay}"`);
	const figures = new Map(data.figures.map((f) => [f.id, f]));
	const sources = new Map(data.sources.map((s) => [s.id, s]));
	return countryOrder(locale).map((country) => ({
		country,
		decides: profile[country].decides[locale],
		figures: profile[country].figures.map((id) => {
			const f = figures.get(id)!;
			return {
				id: f.id,
				stage: f.stage,
				min: f.min,
				max: f.max ?? null,
				measure: f.measure,
				basis: f.basis[locale],
				year: f.year,
				source: sourceView(sources.get(f.source)!, locale)
			};
		})
	}));
}

/** For a card: the starting figure of each country, or null where there is none. */
export type PayHint = { country: Country; figure: FigureView | null };

export const payHints = (pay: readonly CountryPayView[]): PayHint[] =>
	pay.map((p) => ({
		country: p.country,
		figure: p.figures.find((f) => f.stage === 'start') ?? null
	}));

/** An amount in euros the locale's way, to the cent as the source gives it. */
export const formatEuros = (amount: number, locale: Locale): string =>
	new Intl.NumberFormat(locale === 'en' ? 'en-IE' : `${locale}-BE`, {
		style: 'currency',
		currency: 'EUR',
		minimumFractionDigits: 2,
		maximumFractionDigits: 2
	}).format(amount);
