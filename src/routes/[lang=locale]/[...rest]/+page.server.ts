import { error } from '@sveltejs/kit';

export const prerender = false;

/** Unknown pages inside a language get the 404 page in that language. */
export function load(): never {
	error(404, 'Not found');
}
