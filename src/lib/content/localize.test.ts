import { describe, expect, it } from 'vitest';
import { bothForms, roleTitle } from './localize';

describe('bothForms', () => {
	it('shares the words both forms have', () => {
		expect(bothForms('Conseiller clientèle', 'Conseillère clientèle')).toBe(
			'Conseiller / Conseillère clientèle'
		);
		expect(bothForms('Chargé de recouvrement', 'Chargée de recouvrement')).toBe(
			'Chargé / Chargée de recouvrement'
		);
		expect(bothForms('Responsable qualité', 'Responsable qualité')).toBe('Responsable qualité');
		expect(bothForms('Téléconseiller', 'Téléconseillère')).toBe('Téléconseiller / Téléconseillère');
	});
	it('keeps a shared first word', () => {
		expect(bothForms('Agent technique senior', 'Agente technique senior')).toBe(
			'Agent / Agente technique senior'
		);
		expect(bothForms('Chef de projet conversationnel', 'Cheffe de projet conversationnelle')).toBe(
			'Chef de projet conversationnel / Cheffe de projet conversationnelle'
		);
	});
});

describe('roleTitle', () => {
	const role = { title: { fr: { m: 'Formateur', f: 'Formatrice' }, nl: 'Trainer', en: 'Trainer' } };
	it('gives both French forms and the other languages as they are', () => {
		expect(roleTitle(role, 'fr')).toBe('Formateur / Formatrice');
		expect(roleTitle(role, 'nl')).toBe('Trainer');
	});
});
