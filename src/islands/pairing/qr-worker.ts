// Draws the pairing QR code off the page's main thread (see qr-client.ts).
import { qrSvg } from './qr-svg';

export type QrRequest = { id: number; uri: string };
export type QrReply = { id: number; svg: string } | { id: number; failed: true };

const scope = self as unknown as { onmessage: ((e: MessageEvent<QrRequest>) => void) | null; postMessage(reply: QrReply): void };
scope.onmessage = async ({ data }) => {
	try {
		scope.postMessage({ id: data.id, svg: await qrSvg(data.uri) });
	} catch {
		scope.postMessage({ id: data.id, failed: true });
	}
};
