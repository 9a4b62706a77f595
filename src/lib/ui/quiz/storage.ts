/**
 * The browser storage the site uses, all on the visitor's device: the quiz in progress, and a small
 * summary of the latest results that other pages read (role pages, career map, results link).
 * Storage can be missing or refuse writes (private modes, quotas): every access is guarded.
 */
import * as v from 'valibot';

export const QUIZ_KEY = 'contact-careers:quiz';
export const PROFILE_KEY = 'contact-careers:profile';

/**
 * The latest results, as other pages read them. The code becomes part of a URL (the results
 * redirect), so it must look like a share code: base64url characters only, never `/` or `.`.
 */
const SavedProfileSchema = v.object({
	version: v.string(),
	code: v.pipe(v.string(), v.regex(/^[\w-]{1,512}$/)),
	traits: v.record(v.string(), v.pipe(v.number(), v.finite())),
	top: v.array(v.string())
});
export type SavedProfile = v.InferOutput<typeof SavedProfileSchema>;

/** localStorage keeps the quiz across visits; sessionStorage only for this tab's visit. */
type Area = 'localStorage' | 'sessionStorage';

export function readStorage(key: string, area: Area = 'localStorage'): string | null {
	try {
		return window[area].getItem(key);
	} catch {
		return null;
	}
}

export function writeStorage(key: string, value: string, area: Area = 'localStorage'): boolean {
	try {
		window[area].setItem(key, value);
		return true;
	} catch {
		return false;
	}
}

export function removeStorage(key: string, area: Area = 'localStorage'): void {
	try {
		window[area].removeItem(key);
	} catch {
		// Nothing stored, nothing to remove.
	}
}

/** A stored results summary, or null when absent or not of the expected shape. */
export function parseSavedProfile(raw: string | null): SavedProfile | null {
	try {
		const parsed = v.safeParse(SavedProfileSchema, JSON.parse(raw ?? 'null'));
		return parsed.success ? parsed.output : null;
	} catch {
		return null;
	}
}

/** The saved results summary, or null when absent or unreadable. */
export function readProfile(): SavedProfile | null {
	return parseSavedProfile(readStorage(PROFILE_KEY));
}

/** Set in session storage while the visitor is inside the quiz in this tab: a reload or language switch resumes in place. */
export const ACTIVE_KEY = 'contact-careers:quiz-active';

/** A recruiter's campaign parameters (validated), in session storage: kept for this visit only. */
export const CAMPAIGN_KEY = 'contact-careers:campaign';
