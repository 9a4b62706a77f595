/**
 * Keeps facts current: pay figures more than two years old and roles not reviewed for twelve months
 * are flagged (in the build output and by a test), so an editor knows what to check again.
 */
import type { PayFigure, Role } from './schema';

/** A figure is stale once its year is more than two years before the current year. */
export const MAX_FIGURE_AGE_YEARS = 2;
export const MAX_REVIEW_AGE_MONTHS = 12;

export function staleFigures(
	figures: readonly Pick<PayFigure, 'id' | 'year'>[],
	today: Date
): Pick<PayFigure, 'id' | 'year'>[] {
	return figures.filter((f) => today.getUTCFullYear() - f.year > MAX_FIGURE_AGE_YEARS);
}

/** The date twelve months before today (same day of the month, UTC). */
function reviewCutoff(today: Date): string {
	const cutoff = new Date(today);
	cutoff.setUTCMonth(cutoff.getUTCMonth() - MAX_REVIEW_AGE_MONTHS);
	return cutoff.toISOString().slice(0, 10);
}

export function overdueReviews(
	roles: readonly Pick<Role, 'id' | 'lastReviewed'>[],
	today: Date
): Pick<Role, 'id' | 'lastReviewed'>[] {
	const cutoff = reviewCutoff(today);
	return roles.filter((r) => r.lastReviewed < cutoff);
}

/** One line per problem, as the build prints them. */
export function freshnessWarnings(
	content: {
		figures: readonly Pick<PayFigure, 'id' | 'year'>[];
		roles: readonly Pick<Role, 'id' | 'lastReviewed'>[];
	},
	today: Date
): string[] {
	return [
		...staleFigures(content.figures, today).map(
			(f) =>
				`pay figure "${f.id}" is from ${f.year}, more than ${MAX_FIGURE_AGE_YEARS} years ago: look for a newer one`
		),
		...overdueReviews(content.roles, today).map(
			(r) =>
				`role "${r.id}" was last reviewed on ${r.lastReviewed}, more than ${MAX_REVIEW_AGE_MONTHS} months ago`
		)
	];
}
