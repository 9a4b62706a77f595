/**
 * CSV for spreadsheets: every field quoted, quotes doubled, CRLF line ends, and a leading
 * apostrophe on fields a spreadsheet would run as a formula (= + - @), so exported text is inert.
 */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
	const field = (value: string | number) => {
		const text = String(value);
		const inert = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
		return `"${inert.replace(/"/g, '""')}"`;
	};
	return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
