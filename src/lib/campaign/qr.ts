/**
 * QR codes of the builder's links, drawn from the module matrix (no markup from the library): an
 * SVG path for the page and for download, and a PNG drawn on a canvas in the browser.
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

/** Paints the code black on white, `scale` pixels a module, on a page or worker canvas. */
export function drawQr(
	ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
	matrix: QrMatrix,
	scale: number
): void {
	ctx.fillStyle = '#fff';
	ctx.fillRect(0, 0, matrix.size * scale, matrix.size * scale);
	ctx.fillStyle = '#000';
	matrix.data.forEach((row, y) =>
		row.forEach((dark, x) => {
			if (dark) ctx.fillRect(x * scale, y * scale, scale, scale);
		})
	);
}

/** A PNG data URL of the code, `scale` pixels a module (browser only). */
export function qrPng(matrix: QrMatrix, scale = 8): string {
	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = matrix.size * scale;
	const ctx = canvas.getContext('2d');
	if (!ctx) return '';
	drawQr(ctx, matrix, scale);
	return canvas.toDataURL('image/png');
}
