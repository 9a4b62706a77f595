/**
 * Derives trait weights from O*NET 29.3. Pure TypeScript: pass the CSV texts in (see ./data.ts for the
 * Vite loader), so this module runs anywhere (app, tests, scripts).
 *
 * The method, in short:
 * 1. Work Styles: O*NET importance ratings (IM, 1–5) are compressed (nearly every occupation scores
 *    3.5–4.8), so what tells occupations apart is the deviation from the mean over all 879 rated
 *    occupations: z = (IM − mean) / sd, with the baseline file.
 * 2. Occupational Interests (OI, 1–7) have no published baseline, so they are scaled by judgement:
 *    z = (OI − 3.5) / 1.5 (3.5 = a middle score; 1.5 puts the usual range on roughly the same −2..+2
 *    footing as the Work Styles). This is a judgement, not a statistic.
 * 3. A trait's O*NET score is the mean z of its proxies (its `onetProxy` in traits.json). If any proxy is
 *    unrated for an occupation, the trait has no score for it (a partial mean would silently change what
 *    the trait measures).
 * 4. The O*NET-derived weight maps the score to 0..1 with a monotone, documented function:
 *    weight = clamp(WEIGHT_CENTER + WEIGHT_SLOPE · z, 0, 1), rounded to 2 decimals.
 */
import type { TraitId } from '../schema';
import { ONET_INTERESTS, ONET_WORK_STYLES, TRAIT_IDS } from '../schema';

export type WorkStyle = (typeof ONET_WORK_STYLES)[number];
export type Interest = (typeof ONET_INTERESTS)[number];
export type Proxy = { workStyles: readonly WorkStyle[]; interests: readonly Interest[] };
export type Proxies = Partial<Record<TraitId, Proxy>>;

/** Weight of an average occupation (z = 0). */
export const WEIGHT_CENTER = 0.3;
/** Weight gained per standard deviation: z = +2 reaches 1, z ≤ −0.86 gives 0. */
export const WEIGHT_SLOPE = 0.35;
/** Scaling of Occupational Interests (judgement, there is no baseline): z = (OI − center) / scale. */
export const INTEREST_CENTER = 3.5;
export const INTEREST_SCALE = 1.5;

/** Parses CSV text (RFC 4180 quoting: "a, b" and "" for a quote) into rows keyed by the header. */
export function parseCsv(text: string): Record<string, string>[] {
	const records: string[][] = [];
	let record: string[] = [];
	let field = '';
	let quoted = false;
	let i = 0;
	const src = text.replace(/^\uFEFF/, '');
	while (i < src.length) {
		const c = src[i];
		if (quoted) {
			if (c === '"') {
				if (src[i + 1] === '"') {
					field += '"';
					i += 2;
					continue;
				}
				quoted = false;
			} else field += c;
			i++;
			continue;
		}
		if (c === '"' && field === '') quoted = true;
		else if (c === ',') {
			record.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && src[i + 1] === '\n') i++;
			record.push(field);
			records.push(record);
			record = [];
			field = '';
		} else field += c;
		i++;
	}
	if (field !== '' || record.length) {
		record.push(field);
		records.push(record);
	}
	const rows = records.filter((r) => !(r.length === 1 && r[0] === ''));
	const [header, ...body] = rows;
	if (!header) return [];
	return body.map((r) => {
		if (r.length !== header.length)
			throw new Error(
				`CSV row has ${r.length} fields, header has ${header.length}: ${r.join(',')}`
			);
		return Object.fromEntries(header.map((h, j) => [h, r[j] ?? '']));
	});
}

export type Baseline = Record<WorkStyle, { mean: number; sd: number }>;

export type Occupation = {
	soc: string;
	title: string;
	jobZone: number;
	interests: Record<Interest, number>;
	/** Importance (1–5) per Work Style; null when the occupation has no Work Styles ratings in 29.3. */
	workStyles: Record<WorkStyle, number> | null;
};

export type OnetTables = { baseline: Baseline; occupations: Map<string, Occupation> };

function num(value: string | undefined, what: string): number {
	const n = Number(value);
	if (value === undefined || value.trim() === '' || !Number.isFinite(n))
		throw new Error(`${what}: not a number: "${value}"`);
	return n;
}

export function parseBaseline(csv: string): Baseline {
	const rows = parseCsv(csv);
	const out: Partial<Baseline> = {};
	for (const ws of ONET_WORK_STYLES) {
		const row = rows.find((r) => r.work_style === ws);
		if (!row) throw new Error(`baseline: no row for Work Style "${ws}"`);
		out[ws] = {
			mean: num(row.mean_importance, `baseline ${ws} mean`),
			sd: num(row.sd_importance, `baseline ${ws} sd`)
		};
	}
	return out as Baseline;
}

export function parseOccupations(csv: string): Map<string, Occupation> {
	const map = new Map<string, Occupation>();
	for (const row of parseCsv(csv)) {
		const soc = row.soc ?? '';
		const interests = Object.fromEntries(
			ONET_INTERESTS.map((i) => [i, num(row[`OI_${i}`], `${soc} OI_${i}`)])
		) as Record<Interest, number>;
		const rated = ONET_WORK_STYLES.every((w) => (row[`IM_${w}`] ?? '').trim() !== '');
		const workStyles = rated
			? (Object.fromEntries(
					ONET_WORK_STYLES.map((w) => [w, num(row[`IM_${w}`], `${soc} IM_${w}`)])
				) as Record<WorkStyle, number>)
			: null;
		map.set(soc, {
			soc,
			title: row.title ?? '',
			jobZone: num(row.job_zone, `${soc} job_zone`),
			interests,
			workStyles
		});
	}
	return map;
}

export function parseOnet(csv: { occupations: string; baseline: string }): OnetTables {
	return { baseline: parseBaseline(csv.baseline), occupations: parseOccupations(csv.occupations) };
}

function occupation(tables: OnetTables, soc: string): Occupation {
	const occ = tables.occupations.get(soc);
	if (!occ) throw new Error(`O*NET occupation ${soc} is not in the data`);
	return occ;
}

/** z = (IM − mean) / sd per Work Style; null if the occupation has no Work Styles ratings. */
export function workStyleZ(tables: OnetTables, soc: string): Record<WorkStyle, number> | null {
	const ws = occupation(tables, soc).workStyles;
	if (!ws) return null;
	return Object.fromEntries(
		ONET_WORK_STYLES.map((w) => [w, (ws[w] - tables.baseline[w].mean) / tables.baseline[w].sd])
	) as Record<WorkStyle, number>;
}

/** Judgement scaling of an Occupational Interest score (1–7) onto a z-like scale. */
export function interestZ(oi: number): number {
	return (oi - INTEREST_CENTER) / INTEREST_SCALE;
}

export function hasProxy(p: Proxy | undefined): p is Proxy {
	return !!p && p.workStyles.length + p.interests.length > 0;
}

/** The proxies of each trait, from the trait entries (traits.json). Traits without proxy are left out. */
export function proxiesFromTraits(traits: readonly { id: TraitId; onetProxy: Proxy }[]): Proxies {
	const out: Proxies = {};
	for (const t of traits) if (hasProxy(t.onetProxy)) out[t.id] = t.onetProxy;
	return out;
}

/**
 * The O*NET score of each trait for an occupation: the mean z of the trait's proxies. Only traits that
 * have a proxy and whose proxies are all rated for this occupation get a score.
 */
export function onetTraitScores(
	tables: OnetTables,
	soc: string,
	proxies: Proxies
): Partial<Record<TraitId, number>> {
	const occ = occupation(tables, soc);
	const wz = workStyleZ(tables, soc);
	const out: Partial<Record<TraitId, number>> = {};
	for (const t of TRAIT_IDS) {
		const p = proxies[t];
		if (!hasProxy(p)) continue;
		if (p.workStyles.length && !wz) continue;
		const zs = [
			...p.workStyles.map((w) => (wz as Record<WorkStyle, number>)[w]),
			...p.interests.map((i) => interestZ(occ.interests[i]))
		];
		out[t] = zs.reduce((a, b) => a + b, 0) / zs.length;
	}
	return out;
}

/** The O*NET-derived weight of a trait score: clamp(0.3 + 0.35·z, 0, 1), rounded to 2 decimals. */
export function onetWeight(z: number): number {
	const w = Math.min(1, Math.max(0, WEIGHT_CENTER + WEIGHT_SLOPE * z));
	return Math.round(w * 100) / 100;
}

/** The O*NET-derived weight of every trait that has a score for this occupation. */
export function onetWeights(
	tables: OnetTables,
	soc: string,
	proxies: Proxies
): Partial<Record<TraitId, number>> {
	const scores = onetTraitScores(tables, soc, proxies);
	return Object.fromEntries(
		Object.entries(scores).map(([t, z]) => [t, onetWeight(z as number)])
	) as Partial<Record<TraitId, number>>;
}

/** Ranks from 1, ties get the average of the ranks they span. */
export function ranks(values: readonly number[]): number[] {
	const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
	const out = new Array<number>(values.length);
	let k = 0;
	while (k < order.length) {
		let end = k;
		while (end + 1 < order.length && order[end + 1]!.v === order[k]!.v) end++;
		const avg = (k + end) / 2 + 1;
		for (let j = k; j <= end; j++) out[order[j]!.i] = avg;
		k = end + 1;
	}
	return out;
}

function pearson(a: readonly number[], b: readonly number[]): number {
	const n = a.length;
	const ma = a.reduce((s, x) => s + x, 0) / n;
	const mb = b.reduce((s, x) => s + x, 0) / n;
	let sab = 0;
	let saa = 0;
	let sbb = 0;
	for (let i = 0; i < n; i++) {
		const da = a[i]! - ma;
		const db = b[i]! - mb;
		sab += da * db;
		saa += da * da;
		sbb += db * db;
	}
	return saa === 0 || sbb === 0 ? NaN : sab / Math.sqrt(saa * sbb);
}

/** Spearman rank correlation: Pearson correlation of the average ranks (handles ties). NaN if constant. */
export function spearman(a: readonly number[], b: readonly number[]): number {
	if (a.length !== b.length) throw new Error('spearman: the two lists differ in length');
	if (a.length < 2) return NaN;
	return pearson(ranks(a), ranks(b));
}

/** Cosine similarity of two vectors. */
export function cosine(a: readonly number[], b: readonly number[]): number {
	let ab = 0;
	let aa = 0;
	let bb = 0;
	a.forEach((x, i) => {
		const y = b[i] ?? 0;
		ab += x * y;
		aa += x * x;
		bb += y * y;
	});
	return aa === 0 || bb === 0 ? 0 : ab / Math.sqrt(aa * bb);
}

/**
 * How well a role's final profile follows O*NET: Spearman correlation between its weights and the
 * O*NET trait scores, over the traits that have a score. Null when the role has no O*NET code or
 * fewer than 3 traits can be compared.
 */
export function onetFit(
	tables: OnetTables,
	role: { codes: { onet: string | null }; profile: Record<TraitId, number> },
	proxies: Proxies
): { rho: number; traits: TraitId[] } | null {
	if (!role.codes.onet) return null;
	const scores = onetTraitScores(tables, role.codes.onet, proxies);
	const traits = TRAIT_IDS.filter((t) => scores[t] !== undefined);
	if (traits.length < 3) return null;
	return {
		rho: spearman(
			traits.map((t) => role.profile[t]),
			traits.map((t) => scores[t] as number)
		),
		traits
	};
}

/**
 * The mean Spearman correlation the catalogue aims for (scripts/eval-onet.ts). O*NET is the prior, but
 * a value that contradicts the role's own description is adjusted (with a reason in every language),
 * and several US occupations fit contact-center work loosely; so the target is a floor against drift,
 * not a goal in itself.
 */
export const TARGET_MEAN_RHO = 0.45;
/** A trait at or below / at or above these levels is a strong claim: it must carry a reason (an adjustment). */
export const EXTREME_LOW = 0.15;
export const EXTREME_HIGH = 0.85;
/** Below this correlation a role must carry an onetFitNote explaining the poor fit. */
export const FIT_NOTE_BELOW = 0.3;
