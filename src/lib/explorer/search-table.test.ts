/**
 * What people type in the roles list's search box, and the role they should see first: exact and
 * prefix title matches rank first in every language. Runs over the real catalogue, in the list's
 * order (most common roles first), as the page does.
 */
import { describe, expect, it } from 'vitest';
import { content } from '../content/catalogue';
import { filterIndex } from './cards';
import { createSearch } from './search';

const search = createSearch(filterIndex(content.roles, 'en'));

const TABLE: [query: string, first: string][] = [
	// French
	['service client', 'customer-service-advisor'],
	['conseiller clientèle', 'customer-service-advisor'],
	['téléconseiller', 'customer-service-advisor'],
	['réceptionniste', 'customer-service-advisor'],
	['standardiste', 'customer-service-advisor'],
	['télévendeur', 'telesales-agent'],
	['téléprospectrice', 'telesales-agent'],
	['chef d’équipe', 'team-leader'],
	['superviseur', 'team-leader'],
	['formatrice', 'trainer'],
	['chargé de recouvrement', 'collections-advisor'],
	['hotliner', 'technical-support-agent'],
	['responsable des opérations', 'operations-manager'],
	['responsable expérience client', 'cx-manager'],
	['conseiller fidélisation', 'retention-specialist'],
	['chargée de planification', 'workforce-planner'],
	// Dutch
	['klantenadviseur', 'customer-service-advisor'],
	['onthaal', 'customer-service-advisor'],
	['onthaalmedewerker', 'customer-service-advisor'],
	['klantendienst', 'customer-service-advisor'],
	['televerkoper', 'telesales-agent'],
	['teamleider', 'team-leader'],
	['incasso', 'collections-advisor'],
	['helpdesk', 'technical-support-agent'],
	['webcare', 'social-media-care-agent'],
	['kwaliteitscoach', 'quality-coach'],
	['planner', 'workforce-planner'],
	// English
	['customer service', 'customer-service-advisor'],
	['receptionist', 'customer-service-advisor'],
	['call centre agent', 'customer-service-advisor'],
	['telesales', 'telesales-agent'],
	['team leader', 'team-leader'],
	['trainer', 'trainer'],
	['data analyst', 'data-analyst'],
	['knowledge manager', 'knowledge-manager'],
	['chatbot', 'conversation-designer'],
	['retention', 'retention-specialist'],
	['back office', 'back-office-specialist'],
	['senior advisor', 'senior-advisor'],
	['quality', 'quality-coach'],
	// Typos still land on the right role.
	['televendur', 'telesales-agent'],
	['klantendiesnt', 'customer-service-advisor']
];

describe('search over the catalogue', () => {
	it.each(TABLE)('“%s” shows %s first', (query, first) => {
		expect(search(query)[0]).toBe(first);
	});
});
