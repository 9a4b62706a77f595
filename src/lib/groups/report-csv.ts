/** A group's report as CSV rows: one row per figure, with the section it belongs to. */
import type { GroupReport } from './report';

export type ReportLabels = {
	header: [string, string, string, string];
	sections: Record<
		| 'participants'
		| 'topRoles'
		| 'inTopThree'
		| 'startNow'
		| 'traits'
		| 'awards'
		| 'target'
		| 'stages',
		string
	>;
	fit: Record<'strong' | 'medium' | 'weak', string>;
	name: (id: string) => string;
};

export function reportRows(report: GroupReport, labels: ReportLabels): (string | number)[][] {
	const { sections: s, name } = labels;
	const rows: (string | number)[][] = [
		labels.header,
		[s.participants, '', report.participants, '']
	];
	const tallies = ['topRoles', 'inTopThree', 'startNow', 'awards', 'stages'] as const;
	for (const section of tallies)
		for (const { id, count } of report[section]) rows.push([s[section], name(id), count, '']);
	for (const t of report.traits) rows.push([s.traits, name(t.id), t.mean, t.spread]);
	if (report.target)
		for (const band of ['strong', 'medium', 'weak'] as const)
			rows.push([s.target, labels.fit[band], report.target[band], '']);
	return rows;
}
