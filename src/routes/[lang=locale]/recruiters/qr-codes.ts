/**
 * The builder's QR codes, encoded off the main thread: encoding a link takes tens of milliseconds
 * (more on a slow phone), which would block the page while it loads and while the recruiter types.
 * A worker encodes them and draws the PNG; where it cannot (no module worker, no OffscreenCanvas),
 * the page does that part itself, after loading the encoder on demand.
 */
import {
	svgDataUrl,
	type QrCode,
	type QrRequest,
	type QrResponse,
	type QrWorkerCode
} from './qr-protocol';

export type { QrCode };

type Waiting = { resolve: (codes: QrWorkerCode[]) => void; reject: (error: Error) => void };

export class QrRenderer {
	#worker: Worker | null = null;
	#failed = false;
	#destroyed = false;
	#next = 0;
	#waiting = new Map<number, Waiting>();

	/** The codes of `texts`, in order. */
	async render(texts: string[]): Promise<QrCode[]> {
		const codes = await this.#inWorker(texts).catch((error: unknown) => {
			if (this.#destroyed) throw error;
			return this.#onMainThread(texts);
		});
		if (codes.every((c) => c.png !== null)) return codes as QrCode[];
		const { qrPng } = await import('$lib/campaign/qr');
		return codes.map(({ matrix, ...c }) => ({ ...c, png: c.png ?? (matrix ? qrPng(matrix) : '') }));
	}

	destroy() {
		this.#destroyed = true;
		this.#worker?.terminate();
		this.#worker = null;
		this.#fail(new Error('QR renderer destroyed'));
	}

	#inWorker(texts: string[]): Promise<QrWorkerCode[]> {
		if (this.#failed || typeof Worker === 'undefined')
			return Promise.reject(new Error('no worker'));
		try {
			this.#worker ??= this.#start();
		} catch (error) {
			this.#failed = true;
			return Promise.reject(error instanceof Error ? error : new Error(String(error)));
		}
		const id = this.#next++;
		return new Promise((resolve, reject) => {
			this.#waiting.set(id, { resolve, reject });
			this.#worker!.postMessage({ id, texts } satisfies QrRequest);
		});
	}

	#start(): Worker {
		const worker = new Worker(new URL('./qr.worker.ts', import.meta.url), { type: 'module' });
		worker.addEventListener('message', (event: MessageEvent<QrResponse>) => {
			const waiting = this.#waiting.get(event.data.id);
			this.#waiting.delete(event.data.id);
			if ('error' in event.data) waiting?.reject(new Error(event.data.error));
			else waiting?.resolve(event.data.codes);
		});
		// The worker could not load or run: the page takes over, now and for the next codes.
		worker.addEventListener('error', (event) => {
			event.preventDefault();
			this.#failed = true;
			worker.terminate();
			this.#worker = null;
			this.#fail(new Error('QR worker failed'));
		});
		return worker;
	}

	#fail(error: Error) {
		for (const waiting of this.#waiting.values()) waiting.reject(error);
		this.#waiting.clear();
	}

	async #onMainThread(texts: string[]): Promise<QrWorkerCode[]> {
		const { qrMatrix, qrPath, qrPng, qrSvg } = await import('$lib/campaign/qr');
		return texts.map((text) => {
			const matrix = qrMatrix(text);
			return {
				text,
				size: matrix.size,
				path: qrPath(matrix),
				svg: svgDataUrl(qrSvg(matrix)),
				png: qrPng(matrix)
			};
		});
	}
}
