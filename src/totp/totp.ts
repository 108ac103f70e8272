import { HMAC } from '@oslojs/crypto/hmac';
import { SHA1 } from '@oslojs/crypto/sha1';
import { SHA256, SHA512 } from '@oslojs/crypto/sha2';
import { decodeBase32IgnorePadding, decodeHex, encodeBase32NoPadding, encodeHexUpperCase } from '@oslojs/encoding';
import { CodeVerifier, type VerifierOptions } from './verifier';

// RFC 4226 and 6238 on Oslo's HMAC and hashes (the passkey demo's library), not otpauth:
// otpauth carries its own SHA-1, SHA-2 and SHA-3 and was 9.7 KB gzip of the practice page's
// JavaScript; these are under 3. The unit tests hold the codes to the RFC's vectors and to
// Node's own HMAC.

/** The hash functions RFC 6238 names; authenticator apps in practice only agree on SHA1. */
export type Algorithm = 'SHA1' | 'SHA256' | 'SHA512';
const HASHES = { SHA1, SHA256, SHA512 } as const;

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

/** A shared secret: its bytes, and the base32 that key URIs and "enter a setup key" screens carry. */
export class Secret {
	readonly bytes: Uint8Array;
	constructor(bytes: Uint8Array) {
		this.bytes = Uint8Array.from(bytes);
	}
	/** Unpadded: 160 bits are exactly 32 characters, and some apps choke on "=". */
	get base32(): string {
		return encodeBase32NoPadding(this.bytes);
	}
	get hex(): string {
		return encodeHexUpperCase(this.bytes);
	}
	/** Case and spaces as people copy a key are forgiven; anything else that is not base32 throws. */
	static fromBase32(base32: string): Secret {
		return new Secret(decodeBase32IgnorePadding(base32.replace(/\s+/g, '').toUpperCase()));
	}
	static fromHex(hex: string): Secret {
		return new Secret(decodeHex(hex));
	}
	/** Each character as one byte, as RFC 6238's reference seeds are written. */
	static fromLatin1(text: string): Secret {
		return new Secret(Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff));
	}
}

/**
 * A fresh random secret. The random source is a parameter only so that tests can pin
 * it; in the page it is always the browser's own cryptographic generator.
 */
export function createSecret(
	fillRandom: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer> = (bytes) => crypto.getRandomValues(bytes),
): Secret {
	return new Secret(fillRandom(new Uint8Array(SECRET_BYTES)));
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

/**
 * The otpauth:// key URI (Google's Key Uri Format) that a QR code or a link carries.
 * The issuer goes both in the label prefix and in the issuer parameter: older apps read
 * only one or the other.
 */
export function keyUri(secret: Secret, name: AccountName, params: TotpParams = APP_PARAMS): string {
	const issuer = encodeURIComponent(name.issuer);
	const query = `issuer=${issuer}&secret=${secret.base32}&algorithm=${params.algorithm}&digits=${params.digits}&period=${params.period}`;
	return `otpauth://totp/${issuer}:${encodeURIComponent(name.account)}?${query}`;
}

/** The time step (RFC 6238's T) that a moment, in ms since the epoch, falls in. */
export function stepAt(timestamp: number, period = APP_PARAMS.period): number {
	return Math.floor(timestamp / 1000 / period);
}

/** Milliseconds left before the step that `timestamp` falls in ends and the code changes. */
export function msLeftInStep(timestamp: number, period = APP_PARAMS.period): number {
	const ms = period * 1000;
	return ms - (timestamp % ms);
}

/** The code for one time step. */
export function codeForStep(secret: Secret, step: number, params: TotpParams = APP_PARAMS): string {
	const counter = new Uint8Array(8);
	new DataView(counter.buffer).setBigUint64(0, BigInt(step));
	const mac = new HMAC(HASHES[params.algorithm], secret.bytes);
	mac.update(counter);
	const digest = mac.digest();
	// RFC 4226 §5.3, dynamic truncation: 31 bits from the offset the last nibble names.
	const at = (digest[digest.length - 1] ?? 0) & 0xf;
	const bits = new DataView(digest.buffer, digest.byteOffset).getUint32(at) & 0x7fffffff;
	return String(bits % 10 ** params.digits).padStart(params.digits, '0');
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
