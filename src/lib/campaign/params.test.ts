import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	MAX_TEXT,
	applyDomain,
	applyHref,
	bannerVariant,
	campaignQuery,
	checkApplyUrl,
	cleanText,
	fillTemplate,
	hasCampaign,
	isCampaignLink,
	parseCampaign,
	type Campaign
} from './params';

const ROLES = ['team-leader', 'data-analyst', 'customer-service-advisor'];
const parse = (input: Record<string, unknown>) => parseCampaign(input, ROLES);
const BAD_TEXT = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}]/u;

describe('role', () => {
	it('accepts a known role id, trimmed', () => {
		expect(parse({ role: ' team-leader ' })).toEqual({
			values: { role: 'team-leader' },
			rejected: []
		});
	});
	it.each(['Team-Leader', 'team-leader/../x', 'ceo', '<script>', '__proto__', 'constructor'])(
		'rejects %j',
		(role) => {
			expect(parse({ role })).toEqual({
				values: {},
				rejected: [{ field: 'role', reason: 'unknownRole' }]
			});
		}
	);
});

describe('company and campaign texts', () => {
	it('trims and collapses whitespace', () => {
		expect(parse({ company: '  Acme \t\n  Contact   Centers ' }).values).toEqual({
			company: 'Acme Contact Centers'
		});
	});
	it('keeps angle brackets and quotes as text: they are rendered inert', () => {
		expect(parse({ company: `<script>alert("x")</script>` }).values.company).toBe(
			`<script>alert("x")</script>`
		);
	});
	it('removes bidi overrides, zero-width and control characters, and says so', () => {
		const result = parse({
			company: 'Ac\u202Eem\u202C\u200Bme\u0000\u0007',
			campaign: '\u2066Job\u2069 \uFEFFfair\u200D'
		});
		expect(result.values).toEqual({ company: 'Acemme', campaign: 'Job fair' });
		expect(result.rejected).toEqual([
			{ field: 'company', reason: 'cleaned' },
			{ field: 'campaign', reason: 'cleaned' }
		]);
	});
	it('cuts long texts to 60 characters without splitting a character', () => {
		const result = parse({ company: 'a'.repeat(59) + '😀😀', campaign: 'x'.repeat(10_000) });
		expect(result.values.company).toBe('a'.repeat(59));
		expect(result.values.campaign).toBe('x'.repeat(60));
		expect(result.rejected).toEqual([
			{ field: 'company', reason: 'truncated' },
			{ field: 'campaign', reason: 'truncated' }
		]);
	});
	it('drops a text that is empty once cleaned', () => {
		expect(parse({ company: '\u200B\u202E \u3164' })).toEqual({
			values: {},
			rejected: [
				{ field: 'company', reason: 'cleaned' },
				{ field: 'company', reason: 'empty' }
			]
		});
	});
	it('ignores absent and empty parameters, and refuses non-text', () => {
		expect(parse({ company: '', campaign: undefined })).toEqual({ values: {}, rejected: [] });
		expect(parse({ company: 42, apply: { href: 'https://a.example' } }).rejected).toEqual([
			{ field: 'company', reason: 'notText' },
			{ field: 'apply', reason: 'notText' }
		]);
	});
});

describe('application URL', () => {
	it('accepts and normalises https URLs on a real host name', () => {
		expect(checkApplyUrl(' HTTPS://Jobs.Example.COM/apply?id=7#form ')).toEqual({
			ok: true,
			href: 'https://jobs.example.com/apply?id=7#form'
		});
		expect(checkApplyUrl('https://bücher.example/x')).toEqual({
			ok: true,
			href: 'https://xn--bcher-kva.example/x'
		});
		expect(applyDomain('https://jobs.example.com:8443/a')).toBe('jobs.example.com');
	});

	const refused: [string, string][] = [
		['javascript:alert(1)', 'notHttps'],
		['JaVaScRiPt:alert(1)', 'notHttps'],
		[' javascript:alert(1)', 'notHttps'],
		['java\tscript:alert(1)', 'invalidUrl'],
		['java\nscript:alert(1)', 'invalidUrl'],
		['\u0001javascript:alert(1)', 'invalidUrl'],
		['javascript%3Aalert(1)', 'invalidUrl'],
		['javascript&#58;alert(1)', 'invalidUrl'],
		['&#106;avascript:alert(1)', 'invalidUrl'],
		['data:text/html,<script>alert(1)</script>', 'notHttps'],
		['http://jobs.example.com', 'notHttps'],
		['ftp://jobs.example.com', 'notHttps'],
		['//evil.example', 'invalidUrl'],
		['/relative/path', 'invalidUrl'],
		['jobs.example.com', 'invalidUrl'],
		['https://user:pass@jobs.example.com', 'credentials'],
		['https://user@jobs.example.com', 'credentials'],
		['https://127.0.0.1/apply', 'ipAddress'],
		['https://2130706433/', 'ipAddress'],
		['https://0x7f.1/', 'ipAddress'],
		['https://[::1]/', 'ipAddress'],
		['https://[2001:db8::1]:443/', 'ipAddress'],
		['https://localhost/', 'hostname'],
		['https://intranet/', 'hostname'],
		['https://a_b.example.com/', 'hostname'],
		['https://example.123/', 'invalidUrl'],
		['https://example.c0m/', 'hostname'],
		['https://example.com./', 'hostname'],
		['https://ex\u202Eample.com/', 'invalidUrl'],
		['https://exa\u200Bmple.com/', 'invalidUrl'],
		['https://', 'invalidUrl'],
		[`https://a.example/${'x'.repeat(3000)}`, 'tooLong']
	];
	it.each(refused)('refuses %j (%s)', (input, reason) => {
		expect(parse({ apply: input })).toEqual({ values: {}, rejected: [{ field: 'apply', reason }] });
	});
});

describe('links and banners', () => {
	it('builds a query string from valid values only, encoded', () => {
		const { values } = parse({
			role: 'team-leader',
			company: 'A&B "Care"',
			apply: 'https://jobs.example.com/a?b=c&d=e'
		});
		const query = campaignQuery(values);
		expect(query).toBe(
			'?role=team-leader&company=A%26B+%22Care%22&apply=https%3A%2F%2Fjobs.example.com%2Fa%3Fb%3Dc%26d%3De'
		);
		expect(parseCampaign(new URLSearchParams(query), ROLES).values).toEqual(values);
		expect(campaignQuery({})).toBe('');
		expect(campaignQuery(values, ['company'])).toBe('?company=A%26B+%22Care%22');
	});

	it('tells campaign links from the site’s own role links', () => {
		expect(isCampaignLink(new URLSearchParams('role=team-leader'))).toBe(false);
		expect(isCampaignLink(new URLSearchParams('role=team-leader&company=Acme'))).toBe(true);
		expect(isCampaignLink(new URLSearchParams('apply='))).toBe(true);
		expect(hasCampaign({ role: 'team-leader' })).toBe(false);
		expect(hasCampaign({ campaign: 'Fair' })).toBe(true);
	});

	it('picks the banner variant', () => {
		expect(bannerVariant({ company: 'A', role: 'x' }, true)).toBe('companyRole');
		expect(bannerVariant({ company: 'A', role: 'x' }, false)).toBe('company');
		expect(bannerVariant({ campaign: 'F', role: 'x' }, true)).toBe('role');
		expect(bannerVariant({ campaign: 'F' }, true)).toBe('generic');
	});

	it('offers the application link for the campaign’s role, or any role when it names none', () => {
		const apply = 'https://jobs.example.com/a';
		expect(applyHref({ role: 'team-leader', apply }, 'team-leader')).toBe(apply);
		expect(applyHref({ company: 'A', apply }, 'team-leader')).toBe(apply);
		expect(applyHref({ role: 'team-leader', apply }, 'data-analyst')).toBeNull();
		expect(applyHref({ role: 'team-leader', apply }, null)).toBeNull();
		expect(applyHref({ role: 'team-leader', company: 'A' }, 'team-leader')).toBeNull();
	});

	it('fills templates literally, once', () => {
		expect(
			fillTemplate('{{company}} invites you to {{role}}', {
				company: '{{role}} $& $1 $t(x)',
				role: 'Team leader'
			})
		).toBe('{{role}} $& $1 $t(x) invites you to Team leader');
		expect(fillTemplate('{{unknown}}', {})).toBe('{{unknown}}');
	});
});

// ---------------------------------------------------------------------------------------------
// Property-based: hostile input never breaks the parser, and what it accepts is always safe.

const hostilePieces = [
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	"'",
	'"',
	'<',
	'>',
	'&lt;',
	'&#x3C;',
	'&#58;',
	'%3A',
	'%0A',
	'javascript:',
	'JAVASCRIPT:',
	'jAvAsCrIpT:',
	'java\tscript:',
	'java\u0000script:',
	'data:',
	'vbscript:',
	'http:',
	'https:',
	'https://',
	'//',
	'\\\\',
	'@',
	':',
	'user:pass@',
	'127.0.0.1',
	'[::1]',
	'0x7f.1',
	'example.com',
	'jobs.example.org',
	'xn--bcher-kva.example',
	'/apply?x=1#y',
	'\u202E',
	'\u202D',
	'\u2066',
	'\u2067',
	'\u2068',
	'\u2069',
	'\u200E',
	'\u200F',
	'\u200B',
	'\u200C',
	'\u200D',
	'\u2060',
	'\uFEFF',
	'\u00AD',
	'\u3164',
	'\uDB40\uDC41',
	'\uD800',
	'\uDC00',
	'\u0000',
	'\u0007',
	'\u001B[31m',
	'\u007F',
	'\u0085',
	'\u2028',
	'\t',
	'\r\n',
	' ',
	'\u00A0',
	'😀',
	'👩‍💻',
	'e\u0301',
	'Ａｃｍｅ',
	'{{company}}',
	'$t(common:siteName)',
	'$&'
];
const hostileString = fc.oneof(
	{
		weight: 3,
		arbitrary: fc.array(fc.constantFrom(...hostilePieces), { maxLength: 12 }).map((a) => a.join(''))
	},
	{ weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
	{
		weight: 1,
		arbitrary: fc
			.tuple(fc.constantFrom(...hostilePieces), fc.nat({ max: 3000 }))
			.map(([piece, n]) => piece.repeat(n))
	},
	{ weight: 2, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
	{
		weight: 2,
		arbitrary: fc
			.tuple(
				fc.constantFrom('https://', 'HTTPS://', ' https://', 'https:', 'https:\\\\'),
				fc.string({ unit: 'binary', maxLength: 60 })
			)
			.map(([a, b]) => a + b)
	}
);
const anyValue = fc.oneof(
	{ weight: 8, arbitrary: hostileString },
	{ weight: 1, arbitrary: fc.anything() }
);

const RUNS = 5000;

// Thousands of generated inputs: slow on a busy machine, not a timing test.
describe('hostile input (property-based)', { timeout: 30_000 }, () => {
	it('never throws, and accepted values are always safe', () => {
		fc.assert(
			fc.property(
				fc.record(
					{ role: anyValue, company: anyValue, campaign: anyValue, apply: anyValue },
					{ requiredKeys: [] }
				),
				(input) => {
					const { values, rejected } = parseCampaign(input, ROLES);
					for (const key of Object.keys(values))
						expect(['role', 'company', 'campaign', 'apply']).toContain(key);
					if (values.role !== undefined) expect(ROLES).toContain(values.role);
					for (const textValue of [values.company, values.campaign]) {
						if (textValue === undefined) continue;
						expect(textValue.length).toBeGreaterThan(0);
						expect(textValue.length).toBeLessThanOrEqual(MAX_TEXT);
						expect(textValue).not.toMatch(BAD_TEXT);
						expect(textValue).toBe(textValue.trim());
						expect(textValue).not.toMatch(/\s{2}/);
					}
					if (values.apply !== undefined) expectSafeUrl(values.apply);
					for (const r of rejected) expect(typeof r.reason).toBe('string');
				}
			),
			{ numRuns: RUNS }
		);
	});

	it('accepted application URLs are https, on a host name, without credentials', () => {
		fc.assert(
			fc.property(hostileString, (raw) => {
				const checked = checkApplyUrl(raw);
				if (checked.ok) expectSafeUrl(checked.href);
			}),
			{ numRuns: RUNS }
		);
	});

	it('javascript: in any casing, with whitespace or controls, is never accepted', () => {
		const casing = fc
			.array(fc.boolean(), { minLength: 10, maxLength: 10 })
			.map((upper) => [...'javascript'].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(''));
		const noise = fc.constantFrom(
			'',
			' ',
			'\t',
			'\n',
			'\r',
			'\u0000',
			'\u0001',
			'\u001F',
			'\u00A0',
			'\u200B',
			'\uFEFF'
		);
		fc.assert(
			fc.property(casing, noise, noise, fc.nat({ max: 10 }), (word, before, inside, at) => {
				const input = `${before}${word.slice(0, at)}${inside}${word.slice(at)}:alert(document.cookie)`;
				expect(checkApplyUrl(input).ok).toBe(false);
				expect(parse({ apply: input }).values.apply).toBeUndefined();
			}),
			{ numRuns: RUNS }
		);
	});

	it('cleaning is idempotent: parsing accepted values again changes nothing', () => {
		fc.assert(
			fc.property(hostileString, hostileString, hostileString, (company, campaign, apply) => {
				const first = parse({ company, campaign, apply, role: 'team-leader' }).values;
				const again = parseCampaign(new URLSearchParams(campaignQuery(first)), ROLES);
				expect(again.values).toEqual(first);
				expect(again.rejected).toEqual([]);
			}),
			{ numRuns: RUNS }
		);
	});

	it('cleanText bounds any string', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (raw) => {
				const { value } = cleanText(raw);
				expect(value.length).toBeLessThanOrEqual(MAX_TEXT);
				expect(value).not.toMatch(BAD_TEXT);
			}),
			{ numRuns: RUNS }
		);
	});
});

function expectSafeUrl(href: string): void {
	const url = new URL(href);
	expect(url.protocol).toBe('https:');
	expect(url.username).toBe('');
	expect(url.password).toBe('');
	expect(url.hostname).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
	expect(url.hostname).not.toMatch(/^\d+(\.\d+){3}$/);
	expect(url.href).toBe(href);
	expect(href).not.toMatch(/[\s\p{Cc}\p{Cf}]/u);
	expect(applyDomain(href)).toBe(url.hostname);
}

// Keep the type in use so a change to Campaign's fields shows here.
const sample: Campaign = {
	role: 'team-leader',
	company: 'Acme',
	campaign: 'Fair',
	apply: 'https://a.example/'
};
void sample;
