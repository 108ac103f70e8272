import { HOTP, Secret, TOTP } from 'otpauth';
import { CodeVerifier, type VerifierOptions } from './verifier';

/** The hash functions RFC 6238 names; authenticator apps in practice only agree on SHA1. */
export type Algorithm = 'SHA1' | 'SHA256' | 'SHA512';

export interface TotpParams {
	algorithm: Algorithm;
	digits: number;
	/** Length of a time step in seconds. */
	period: number;
}

/**
 * What every authenticator app accepts: Microsoft Authenticator's "other account",
 * Google Authenticator and the rest ignore or mishandle anything but SHA-1, 6 digits
 * and 30 seconds, so the demo never offers anything else.
 */
export const APP_PARAMS: TotpParams = Object.freeze({ algorithm: 'SHA1', digits: 6, period: 30 });

/** RFC 4226 recommends a 160-bit shared secret, the length of a SHA-1 output. */
export const SECRET_BYTES = 20;

/**
 * A fresh random secret. The random source is a parameter only so that tests can pin
 * it; in the page it is always the browser's own cryptographic generator.
 */
export function createSecret(
	fillRandom: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer> = (bytes) => crypto.getRandomValues(bytes),
): Secret {
	const bytes = fillRandom(new Uint8Array(SECRET_BYTES));
	return new Secret({ buffer: bytes.buffer });
}

/** Reads a base32 secret back (e.g. from sessionStorage); throws on anything that is not base32. */
export function secretFromBase32(base32: string): Secret {
	return Secret.fromBase32(base32);
}

/** "ABCD EFGH …": the key as apps' "enter a setup key" screens are easiest to copy from. */
export function groupKey(base32: string, size = 4): string {
	return (base32.match(new RegExp(`.{1,${size}}`, 'g')) ?? []).join(' ');
}

export interface AccountName {
	/** Shown by the app as the entry's title; the demo names it as practice. */
	issuer: string;
	/** Shown under the issuer, usually the account's address. */
	account: string;
}

export function createTotp(secret: Secret, name: AccountName, params: TotpParams = APP_PARAMS): TOTP {
	return new TOTP({ issuer: name.issuer, label: name.account, secret, ...params });
}

/**
 * The otpauth:// key URI (Google's Key Uri Format) that a QR code or a link carries.
 * The issuer goes both in the label prefix and in the issuer parameter: older apps read
 * only one or the other.
 */
export function keyUri(secret: Secret, name: AccountName, params: TotpParams = APP_PARAMS): string {
	return createTotp(secret, name, params).toString();
}

/** The time step (RFC 6238's T) that a moment, in ms since the epoch, falls in. */
export function stepAt(timestamp: number, period = APP_PARAMS.period): number {
	return TOTP.counter({ period, timestamp });
}

/** Milliseconds left before the step that `timestamp` falls in ends and the code changes. */
export function msLeftInStep(timestamp: number, period = APP_PARAMS.period): number {
	return TOTP.remaining({ period, timestamp });
}

/** The code for one time step. */
export function codeForStep(secret: Secret, step: number, params: TotpParams = APP_PARAMS): string {
	return HOTP.generate({ secret, algorithm: params.algorithm, digits: params.digits, counter: step });
}

/** The code an app shows at a moment, in ms since the epoch. */
export function codeAt(secret: Secret, timestamp: number, params: TotpParams = APP_PARAMS): string {
	return codeForStep(secret, stepAt(timestamp, params.period), params);
}

/**
 * The verification policy for codes made from `secret`: period and digits come from
 * the TOTP parameters, everything else (clock, window, lock-out, saved state) from
 * `options`.
 */
export function verifierFor(
	secret: Secret,
	options: Omit<VerifierOptions, 'codeForStep' | 'period' | 'digits'> = {},
	params: TotpParams = APP_PARAMS,
): CodeVerifier {
	return new CodeVerifier({
		...options,
		codeForStep: (step) => codeForStep(secret, step, params),
		period: params.period,
		digits: params.digits,
	});
}

export { Secret };
