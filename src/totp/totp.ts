import { HMAC } from '@oslojs/crypto/hmac';
import { SHA1 } from '@oslojs/crypto/sha1';
import { SHA256, SHA512 } from '@oslojs/crypto/sha2';
import { HOTP, Secret, TOTP } from 'otpauth/bare';
import { CodeVerifier, type VerifierOptions } from './verifier';

// otpauth makes the codes (RFC 4226 and 6238), reads and writes base32 and builds the
// otpauth:// key URIs. Its "bare" build, with the HMAC given here from Oslo (the passkey
// checks' library): the default build carries its own SHA-1, SHA-2 and SHA-3 (@noble/hashes),
// 10.0 KB gzip (its minified file) against the bare build's 3.1. The unit tests hold the codes
// to the RFCs' vectors, to Node's own HMAC and to otpauth's default build.

export { Secret };

/** The hash functions RFC 6238 names; authenticator apps in practice only agree on SHA1. */
export type Algorithm = 'SHA1' | 'SHA256' | 'SHA512';
const HASHES = { SHA1, SHA256, SHA512 } as const;

/** otpauth's HMAC, on Oslo's hashes: only the algorithms above are ever asked for. */
function hmac(algorithm: string, key: Uint8Array, message: Uint8Array): Uint8Array {
	const hash = HASHES[algorithm as Algorithm];
	if (!hash) throw new TypeError(`Unknown hash algorithm: ${algorithm}`);
	const mac = new HMAC(hash, key);
	mac.update(message);
	return mac.digest();
}

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
	return new Secret({ buffer: fillRandom(new Uint8Array(SECRET_BYTES)).buffer });
}

/**
 * Reads a base32 secret back (e.g. from sessionStorage, or a key copied by hand); throws on
 * anything that is not base32. Case and any whitespace, as people copy a key, are forgiven
 * (otpauth itself forgives only spaces).
 */
export function secretFromBase32(base32: string): Secret {
	return Secret.fromBase32(base32.replace(/\s+/g, ''));
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

/**
 * The otpauth:// key URI (Google's Key Uri Format) that a QR code or a link carries.
 * otpauth puts the issuer both in the label prefix and in the issuer parameter: older apps
 * read only one or the other.
 */
export function keyUri(secret: Secret, name: AccountName, params: TotpParams = APP_PARAMS): string {
	return new TOTP({ issuer: name.issuer, label: name.account, secret, ...params, hmac }).toString();
}

/** The time step (RFC 6238's T) that a moment, in ms since the epoch, falls in. */
export function stepAt(timestamp: number, period = APP_PARAMS.period): number {
	return TOTP.counter({ period, timestamp });
}

/** Milliseconds left before the step that `timestamp` falls in ends and the code changes. */
export function msLeftInStep(timestamp: number, period = APP_PARAMS.period): number {
	return TOTP.remaining({ period, timestamp });
}

/** The code for one time step: RFC 6238's TOTP is RFC 4226's HOTP of the step. */
export function codeForStep(secret: Secret, step: number, params: TotpParams = APP_PARAMS): string {
	return HOTP.generate({ secret, counter: step, algorithm: params.algorithm, digits: params.digits, hmac });
}

/** The code an app shows at a moment, in ms since the epoch. */
export function codeAt(secret: Secret, timestamp: number, params: TotpParams = APP_PARAMS): string {
	return TOTP.generate({ secret, timestamp, ...params, hmac });
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
