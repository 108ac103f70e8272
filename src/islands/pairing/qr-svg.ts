import QRCode from 'qrcode';

/**
 * The pairing QR code as SVG. Error correction M: the URI stays short enough for a low
 * version, so the code scans from a screen at arm's length. One byte-mode segment, as a URI
 * is: left to itself the library searches for the cheapest mix of modes.
 */
export function qrSvg(uri: string): Promise<string> {
	const segments = [{ data: new TextEncoder().encode(uri), mode: 'byte' as const }];
	return QRCode.toString(segments, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
}
