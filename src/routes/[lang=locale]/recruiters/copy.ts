/**
 * Copies a read-only field's text; where the clipboard is refused, selects it for the visitor to
 * copy by hand. Returns the status text key to show.
 */
export async function copyField(id: string): Promise<'copied' | 'copyFailed' | null> {
	const field = document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null;
	if (!field) return null;
	try {
		await navigator.clipboard.writeText(field.value);
		return 'copied';
	} catch {
		field.select();
		return 'copyFailed';
	}
}
