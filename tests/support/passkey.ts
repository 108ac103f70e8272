import type { CDPSession, Page } from '@playwright/test';

/*
 * Chromium's virtual authenticator, through the DevTools protocol (WebAuthn domain): the
 * passkey demo's tests, its weighing and its timing use a device that answers at once.
 */

export interface VirtualAuthenticatorOptions {
	/** Whether the device can verify the user (fingerprint, PIN). */
	hasUserVerification?: boolean;
	/** Whether that verification succeeds; false refuses it, and the browser answers NotAllowedError. */
	isUserVerified?: boolean;
}

export interface VirtualAuthenticator {
	cdp: CDPSession;
	authenticatorId: string;
	/** The passkeys on the device, as the protocol lists them. */
	credentials(): Promise<{ credentialId: string; rpId?: string; userName?: string; signCount: number; isResidentCredential: boolean }[]>;
}

/** A phone's or PC's own authenticator (CTAP2, internal, discoverable credentials), as a student's passkey lives in one. */
export async function addVirtualAuthenticator(page: Page, options: VirtualAuthenticatorOptions = {}): Promise<VirtualAuthenticator> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('WebAuthn.enable', { enableUI: false });
	const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
		options: {
			protocol: 'ctap2',
			transport: 'internal',
			hasResidentKey: true,
			hasUserVerification: options.hasUserVerification ?? true,
			isUserVerified: options.isUserVerified ?? true,
			automaticPresenceSimulation: true,
		},
	});
	return {
		cdp,
		authenticatorId,
		credentials: async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials,
	};
}

/**
 * What a reader of /passkey-demo/ does first: creates the practice passkey and signs in
 * once, on a fresh virtual authenticator. Language-neutral (the parts' data attributes),
 * for the page's weighing and timing; the browser tests go by roles and names instead.
 */
export async function registerAndSignIn(page: Page): Promise<void> {
	await addVirtualAuthenticator(page);
	await page.locator('[data-action="create"]').click();
	await page.locator('mfa-passkey-create[data-state="registered"]').waitFor();
	await page.locator('[data-action="signin"]').click();
	await page.locator('mfa-passkey-signin[data-result="verified"]').waitFor();
}
