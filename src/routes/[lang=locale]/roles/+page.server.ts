import { content } from '$lib/content/catalogue';
import { CHANNELS, LEVELS } from '$lib/content/schema';
import { filterIndex, roleCards } from '$lib/explorer/cards';
import { messages } from '$lib/server/messages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const locale = params.lang;
	const { roles, traits } = content;
	return {
		messages: messages(locale, ['roles']),
		cards: roleCards(roles, traits, { ...content.pay, sources: content.sources }, locale),
		index: filterIndex(roles, locale),
		levels: LEVELS.filter((level) => roles.some((r) => r.level === level)),
		channels: CHANNELS.filter((channel) => roles.some((r) => r.channels.includes(channel))),
		traits: traits
			.map((t) => ({ id: t.id, name: t.name[locale] }))
			.sort((a, b) => a.name.localeCompare(b.name, locale))
	};
};
