/**
 * Calibrates the response model on the persona panel and writes the levels to
 * src/lib/content/data/calibration.json (see src/lib/evaluation/calibrate.ts). Run it after changing
 * items, loads, profiles, tuning or the panel; a test fails while the file is out of date.
 *
 * Usage: npm run fit:levels
 */
import { writeFileSync } from 'node:fs';
import type { Content } from '../src/lib/content/validate.ts';
import type * as Bank from '../src/lib/bank/bank.ts';
import type * as Calibrate from '../src/lib/evaluation/calibrate.ts';
import type { Persona } from '../src/lib/evaluation/panel.ts';
import { importCore } from './core.ts';

const { content } = await importCore<{ content: Content }>('src/lib/content/catalogue.ts');
const { toQuizBank } = await importCore<typeof Bank>('src/lib/bank/bank.ts');
const { fitLevels } = await importCore<typeof Calibrate>('src/lib/evaluation/calibrate.ts');
const { default: panel } = await importCore<{ default: Persona[] }>(
	'src/lib/evaluation/panel.json'
);

const calibration = fitLevels(toQuizBank(content), content, panel);
const file = new URL('../src/lib/content/data/calibration.json', import.meta.url);
// Answer counts stay one short line per item.
const text = JSON.stringify(calibration, null, '\t').replace(
	/\[\s+([\d,\s]+?)\s+\]/g,
	(_, counts: string) => `[${counts.split(/,\s*/).join(', ')}]`
);
writeFileSync(file, `${text}\n`);
console.log(
	`fit:levels: ${Object.keys(calibration.levels).length} roles from ${calibration.people} personas → ${file.pathname.replace(/.*\/src\//, 'src/')}`
);
