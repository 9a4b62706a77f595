/** Reading QR codes as a phone's camera would: the image drawn in the page, decoded with jsQR. */
import type { Page } from '@playwright/test';
import jsQR from 'jsqr';

/** Decodes the QR code of an image URL (PNG or SVG), in the page. */
export async function decodeQr(page: Page, src: string) {
	const image = await page.evaluate(async (src) => {
		const img = new Image();
		img.src = src;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = img.naturalWidth;
		canvas.height = img.naturalHeight;
		const ctx = canvas.getContext('2d')!;
		ctx.drawImage(img, 0, 0);
		const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
		// The pixels as base64: much faster to pass to Node than an array of numbers.
		let binary = '';
		for (let i = 0; i < data.length; i += 0x8000)
			binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
		return { pixels: btoa(binary), width, height };
	}, src);
	const pixels = new Uint8ClampedArray(Buffer.from(image.pixels, 'base64'));
	return jsQR(pixels, image.width, image.height)?.data;
}

/** Decodes a QR code drawn inline as SVG (e.g. a group's join code, projected in class). */
export async function decodeInlineQr(page: Page, selector: string) {
	const markup = await page.locator(selector).evaluate((svg) => {
		const copy = svg.cloneNode(true) as SVGSVGElement;
		copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
		// Drawn at a size a camera would see, with its quiet zone.
		copy.setAttribute('width', '400');
		copy.setAttribute('height', '400');
		return copy.outerHTML;
	});
	return decodeQr(page, `data:image/svg+xml;base64,${Buffer.from(markup).toString('base64')}`);
}
