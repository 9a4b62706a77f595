import { content } from '$lib/content/catalogue';
import { roleTitle } from '$lib/content/localize';
import { LEVELS } from '$lib/content/schema';
import { sortRoles } from '$lib/explorer/cards';
import { careerEdges, layoutCareerGraph } from '$lib/explorer/graph';
import { messages } from '$lib/server/messages';
import type { PageServerLoad } from './$types';
import { paths } from '$lib/paths';

export const load: PageServerLoad = ({ params }) => {
	const locale = params.lang;
	const roles = sortRoles(content.roles, locale).map((r) => ({
		id: r.id,
		level: r.level,
		title: roleTitle(r, locale),
		href: paths.role(locale, r.id),
		next: r.next.map((step) => step.role),
		years: new Map(r.next.map((step) => [step.role, step.years]))
	}));
	const edges = careerEdges(roles);
	const byId = new Map(roles.map((r) => [r.id, r]));
	return {
		messages: messages(locale, ['roles']),
		graph: layoutCareerGraph(roles, LEVELS),
		levels: LEVELS.filter((level) => roles.some((r) => r.level === level)).map((level) => ({
			level,
			roles: roles
				.filter((r) => r.level === level)
				.map((r) => ({
					id: r.id,
					title: r.title,
					href: r.href,
					next: edges
						.filter(([from]) => from === r.id)
						.map(([, to]) => byId.get(to)!)
						.map((n) => ({ id: n.id, title: n.title, href: n.href, years: r.years.get(n.id)! }))
				}))
		}))
	};
};
