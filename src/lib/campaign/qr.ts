/**
 * QR codes of the builder's links, drawn from the module matrix (no markup from the library): an
 * SVG path for pages and the SVG file; the PNG file is drawn on the server ($lib/server/qr).
 */
import { encode } from 'uqr';

/** Dark modules, with the 4-module quiet zone the standard asks for. */
export type QrMatrix = { size: number; data: boolean[][] };

export function qrMatrix(text: string): QrMatrix {
	const { size, data } = encode(text, { ecc: 'M', border: 4 });
	return { size, data };
}

/** One SVG path for all dark modules, a horizontal run at a time. */
export function qrPath({ data }: QrMatrix): string {
	const parts: string[] = [];
	data.forEach((row, y) => {
		let x = 0;
		while (x < row.length) {
			if (!row[x]) {
				x++;
				continue;
			}
			const start = x;
			while (row[x]) x++;
			parts.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
		}
	});
	return parts.join('');
}

/** A standalone SVG file: black on white, whatever the page's colour scheme. */
export function qrSvg(matrix: QrMatrix): string {
	const n = matrix.size;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n} ${n}" width="${n * 8}" height="${n * 8}" shape-rendering="crispEdges">` +
		`<rect width="${n}" height="${n}" fill="#fff"/><path fill="#000" d="${qrPath(matrix)}"/></svg>`
	);
}
