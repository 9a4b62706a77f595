import { LOCALES } from '$lib/i18n/locales';
import { messages } from '$lib/server/messages';
import type { EntryGenerator, PageServerLoad } from './$types';

// Sends the visitor on to their saved results, which only this browser knows: needs the client.
export const csr = true;

// Reached from the quiz in the browser, not by a link: name each language's page for prerendering.
export const entries: EntryGenerator = () => LOCALES.map((lang) => ({ lang }));

export const load: PageServerLoad = ({ params }) => ({ messages: messages(params.lang, ['quiz']) });
