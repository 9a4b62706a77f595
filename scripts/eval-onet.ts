/**
 * How closely each role's trait profile follows O*NET: the Spearman rank correlation (average ranks for
 * ties) between the role's final weights and the O*NET-derived trait scores of its occupation, over the
 * traits that have an O*NET proxy. Prints one line per role with an O*NET code, then the mean.
 * Target: mean ≥ 0.6. Roles below 0.3 must explain themselves with an onetFitNote.
 *
 * Run: npm run eval:onet
 */
import { importCore } from './core.ts';
import type * as Catalogue from '../src/lib/content/catalogue.ts';
import type * as Data from '../src/lib/content/onet/data.ts';
import type * as Derive from '../src/lib/content/onet/derive.ts';

const { content } = await importCore<typeof Catalogue>('src/lib/content/catalogue.ts');
const { onet } = await importCore<typeof Data>('src/lib/content/onet/data.ts');
const { onetFit, proxiesFromTraits, TARGET_MEAN_RHO, FIT_NOTE_BELOW } = await importCore<
	typeof Derive
>('src/lib/content/onet/derive.ts');

const proxies = proxiesFromTraits(content.traits);
const rows: { id: string; soc: string; rho: number; adjusted: number; note: boolean }[] = [];
for (const role of content.roles) {
	const fit = onetFit(onet, role, proxies);
	if (!fit || !role.codes.onet) continue;
	rows.push({
		id: role.id,
		soc: role.codes.onet,
		rho: fit.rho,
		adjusted: role.adjustments.filter((a) => fit.traits.includes(a.trait)).length,
		note: !!role.onetFitNote
	});
}

const pad = (s: string, n: number) => s.padEnd(n);
console.log(
	`${pad('role', 26)}${pad('O*NET-SOC', 12)}${pad('rho', 8)}${pad('adjusted', 10)}fit note`
);
for (const r of rows)
	console.log(
		`${pad(r.id, 26)}${pad(r.soc, 12)}${pad(r.rho.toFixed(2), 8)}${pad(`${r.adjusted}/11`, 10)}${r.note ? 'yes' : r.rho < FIT_NOTE_BELOW ? 'MISSING' : ''}`
	);
const mean = rows.reduce((s, r) => s + r.rho, 0) / rows.length;
console.log(
	`\nmean Spearman over ${rows.length} roles: ${mean.toFixed(3)} (target ≥ ${TARGET_MEAN_RHO})`
);
const skipped = content.roles.filter((r) => !rows.some((x) => x.id === r.id)).map((r) => r.id);
if (skipped.length) console.log(`no O*NET comparison: ${skipped.join(', ')}`);
if (mean < TARGET_MEAN_RHO) process.exitCode = 1;
