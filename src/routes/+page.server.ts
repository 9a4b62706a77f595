import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** `/` sends each visitor to their language: saved choice, then Accept-Language, then French. */
export const load: PageServerLoad = ({ locals, setHeaders }) => {
	setHeaders({ vary: 'Accept-Language, Cookie', 'cache-control': 'no-store' });
	redirect(307, `/${locals.locale}`);
};
