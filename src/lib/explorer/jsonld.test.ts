import { describe, expect, it } from 'vitest';
import { makeRole } from './fixtures';
import { jsonForScript, occupationJsonLd } from './jsonld';

describe('jsonForScript', () => {
	it('cannot close the script element and still parses to the same value', () => {
		const value = { text: '</script><script>alert(1)</script> & \u2028' };
		const json = jsonForScript(value);
		expect(json).not.toContain('<');
		expect(json).not.toContain('>');
		expect(JSON.parse(json)).toEqual(value);
	});
});

describe('occupationJsonLd', () => {
	const role = makeRole('advisor', {
		title: { fr: { m: 'Conseiller', f: 'Conseillère' }, nl: 'Adviseur', en: 'Advisor' },
		synonyms: { fr: ['téléconseiller'], nl: ['klantendienst'], en: ['agent'] },
		codes: {
			esco: { uri: 'http://data.europa.eu/esco/occupation/x', label: 'x' },
			isco: '4222',
			onet: '43-4051.00',
			rome: 'D1408'
		}
	});
	const ld = occupationJsonLd(role, 'fr', 'https://example.org/fr/roles/advisor') as Record<
		string,
		unknown
	>;
	it('is a schema.org Occupation with the page’s texts', () => {
		expect(ld['@context']).toBe('https://schema.org');
		expect(ld['@type']).toBe('Occupation');
		expect(ld.name).toBe('Conseiller / Conseillère');
		expect(ld.alternateName).toEqual(['Conseiller', 'Conseillère', 'téléconseiller']);
		expect(ld.description).toBe(role.summary.fr);
		expect(ld.url).toBe('https://example.org/fr/roles/advisor');
		expect(ld.skills).toEqual(role.skills.fr);
		expect(ld.qualifications).toEqual(['route']);
		expect(ld).not.toHaveProperty('estimatedSalary');
	});
	it('lists ISCO-08, O*NET-SOC, ESCO and ROME codes', () => {
		const codes = ld.occupationalCategory as { codeValue: string; inCodeSet: { name: string } }[];
		expect(codes.map((c) => [c.inCodeSet.name, c.codeValue])).toEqual([
			['ISCO-08', '4222'],
			['O*NET-SOC', '43-4051.00'],
			['ESCO', 'http://data.europa.eu/esco/occupation/x'],
			['ROME', 'D1408']
		]);
	});
	it('leaves out codes a role lacks', () => {
		const bare = occupationJsonLd(makeRole('x'), 'en', 'https://e.org') as Record<string, unknown>;
		expect(bare.occupationalCategory).toHaveLength(1);
	});
});
