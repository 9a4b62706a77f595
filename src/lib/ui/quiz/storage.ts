/**
 * The browser storage the site uses, all on the visitor's device: the quiz in progress, and a small
 * summary of the latest results that other pages read (role pages, career map, results link).
 * Storage can be missing or refuse writes (private modes, quotas): every access is guarded.
 */
export const QUIZ_KEY = 'contact-careers:quiz';
export const PROFILE_KEY = 'contact-careers:profile';

/** The latest results, as other pages read them. */
export type SavedProfile = {
	version: string;
	code: string;
	traits: Record<string, number>;
	top: string[];
};

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

/** The saved results summary, or null when absent or unreadable. */
export function readProfile(): SavedProfile | null {
	try {
		const value: unknown = JSON.parse(readStorage(PROFILE_KEY) ?? 'null');
		if (!value || typeof value !== 'object') return null;
		const p = value as Partial<SavedProfile>;
		if (typeof p.code !== 'string' || typeof p.version !== 'string' || !Array.isArray(p.top))
			return null;
		if (!p.traits || typeof p.traits !== 'object') return null;
		return p as SavedProfile;
	} catch {
		return null;
	}
}

/** Set in session storage while the visitor is inside the quiz in this tab: a reload or language switch resumes in place. */
export const ACTIVE_KEY = 'contact-careers:quiz-active';

/** A recruiter's campaign parameters (validated), in session storage: kept for this visit only. */
export const CAMPAIGN_KEY = 'contact-careers:campaign';
