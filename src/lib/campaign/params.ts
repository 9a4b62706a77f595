/**
 * Campaign parameters: what a recruiter's link may add to a role page or to the quiz. The one
 * parser for them, used by the link builder (to report what it rejects), by the pages a candidate
 * lands on, and on every read back from storage. Pure: no browser or Svelte imports.
 *
 * - `role`: a known role id, nothing else.
 * - `company`, `campaign`: plain text, trimmed, whitespace collapsed, control, format (bidi
 *   overrides, zero-width) and private-use characters removed, at most 60 characters.
 * - `apply`: an https URL on a real host name: no credentials, no IP address, normalised.
 *
 * The locale is never a parameter: it comes from the path. Values are rendered as text only.
 */
import * as v from 'valibot';

export const CAMPAIGN_FIELDS = ['role', 'company', 'campaign', 'apply'] as const;
export type CampaignField = (typeof CAMPAIGN_FIELDS)[number];

/** The longest company name or campaign label, in UTF-16 code units (what `.length` counts). */
export const MAX_TEXT = 60;
/** The longest application URL, before and after normalisation. */
export const MAX_URL = 2000;
/** Longer input is cut before any work, so hostile input costs little. */
const MAX_INPUT = 4000;

export type Campaign = {
	role?: string;
	company?: string;
	campaign?: string;
	/** A normalised https URL. */
	apply?: string;
};

export type RejectReason =
	// role
	| 'unknownRole'
	// texts: the value is kept, changed (cleaned, truncated) or dropped (empty)
	| 'cleaned'
	| 'truncated'
	| 'empty'
	// apply
	| 'invalidUrl'
	| 'notHttps'
	| 'credentials'
	| 'ipAddress'
	| 'hostname'
	| 'tooLong'
	// any field
	| 'notText';

export type Rejection = { field: CampaignField; reason: RejectReason };
export type ParsedCampaign = { values: Campaign; rejected: Rejection[] };

/** Characters removed from texts: controls, format characters (bidi, zero-width, tags), lone
 * surrogates, private use, and the invisible Hangul fillers used to fake blank names. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\u115F\u1160\u3164\uFFA0]/gu;
/** Anything in a URL that a person would not see or that browsers silently drop. */
const URL_FORBIDDEN = /[\s\p{Cc}\p{Cf}\p{Cs}\p{Co}]/u;

type CleanText = { value: string; cleaned: boolean; truncated: boolean };

/** Plain text as it will be shown: see the module comment. */
export function cleanText(raw: string): CleanText {
	let truncated = raw.length > MAX_INPUT;
	const input = (truncated ? raw.slice(0, MAX_INPUT) : raw).normalize('NFC');
	const spaced = input.replace(/\s+/gu, ' ');
	const visible = spaced.replace(INVISIBLE, '');
	const cleaned = visible !== spaced;
	let value = visible.replace(/\s+/gu, ' ').trim();
	if (value.length > MAX_TEXT) {
		truncated = true;
		let cut = '';
		for (const char of value) {
			if (cut.length + char.length > MAX_TEXT) break;
			cut += char;
		}
		value = cut.trimEnd();
	}
	return { value, cleaned, truncated };
}

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

type ApplyCheck = { ok: true; href: string } | { ok: false; reason: RejectReason };

/** An application URL, normalised, or why it is refused. */
export function checkApplyUrl(raw: string): ApplyCheck {
	const input = raw.trim();
	if (input.length > MAX_URL) return { ok: false, reason: 'tooLong' };
	if (URL_FORBIDDEN.test(input)) return { ok: false, reason: 'invalidUrl' };
	let url: URL;
	try {
		url = new URL(input);
	} catch {
		return { ok: false, reason: 'invalidUrl' };
	}
	if (url.protocol !== 'https:') return { ok: false, reason: 'notHttps' };
	if (url.username || url.password) return { ok: false, reason: 'credentials' };
	const host = url.hostname;
	if (host.startsWith('[') || IPV4.test(host)) return { ok: false, reason: 'ipAddress' };
	const labels = host.split('.');
	if (
		host.length > 253 ||
		labels.length < 2 ||
		!labels.every((label) => LABEL.test(label)) ||
		!TLD.test(labels.at(-1)!)
	)
		return { ok: false, reason: 'hostname' };
	if (url.href.length > MAX_URL) return { ok: false, reason: 'tooLong' };
	return { ok: true, href: url.href };
}

/** The host name of an accepted application URL, shown next to the button. */
export function applyDomain(href: string): string {
	try {
		return new URL(href).hostname;
	} catch {
		return '';
	}
}

const text = v.pipe(
	v.string('notText'),
	v.transform((raw) => cleanText(raw))
);

const apply = v.pipe(
	v.string('notText'),
	v.rawTransform(({ dataset, addIssue, NEVER }) => {
		const checked = checkApplyUrl(dataset.value);
		if (checked.ok) return checked.href;
		addIssue({ message: checked.reason });
		return NEVER;
	})
);

/** The schema of every campaign parameter; `role` accepts only the given role ids. */
export function campaignSchema(knownRoles: readonly string[]) {
	return v.object({
		role: v.pipe(
			v.string('notText'),
			v.trim(),
			v.check((id) => knownRoles.includes(id), 'unknownRole')
		),
		company: text,
		campaign: text,
		apply
	});
}

export type CampaignInput = URLSearchParams | Partial<Record<CampaignField, unknown>>;

function field(input: CampaignInput, name: CampaignField): unknown {
	if (input instanceof URLSearchParams) return input.get(name) ?? undefined;
	return Object.hasOwn(input, name) ? input[name] : undefined;
}

/**
 * Validates every campaign parameter on its own: the valid values, and what was rejected or
 * changed and why. Absent and empty parameters are neither. Never throws.
 */
export function parseCampaign(
	input: CampaignInput | null | undefined,
	knownRoles: readonly string[]
): ParsedCampaign {
	const values: Campaign = {};
	const rejected: Rejection[] = [];
	if (!input || typeof input !== 'object') return { values, rejected };
	const schema = campaignSchema(knownRoles);
	for (const name of CAMPAIGN_FIELDS) {
		const raw = field(input, name);
		if (raw === undefined || raw === null || raw === '') continue;
		const result = v.safeParse(schema.entries[name], raw);
		if (!result.success) {
			rejected.push({
				field: name,
				reason: (result.issues[0]?.message ?? 'notText') as RejectReason
			});
			continue;
		}
		const output = result.output;
		if (typeof output === 'string') {
			values[name] = output;
			continue;
		}
		if (output.cleaned) rejected.push({ field: name, reason: 'cleaned' });
		if (output.truncated) rejected.push({ field: name, reason: 'truncated' });
		if (output.value) values[name as 'company' | 'campaign'] = output.value;
		else rejected.push({ field: name, reason: 'empty' });
	}
	return { values, rejected };
}

/** A campaign worth a banner: a company, a campaign label or an application URL. */
export function hasCampaign(values: Campaign | null | undefined): values is Campaign {
	return !!values && !!(values.company || values.campaign || values.apply);
}

/** Whether a link carries campaign parameters (a bare `role` is the site's own quiz link). */
export function isCampaignLink(search: URLSearchParams): boolean {
	return search.has('company') || search.has('campaign') || search.has('apply');
}

/** The query string (with `?`, or empty) of the given values, in a stable order. */
export function campaignQuery(
	values: Campaign,
	fields: readonly CampaignField[] = CAMPAIGN_FIELDS
) {
	const search = new URLSearchParams();
	for (const name of fields) {
		const value = values[name];
		if (value) search.set(name, value);
	}
	const query = search.toString();
	return query ? `?${query}` : '';
}

/**
 * The application URL to offer to a visitor who checked their fit for `role` (the quiz's target
 * role), or null: a recruiter's application link belongs to the role their campaign names (to any
 * role when it names none), not to a quiz for another role.
 */
export function applyHref(values: Campaign, role: string | null | undefined): string | null {
	if (!values.apply || !role) return null;
	return !values.role || values.role === role ? values.apply : null;
}

/** Which banner text fits the values: with or without company, with or without role. */
export type BannerVariant = 'companyRole' | 'company' | 'role' | 'generic';
export function bannerVariant(values: Campaign, hasRoleTitle: boolean): BannerVariant {
	const role = !!values.role && hasRoleTitle;
	if (values.company) return role ? 'companyRole' : 'company';
	return role ? 'role' : 'generic';
}

/** Fills `{{name}}` placeholders with plain values, literally (no `$&` patterns, no nesting). */
export function fillTemplate(template: string, values: Record<string, string>): string {
	return template.replace(/\{\{(\w+)\}\}/g, (match, name: string) =>
		Object.hasOwn(values, name) ? values[name]! : match
	);
}
