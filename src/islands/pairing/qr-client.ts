import type { QrReply, QrRequest } from './qr-worker';

/**
 * The pairing QR code, drawn in a worker: encoding it (Reed–Solomon, the eight mask
 * patterns and their penalties) was the largest piece of script on the pairing page, one
 * long task on a phone's main thread while the page was still settling. Where a worker
 * cannot start (or fails), the page draws it itself, as before.
 */
let worker: Worker | null | undefined;
let next = 0;
const waiting = new Map<number, (svg: string | null) => void>();

function start(): Worker | null {
	try {
		const w = new Worker(new URL('./qr-worker.ts', import.meta.url), { type: 'module' });
		w.onmessage = ({ data }: MessageEvent<QrReply>) => {
			waiting.get(data.id)?.('svg' in data ? data.svg : null);
			waiting.delete(data.id);
		};
		w.onerror = () => {
			// Every request still open is drawn in the page instead.
			worker = null;
			for (const [id, done] of waiting) {
				waiting.delete(id);
				done(null);
			}
		};
		return w;
	} catch {
		return null;
	}
}

const inPage = async (uri: string) => (await import('./qr-svg')).qrSvg(uri);

export async function drawQr(uri: string): Promise<string> {
	worker ??= start();
	const w = worker;
	if (!w) return inPage(uri);
	const id = ++next;
	const svg = await new Promise<string | null>((resolve) => {
		waiting.set(id, resolve);
		w.postMessage({ id, uri } satisfies QrRequest);
	});
	return svg ?? inPage(uri);
}
