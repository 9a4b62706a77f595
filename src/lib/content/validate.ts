/**
 * Validates raw content files and checks the links between them. Every problem is reported with the
 * file, the entry and the field, so an editor can fix the data without reading code.
 */
import * as v from 'valibot';
import {
	Calibration,
	PayData,
	Question,
	Role,
	Source,
	Trait,
	TRAIT_IDS,
	type PayFigure,
	type PayProfile,
	type Profile
} from './schema';

export type ContentFile = { file: string; data: unknown };

export class ContentError extends Error {
	constructor(public readonly problems: string[]) {
		super(`Invalid content:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'ContentError';
	}
}

function entryName(data: unknown, index: number | null): string {
	const id =
		data && typeof data === 'object' && 'id' in data && typeof data.id === 'string'
			? data.id
			: null;
	if (id) return `entry "${id}"`;
	return index === null ? 'the entry' : `entry #${index + 1}`;
}

function check<S extends v.GenericSchema>(
	schema: S,
	file: string,
	data: unknown,
	index: number | null,
	problems: string[]
): v.InferOutput<S> | null {
	const result = v.safeParse(schema, data);
	if (result.success) return result.output;
	for (const issue of result.issues) {
		const field = v.getDotPath(issue) ?? '(root)';
		problems.push(`${file}: ${entryName(data, index)}: field "${field}": ${issue.message}`);
	}
	return null;
}

function eachEntry<S extends v.GenericSchema>(
	schema: S,
	files: ContentFile[],
	problems: string[],
	single: boolean
): { file: string; value: v.InferOutput<S> }[] {
	const out: { file: string; value: v.InferOutput<S> }[] = [];
	for (const { file, data } of files) {
		if (single) {
			const parsed = check(schema, file, data, null, problems);
			if (parsed) out.push({ file, value: parsed });
			continue;
		}
		if (!Array.isArray(data)) {
			problems.push(`${file}: must hold a list of entries`);
			continue;
		}
		data.forEach((entry, i) => {
			const parsed = check(schema, file, entry, i, problems);
			if (parsed) out.push({ file, value: parsed });
		});
	}
	return out;
}

function duplicates(ids: string[]): string[] {
	return ids.filter((id, i) => ids.indexOf(id) !== i);
}

export type Content = {
	traits: Trait[];
	roles: Role[];
	questions: Question[];
	sources: Source[];
	pay: { figures: PayFigure[]; profiles: PayProfile[] };
	/** Per role, the levels people who fit it answer at (see Calibration); none without the file. */
	answering: Record<string, Profile>;
	/** Per role, per item, how many of its panel personas gave each answer (see Calibration); none without the file. */
	answered: Calibration['answered'];
};

/** Parses every file and cross-checks ids; throws one ContentError listing every problem. */
export function validateContent(input: {
	traits: ContentFile[];
	roles: ContentFile[];
	questions: ContentFile[];
	sources: ContentFile[];
	pay: ContentFile[];
	calibration?: ContentFile[];
}): Content {
	const problems: string[] = [];
	const traits = eachEntry(Trait, input.traits, problems, false).map((e) => e.value);
	const roleEntries = eachEntry(Role, input.roles, problems, true);
	const roles = roleEntries.map((e) => e.value);
	const questions = eachEntry(Question, input.questions, problems, false).map((e) => e.value);
	const sources = eachEntry(Source, input.sources, problems, false).map((e) => e.value);
	const payFiles = eachEntry(PayData, input.pay, problems, true).map((e) => e.value);
	const pay = {
		figures: payFiles.flatMap((p) => p.figures),
		profiles: payFiles.flatMap((p) => p.profiles)
	};
	const calibrations = eachEntry(Calibration, input.calibration ?? [], problems, true);

	for (const id of duplicates(traits.map((t) => t.id)))
		problems.push(`traits: "${id}" is defined twice`);
	for (const id of TRAIT_IDS)
		if (!traits.some((t) => t.id === id)) problems.push(`traits: trait "${id}" has no entry`);
	for (const id of duplicates(roles.map((r) => r.id)))
		problems.push(`roles: "${id}" is defined twice`);
	for (const id of duplicates(questions.map((q) => q.id)))
		problems.push(`questions: "${id}" is defined twice`);

	for (const id of duplicates(sources.map((s) => s.id)))
		problems.push(`sources: "${id}" is defined twice`);
	for (const id of duplicates(pay.figures.map((f) => f.id)))
		problems.push(`pay: figure "${id}" is defined twice`);
	for (const id of duplicates(pay.profiles.map((p) => p.id)))
		problems.push(`pay: profile "${id}" is defined twice`);

	const sourceIds = new Set(sources.map((s) => s.id));
	const figures = new Map(pay.figures.map((f) => [f.id, f]));
	for (const f of pay.figures)
		if (!sourceIds.has(f.source))
			problems.push(`pay: figure "${f.id}": field "source": unknown source "${f.source}"`);
	for (const p of pay.profiles)
		for (const country of ['be', 'fr'] as const)
			for (const id of p[country].figures) {
				const figure = figures.get(id);
				if (!figure)
					problems.push(
						`pay: profile "${p.id}": field "${country}.figures": unknown figure "${id}"`
					);
				else if (figure.country !== country)
					problems.push(
						`pay: profile "${p.id}": field "${country}.figures": figure "${id}" is for ${figure.country}`
					);
			}

	const roleIds = new Set(roles.map((r) => r.id));
	const profileIds = new Set(pay.profiles.map((p) => p.id));
	const leadsTo = new Map(roles.map((r) => [r.id, new Set(r.next.map((n) => n.role))]));
	for (const { file, value: role } of roleEntries) {
		const where = `${file}: entry "${role.id}"`;
		for (const { role: id } of role.next) {
			if (!roleIds.has(id)) problems.push(`${where}: field "next": unknown role "${id}"`);
			if (id === role.id) problems.push(`${where}: field "next": a role cannot lead to itself`);
		}
		for (const id of role.entry.experience?.roles ?? []) {
			if (!roleIds.has(id))
				problems.push(`${where}: field "entry.experience.roles": unknown role "${id}"`);
			else if (!leadsTo.get(id)!.has(role.id))
				problems.push(
					`${where}: field "entry.experience.roles": "${id}" does not list "${role.id}" in its next steps`
				);
		}
		if (!profileIds.has(role.pay))
			problems.push(`${where}: field "pay": unknown pay profile "${role.pay}"`);
		for (const id of [...role.sources, ...(role.rules ?? []).flatMap((r) => r.sources)])
			if (!sourceIds.has(id)) problems.push(`${where}: unknown source "${id}"`);
	}
	const answering: Record<string, Profile> = {};
	const answered: Calibration['answered'] = {};
	const questionById = new Map(questions.map((q) => [q.id, q]));
	for (const { file, value } of calibrations) {
		for (const id of Object.keys(value.levels))
			if (!roleIds.has(id)) problems.push(`${file}: field "levels": unknown role "${id}"`);
		for (const id of roleIds)
			if (!value.levels[id])
				problems.push(
					`${file}: field "levels": no levels for role "${id}" (run npm run fit:levels)`
				);
		Object.assign(answering, value.levels);
		for (const [roleId, byItem] of Object.entries(value.answered)) {
			if (!roleIds.has(roleId))
				problems.push(`${file}: field "answered": unknown role "${roleId}"`);
			for (const [itemId, counts] of Object.entries(byItem)) {
				const q = questionById.get(itemId);
				const positions = q && (q.kind === 'scale' ? 5 : q.options.length);
				if (!q) problems.push(`${file}: field "answered.${roleId}": unknown item "${itemId}"`);
				else if (counts.length !== positions)
					problems.push(
						`${file}: field "answered.${roleId}.${itemId}": ${counts.length} counts for ${positions} answers (run npm run fit:levels)`
					);
			}
		}
		Object.assign(answered, value.answered);
	}
	if (problems.length) throw new ContentError(problems);
	return { traits, roles, questions, sources, pay, answering, answered };
}
