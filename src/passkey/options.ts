import { encodeBase64urlNoPadding } from '@oslojs/encoding';
import type { PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import type { Credential } from './verify';

/*
 * The options of the two ceremonies, as JSON for @simplewebauthn/browser. No server makes
 * them: the page is the relying party, so its id is the page's own host name and the
 * challenge is made here, kept in memory for that one ceremony and compared when the
 * answer comes back.
 */

/**
 * The algorithms the page offers (pubKeyCredParams) and can check, as COSE numbers: ES256
 * first, then RS256 (Windows Hello may use it). Here rather than in verify.ts, so that the
 * page's first load does not pull in the checks (verify.ts loads on first need).
 */
export const ALGORITHMS = [-7, -257] as const;
export type Algorithm = (typeof ALGORITHMS)[number];
export const algorithmName = (alg: Algorithm) => (alg === -7 ? 'ES256' : 'RS256');

/** How long the browser waits for the reader (fingerprint, PIN, or a phone through the QR code). */
export const TIMEOUT_MS = 180_000;

/** A fresh challenge: 32 random bytes (WebAuthn asks for at least 16), base64url. */
export function newChallenge(): string {
	return encodeBase64urlNoPadding(crypto.getRandomValues(new Uint8Array(32)));
}

export interface RegistrationParams {
	/** `location.hostname`: the passkey will work on this host only. */
	rpId: string;
	/** The site's name as the prompt shows it. */
	rpName: string;
	/** The passkey's user name and display name: says it is practice, and when it was made. */
	userName: string;
	challenge: string;
}

/**
 * A discoverable credential (residentKey 'required': a passkey, stored on the device),
 * user verification preferred (the page reports honestly whether it happened), and no
 * attestation (the page does not need to know who made the authenticator, and asking for
 * it adds a consent prompt on some devices). The user id is random: there is no account.
 */
export function registrationOptions(params: RegistrationParams): PublicKeyCredentialCreationOptionsJSON {
	return {
		rp: { id: params.rpId, name: params.rpName },
		user: {
			id: encodeBase64urlNoPadding(crypto.getRandomValues(new Uint8Array(16))),
			name: params.userName,
			displayName: params.userName,
		},
		challenge: params.challenge,
		pubKeyCredParams: ALGORITHMS.map((alg) => ({ type: 'public-key', alg })),
		timeout: TIMEOUT_MS,
		authenticatorSelection: { residentKey: 'required', requireResidentKey: true, userVerification: 'preferred' },
		attestation: 'none',
	};
}

/**
 * Sign-in with the registered passkey only (allowCredentials): the browser offers no other,
 * and where the device no longer has it, the browser answers NotAllowedError, the same as
 * for a cancelled prompt.
 */
export function authenticationOptions(rpId: string, challenge: string, credential: Pick<Credential, 'id' | 'transports'>) {
	return {
		rpId,
		challenge,
		allowCredentials: [
			{ id: credential.id, type: 'public-key', ...(credential.transports.length ? { transports: credential.transports } : {}) },
		],
		timeout: TIMEOUT_MS,
		userVerification: 'preferred',
	} as const satisfies PublicKeyCredentialRequestOptionsJSON;
}

/**
 * The look-alike address of the demo: Microsoft's sign-in is at login.microsoftonline.com,
 * and a phishing site would pick a name like this one. `.example` is reserved (RFC 2606),
 * so the demo names no real site.
 */
export const LOOKALIKE_ORIGIN = 'https://login-microsoftonline.example';
