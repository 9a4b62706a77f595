/** HTTP over a plain socket: sends bytes exactly as given (HTTP clients would normalise them). */
import { connect } from 'node:net';

export type RawResponse = {
	/** Null when the server closed the connection without an answer. */
	status: number | null;
	headers: Record<string, string>;
	text: string;
};

export function rawRequest(
	port: number,
	request: string | Buffer,
	timeoutMs = 3000
): Promise<RawResponse> {
	return new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1');
		const chunks: Buffer[] = [];
		const bodyless = Buffer.from(request).subarray(0, 5).toString('latin1') === 'HEAD ';
		const finish = () => {
			socket.destroy();
			// Interim answers (100 Continue) come before the real one.
			const text = Buffer.concat(chunks)
				.toString('latin1')
				.replace(/^(HTTP\/1\.1 1\d\d [^\r]*\r\n(?:[^\r]+\r\n)*\r\n)+/, '');
			const [head = ''] = text.split('\r\n\r\n');
			const [statusLine = '', ...lines] = head.split('\r\n');
			const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1];
			const headers: Record<string, string> = {};
			for (const line of lines) {
				const colon = line.indexOf(':');
				if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
			}
			resolve({ status: status ? Number(status) : null, headers, text });
		};
		socket.setTimeout(timeoutMs, finish);
		socket.on('data', (d) => {
			chunks.push(d);
			// One answer is enough; some requests leave the connection open for more.
			const text = Buffer.concat(chunks).toString('latin1');
			const end = text.indexOf('\r\n\r\n');
			const head = text.slice(0, end);
			// No body follows an answer to HEAD, nor a 204 or 304.
			if (end >= 0 && (bodyless || / (204|304) /.test(head.split('\r\n')[0] ?? '')))
				return finish();
			const length = /\r\ncontent-length: (\d+)/i.exec(head)?.[1];
			if (
				end >= 0 &&
				length !== undefined &&
				chunks.reduce((n, c) => n + c.length, 0) >= end + 4 + Number(length)
			)
				finish();
		});
		socket.on('error', finish);
		socket.on('close', finish);
		socket.write(request);
	});
}
