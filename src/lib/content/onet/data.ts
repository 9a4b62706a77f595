/**
 * The O*NET 29.3 and ESCO tables, loaded through Vite (`?raw`) and parsed with ./derive.ts.
 * Use this from the app, tests and scripts (through scripts/core.ts); derive.ts stays pure.
 */
import occupationsCsv from '../data/onet/onet-29.3-contact-center-occupations.csv?raw';
import baselineCsv from '../data/onet/onet-work-styles-baseline.csv?raw';
import escoCsv from '../data/onet/esco-contact-center-occupations.csv?raw';
import type { TraitId } from '../schema';
import {
	onetTraitScores as scoresFrom,
	onetWeights as weightsFrom,
	parseCsv,
	parseOnet,
	type Proxies
} from './derive';

export const onetCsv = { occupations: occupationsCsv, baseline: baselineCsv };

/** O*NET occupations (by O*NET-SOC code) and the all-occupation Work Styles baseline. */
export const onet = parseOnet(onetCsv);

export type EscoOccupation = {
	uri: string;
	isco: string;
	code: string;
	label: { en: string; fr: string; nl: string };
	altNl: string[];
};

/** ESCO occupations near contact-center work, by concept URI. */
export const esco: Map<string, EscoOccupation> = new Map(
	parseCsv(escoCsv).map((r) => {
		const e: EscoOccupation = {
			uri: r.conceptUri ?? '',
			isco: r.isco_v1_0 ?? '',
			code: r.esco_code_v1_1 ?? '',
			label: { en: r.label_en ?? '', fr: r.label_fr ?? '', nl: r.label_nl ?? '' },
			altNl: (r.alt_nl ?? '')
				.split(';')
				.map((s) => s.trim())
				.filter(Boolean)
		};
		return [e.uri, e];
	})
);

/** O*NET trait scores (mean z of the proxies) for an occupation. */
export function onetTraitScores(soc: string, proxies: Proxies): Partial<Record<TraitId, number>> {
	return scoresFrom(onet, soc, proxies);
}

/** O*NET-derived weights (0..1) for an occupation. */
export function onetWeights(soc: string, proxies: Proxies): Partial<Record<TraitId, number>> {
	return weightsFrom(onet, soc, proxies);
}
