/** What the page and the QR worker exchange (qr-codes.ts, qr.worker.ts). */
import type { QrMatrix } from '$lib/campaign/qr';

/** One code, ready to show and download; `text` is the link it encodes. */
export type QrCode = { text: string; size: number; path: string; svg: string; png: string };

export type QrRequest = { id: number; texts: string[] };
/** `png` is null, with the module matrix, when the worker could not draw it. */
export type QrWorkerCode = Omit<QrCode, 'png'> & { png: string | null; matrix?: QrMatrix };
export type QrResponse = { id: number; codes: QrWorkerCode[] } | { id: number; error: string };

export const svgDataUrl = (svg: string) =>
	`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
