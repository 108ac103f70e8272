import { addVirtualAuthenticator } from '../../tests/support/passkey.ts';
import type { Timing } from '../timing.ts';

const SIGN_INS = 6;

/**
 * Passkey demo: press of "sign in with the passkey" → the verified sign-in's ticks painted.
 * The page measures it itself (performance.measure 'mfa-passkey:signin', from the click
 * handler to the frame after the result is drawn), on Chromium's virtual authenticator,
 * which answers at once: the time is the page's (options, WebAuthn call, checks, drawing),
 * not a person's. Each language gets a fresh context; after the passkey is made the page
 * is reloaded, so the first sign-in of each also loads the checks (verify.ts), as a
 * returning reader's does.
 */
const timing: Timing = {
	name: 'passkey: press → verified sign-in painted',
	async run(page, baseUrl) {
		const browser = page.context().browser();
		if (!browser) throw new Error('the passkey timing needs a browser to open fresh contexts');
		const samples: number[] = [];
		for (const path of ['/passkey-demo/', '/en/passkey-demo/']) {
			const context = await browser.newContext();
			const fresh = await context.newPage();
			await fresh.goto(`${baseUrl}${path}`);
			await addVirtualAuthenticator(fresh);
			await fresh.locator('[data-action="create"]').click();
			await fresh.locator('mfa-passkey-create[data-state="registered"]').waitFor();
			await fresh.reload();
			for (let i = 0; i < SIGN_INS; i++) {
				await fresh.locator('[data-action="signin"]').click();
				const handle = await fresh.waitForFunction((n) => {
					const entry = performance.getEntriesByName('mfa-passkey:signin')[n];
					return entry ? { ms: entry.duration } : null;
				}, i);
				samples.push((await handle.jsonValue())!.ms);
			}
			await context.close();
		}
		return samples;
	},
};

export default timing;
