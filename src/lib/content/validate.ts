/**
 * Validates raw content files and checks the links between them. Every problem is reported with the
 * file, the entry and the field, so an editor can fix the data without reading code.
 */
import * as v from 'valibot';
import { Question, Role, Trait, TRAIT_IDS } from './schema';

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

export type Content = { traits: Trait[]; roles: Role[]; questions: Question[] };

/** Parses every file and cross-checks ids; throws one ContentError listing every problem. */
export function validateContent(input: {
	traits: ContentFile[];
	roles: ContentFile[];
	questions: ContentFile[];
}): Content {
	const problems: string[] = [];
	const traits = eachEntry(Trait, input.traits, problems, false).map((e) => e.value);
	const roleEntries = eachEntry(Role, input.roles, problems, true);
	const roles = roleEntries.map((e) => e.value);
	const questions = eachEntry(Question, input.questions, problems, false).map((e) => e.value);

	for (const id of duplicates(traits.map((t) => t.id)))
		problems.push(`traits: "${id}" is defined twice`);
	for (const id of TRAIT_IDS)
		if (!traits.some((t) => t.id === id)) problems.push(`traits: trait "${id}" has no entry`);
	for (const id of duplicates(roles.map((r) => r.id)))
		problems.push(`roles: "${id}" is defined twice`);
	for (const id of duplicates(questions.map((q) => q.id)))
		problems.push(`questions: "${id}" is defined twice`);

	const roleIds = new Set(roles.map((r) => r.id));
	for (const { file, value: role } of roleEntries) {
		for (const field of ['next', 'previous'] as const)
			for (const id of role[field])
				if (!roleIds.has(id))
					problems.push(`${file}: entry "${role.id}": field "${field}": unknown role "${id}"`);
	}
	if (problems.length) throw new ContentError(problems);
	return { traits, roles, questions };
}
