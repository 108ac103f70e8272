/**
 * The QR code of a link, as SVG markup. Loaded with a dynamic import so that the
 * helpdesk page's own script stays tiny: the encoder (about 10 KB gzip) is fetched only
 * when someone asks for a code, keeping the reading page under its 36 KB budget.
 */
export async function qrSvg(url: string): Promise<string> {
	const QRCode = await import('qrcode');
	// Black on white whatever the site's theme: phone cameras read dark-on-light best, and a
	// four-module quiet zone is what the standard asks for.
	return QRCode.toString(url, {
		type: 'svg',
		errorCorrectionLevel: 'M',
		margin: 4,
		color: { dark: '#000000', light: '#ffffff' },
	});
}
