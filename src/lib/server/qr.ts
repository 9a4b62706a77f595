/**
 * QR codes of links to this site, as SVG or PNG files (the recruiters' builder shows and offers
 * them). Only this site's own links are encoded, so the endpoint cannot serve as anyone's QR service.
 */
import { crc32, deflateSync } from 'node:zlib';
import * as v from 'valibot';
import { qrMatrix, qrSvg, type QrMatrix } from '$lib/campaign/qr';

/** Longer than any link the builder makes (its fields are bounded), shorter than a QR code holds. */
export const MAX_QR_TEXT = 1500;

const QrQuery = v.object({
	format: v.picklist(['svg', 'png']),
	text: v.pipe(v.string(), v.maxLength(MAX_QR_TEXT), v.url())
});
export type QrFile = { type: 'image/svg+xml' | 'image/png'; body: string | Uint8Array };

/** The code of `?text=` as `?format=`; null for a bad query or a link to another site. */
export function qrFile(query: URLSearchParams, origin: string): QrFile | null {
	const parsed = v.safeParse(QrQuery, {
		format: query.get('format') ?? undefined,
		text: query.get('text') ?? undefined
	});
	if (!parsed.success || new URL(parsed.output.text).origin !== origin) return null;
	const matrix = qrMatrix(parsed.output.text);
	return parsed.output.format === 'svg'
		? { type: 'image/svg+xml', body: qrSvg(matrix) }
		: { type: 'image/png', body: qrPng(matrix) };
}

function chunk(type: string, data: Uint8Array): Buffer {
	const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const out = Buffer.alloc(body.length + 8);
	out.writeUInt32BE(data.length, 0);
	body.copy(out, 4);
	out.writeUInt32BE(crc32(body), body.length + 4);
	return out;
}

/** A greyscale PNG, black on white, `scale` pixels a module. */
export function qrPng({ size, data }: QrMatrix, scale = 8): Uint8Array {
	const width = size * scale;
	const rows = Buffer.alloc((width + 1) * width, 0xff);
	for (let y = 0; y < width; y++) {
		const row = y * (width + 1);
		rows[row] = 0; // filter: none
		const modules = data[Math.floor(y / scale)]!;
		for (let x = 0; x < width; x++) if (modules[Math.floor(x / scale)]) rows[row + 1 + x] = 0;
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(width, 4);
	header[8] = 8; // bits per sample
	header[9] = 0; // greyscale
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(rows)),
		chunk('IEND', new Uint8Array())
	]);
}
