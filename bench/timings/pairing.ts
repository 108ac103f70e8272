import type { Timing } from '../timing.ts';

const SAMPLES = 7;

/**
 * Pairing page: navigation start → QR code on screen. The page marks the frame in which
 * it draws the QR code (`mfa-pairing:qr-shown`, a performance mark, so its time is
 * measured from navigation start by the browser itself). Each sample is a fresh
 * context: a first visit, nothing cached, no pairing in sessionStorage.
 */
const timing: Timing = {
	name: 'pairing: load → QR code shown',
	async run(page, baseUrl) {
		const browser = page.context().browser();
		if (!browser) throw new Error('the pairing timing needs a browser to open fresh contexts');
		const samples: number[] = [];
		for (const path of ['/pairing/', '/en/pairing/']) {
			for (let i = 0; i < SAMPLES; i++) {
				const context = await browser.newContext();
				const fresh = await context.newPage();
				await fresh.goto(`${baseUrl}${path}`);
				await fresh.getByRole('img', { name: /^QR/ }).waitFor();
				const handle = await fresh.waitForFunction(() => performance.getEntriesByName('mfa-pairing:qr-shown')[0]?.startTime);
				samples.push(Number(await handle.jsonValue()));
				await context.close();
			}
		}
		return samples;
	},
};

export default timing;
