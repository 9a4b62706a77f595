/** Encodes the builder's QR codes and draws their PNG, off the page's main thread (see qr-codes.ts). */
import { drawQr, qrMatrix, qrPath, qrSvg, type QrMatrix } from '$lib/campaign/qr';
import { svgDataUrl, type QrRequest, type QrResponse, type QrWorkerCode } from './qr-protocol';

/** The same image as `qrPng` (black on white, `scale` pixels a module), on an OffscreenCanvas. */
async function png(matrix: QrMatrix, scale = 8): Promise<string | null> {
	if (typeof OffscreenCanvas === 'undefined') return null;
	const canvas = new OffscreenCanvas(matrix.size * scale, matrix.size * scale);
	const ctx = canvas.getContext('2d');
	if (!ctx) return null;
	drawQr(ctx, matrix, scale);
	const bytes = new Uint8Array(await (await canvas.convertToBlob()).arrayBuffer());
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return `data:image/png;base64,${btoa(binary)}`;
}

async function code(text: string): Promise<QrWorkerCode> {
	const matrix = qrMatrix(text);
	const image = await png(matrix).catch(() => null);
	return {
		text,
		size: matrix.size,
		path: qrPath(matrix),
		svg: svgDataUrl(qrSvg(matrix)),
		png: image,
		...(image === null ? { matrix } : {})
	};
}

addEventListener('message', async (event: MessageEvent<QrRequest>) => {
	const { id, texts } = event.data;
	let response: QrResponse;
	try {
		response = { id, codes: await Promise.all(texts.map(code)) };
	} catch (error) {
		response = { id, error: String(error) };
	}
	postMessage(response);
});
