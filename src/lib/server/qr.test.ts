import { inflateSync } from 'node:zlib';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { MAX_QR_TEXT, qrFile } from './qr';

const ORIGIN = 'https://careers.example.org';
const LINK = `${ORIGIN}/nl/quiz?role=team-leader&company=Acme`;
const query = (format: string, text: string) => new URLSearchParams({ format, text });

/** The PNG's pixels, as jsQR reads them (greyscale 8-bit, filter "none" on every row). */
function decodePng(png: Uint8Array): string | undefined {
	const bytes = Buffer.from(png);
	const width = bytes.readUInt32BE(16);
	let data = Buffer.alloc(0);
	for (let at = 8; at < bytes.length;) {
		const length = bytes.readUInt32BE(at);
		if (bytes.toString('latin1', at + 4, at + 8) === 'IDAT')
			data = Buffer.concat([data, bytes.subarray(at + 8, at + 8 + length)]);
		at += length + 12;
	}
	const rows = inflateSync(data);
	const rgba = new Uint8ClampedArray(width * width * 4);
	for (let y = 0; y < width; y++)
		for (let x = 0; x < width; x++) {
			const grey = rows[y * (width + 1) + 1 + x]!;
			rgba.set([grey, grey, grey, 255], (y * width + x) * 4);
		}
	return jsQR(rgba, width, width)?.data;
}

describe('qrFile', () => {
	it('encodes a link to this site as a PNG that decodes to it', () => {
		const file = qrFile(query('png', LINK), ORIGIN);
		expect(file?.type).toBe('image/png');
		expect(decodePng(file!.body as Uint8Array)).toBe(LINK);
	});

	it('encodes it as a standalone SVG file', () => {
		const file = qrFile(query('svg', LINK), ORIGIN);
		expect(file?.type).toBe('image/svg+xml');
		expect(file?.body).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>.*<path /);
	});

	it('refuses links to other sites, so it is nobody else’s QR service', () => {
		expect(qrFile(query('svg', 'https://evil.example/nl/quiz'), ORIGIN)).toBeNull();
		expect(qrFile(query('svg', 'http://careers.example.org/nl/quiz'), ORIGIN)).toBeNull();
	});

	it('refuses a bad format, a missing or non-link text, and an oversized one', () => {
		expect(qrFile(query('gif', LINK), ORIGIN)).toBeNull();
		expect(qrFile(new URLSearchParams({ format: 'svg' }), ORIGIN)).toBeNull();
		expect(qrFile(query('svg', 'not a link'), ORIGIN)).toBeNull();
		expect(qrFile(query('png', `${ORIGIN}/?${'a'.repeat(MAX_QR_TEXT)}`), ORIGIN)).toBeNull();
	});
});
