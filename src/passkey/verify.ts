import { decodePKIXECDSASignature, ECDSAPublicKey, p256, verifyECDSASignature } from '@oslojs/crypto/ecdsa';
import { RSAPublicKey, sha256ObjectIdentifier, verifyRSASSAPKCS1v15Signature } from '@oslojs/crypto/rsa';
import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { decodeBase64urlIgnorePadding, encodeHexLowerCase } from '@oslojs/encoding';
import {
	type AuthenticatorData,
	ClientDataType,
	COSEKeyType,
	type COSEPublicKey,
	coseAlgorithmES256,
	coseAlgorithmRS256,
	coseEllipticCurveP256,
	createAssertionSignatureMessage,
	parseAttestationObject,
	parseAuthenticatorData,
	parseClientDataJSON,
	type WebAuthnCredential,
} from '@oslojs/webauthn';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/browser';
import type { Algorithm } from './options';

/*
 * The relying party's checks of a passkey's answers, run in the reader's browser: the
 * registration (a new passkey) and every sign-in, in the order of WebAuthn Level 3, §7.1
 * and §7.2. Every byte format is read by @oslojs/webauthn and @oslojs/crypto (CBOR, the
 * authenticator data, the COSE key, the DER signature, SHA-256, ECDSA and RSA): nothing
 * here parses a format by hand.
 *
 * Why not @simplewebauthn/server, whose verify functions these checks mirror: it runs on
 * WebCrypto, but it does not fit the page's 45 KB budget. Bundled for the browser,
 * verifyAuthenticationResponse alone is 74 KB gzip (41 KB even with every module marked
 * free of side effects), because it pulls in asn1js, the @peculiar ASN.1 schemas and the
 * root certificates of every attestation format; verifyRegistrationResponse is 87 KB.
 * Oslo's parsers and primitives bundle to about 18 KB. The unit tests still check every
 * recorded answer with @simplewebauthn/server too, as an independent reference.
 *
 * The signature is checked with Oslo's own ECDSA and RSA (plain JavaScript, about 7 ms on
 * a PC) rather than WebCrypto: WebCrypto needs the key re-encoded as bytes, and Oslo's
 * SEC1 encoder does not pad a short y coordinate, which would break one key in 256.
 *
 * Two of Oslo's readers are not used as they are (both found by running other libraries'
 * test vectors against these checks): the signature counter is read again as unsigned
 * (counterOf), and an RSA key's numbers are taken from Oslo's decoded COSE map
 * (rsaKeyOf), since its rsa() accepts only a 2048-bit modulus with a 3-byte exponent.
 */

/** What the page expected: the challenge it issued, its own origin and relying party id. */
export interface Expected {
	/** The challenge of this ceremony, base64url. */
	challenge: string;
	/** `location.origin`, e.g. https://mfa.example.ac.jp */
	origin: string;
	/** `location.hostname`: the relying party id the passkey is bound to. */
	rpId: string;
}

/**
 * The public key as the page keeps it: the numbers of the COSE key, in hex. Hex because
 * Oslo hands the numbers over as bigints, and `bigint.toString(16)` / `BigInt('0x…')`
 * carry them exactly without any byte encoding of our own.
 */
export type PublicKeyRecord =
	| { alg: typeof coseAlgorithmES256; crv: 'P-256'; x: string; y: string }
	| { alg: typeof coseAlgorithmRS256; n: string; e: string };

/** A registered passkey: what the page stores (src/passkey/store.ts adds when and under which name). */
export interface Credential {
	/** The credential id, base64url (as `response.id`). */
	id: string;
	publicKey: PublicKeyRecord;
	/** The authenticator's signature counter at the last accepted answer (0 for most synced passkeys). */
	counter: number;
	/** Where the passkey can be reached (internal, hybrid, usb…), as the browser reported them; a hint for sign-in. */
	transports: string[];
}

/** Why an answer was refused: each has its own words on the page (passkeyDemo.refused.*). */
export type Refusal =
	/** The answer could not be read (broken bytes, missing parts). */
	| 'malformed'
	/** A sign-in answer given to registration or the other way round. */
	| 'ceremony'
	/** Not the challenge this page issued for this ceremony: an old or replayed answer. */
	| 'challenge'
	/** Made on another address (or inside another site's frame). */
	| 'origin'
	/** Signed for another relying party id: a passkey of another site. */
	| 'rp-id'
	/** The authenticator did not see a person (the UP flag is clear). */
	| 'user-present'
	/** A key type or algorithm the page did not offer. */
	| 'algorithm'
	/** Signed by a passkey other than the one this page registered. */
	| 'credential'
	/** The signature does not match the stored public key. */
	| 'signature'
	/** The counter went backwards: possibly a copied authenticator. */
	| 'counter';

export type Checked<T> = ({ ok: true } & T) | { ok: false; reason: Refusal; detail?: string };

/** What the page can say it checked, after an accepted answer. */
export interface Facts {
	origin: string;
	rpId: string;
	/** Whether the device verified the user (fingerprint, face, PIN): the UV flag, reported as it is. */
	userVerified: boolean;
	/** The counter in this answer. */
	counter: number;
}

/**
 * The authenticator's signature counter, a 32-bit unsigned integer (WebAuthn §6.1). Oslo's
 * parseAuthenticatorData reads it with @oslojs/binary's bigEndian.uint32, which ORs the
 * bytes into a signed 32-bit number: from 2³¹ up it came out negative, so such a passkey was
 * not kept across a reload (store.ts refuses a negative counter) and its next sign-in looked
 * like a counter gone backwards. `>>> 0` reads the same 32 bits as unsigned.
 */
const counterOf = (data: AuthenticatorData) => data.signatureCounter >>> 0;

/**
 * The RSA keys the page accepts for RS256: a modulus of 2048 bits or more ("A key of size
 * 2048 bits or larger MUST be used", RFC 8812 §2, which registers RS256 for WebAuthn), and
 * what Chromium's WebCrypto can verify (BoringSSL's rsa_check_public_key): a modulus of at
 * most 16384 bits and an odd exponent from 3 to 2³³ − 1, the bound that also keeps a crafted
 * exponent from making the check slow. Authenticators make 2048-bit keys with 65537; a key of
 * 3072 or 4096 bits, or with another exponent, is as good.
 */
function rsaKeyAcceptable(n: bigint, e: bigint): boolean {
	const bits = n.toString(2).length;
	return bits >= 2048 && bits <= 16384 && e >= 3n && e < 2n ** 33n && e % 2n === 1n;
}

/** A byte-string parameter of a COSE key (RSA's n is -1, e is -2: RFC 8230 §4), from the map Oslo decoded. */
function coseNumber(key: COSEPublicKey, label: number): bigint | undefined {
	const value: unknown = Reflect.get(key.decoded, String(label));
	return value instanceof Uint8Array && value.byteLength > 0 ? BigInt(`0x${encodeHexLowerCase(value)}`) : undefined;
}

/** An RSA key's modulus and exponent, if both are there and acceptable. */
function rsaKeyOf(key: COSEPublicKey): { n: bigint; e: bigint } | undefined {
	const n = coseNumber(key, -1);
	const e = coseNumber(key, -2);
	return n !== undefined && e !== undefined && rsaKeyAcceptable(n, e) ? { n, e } : undefined;
}

const refuse = (reason: Refusal, detail?: string): { ok: false; reason: Refusal; detail?: string } =>
	detail === undefined ? { ok: false, reason } : { ok: false, reason, detail };

function bytes(base64url: string | undefined): Uint8Array | undefined {
	if (typeof base64url !== 'string') return undefined;
	try {
		return decodeBase64urlIgnorePadding(base64url);
	} catch {
		return undefined;
	}
}

/** §7.1 steps 7–12 / §7.2 steps 11–15: the client data's type, challenge and origin. */
function checkClientData(clientDataJSON: Uint8Array, type: ClientDataType, expected: Expected): Refusal | { origin: string } {
	let clientData: ReturnType<typeof parseClientDataJSON>;
	try {
		clientData = parseClientDataJSON(clientDataJSON);
	} catch {
		return 'malformed';
	}
	if (clientData.type !== type) return 'ceremony';
	const challenge = bytes(expected.challenge);
	if (!challenge || !constantTimeEqual(clientData.challenge, challenge)) return 'challenge';
	if (clientData.origin !== expected.origin) return 'origin';
	// The page is never framed: an answer made inside another site's frame is not ours.
	if (clientData.crossOrigin) return 'origin';
	return { origin: clientData.origin };
}

/** §7.1 steps 13–15 / §7.2 steps 15–17: the relying party id hash and the user-present flag. */
function checkAuthenticatorData(data: AuthenticatorData, expected: Expected): Refusal | undefined {
	if (!data.verifyRelyingPartyIdHash(expected.rpId)) return 'rp-id';
	if (!data.userPresent) return 'user-present';
	return undefined;
}

/** The credential's public key as the page keeps it, if it is one the page offered and can check. */
function publicKeyRecord(credential: WebAuthnCredential): PublicKeyRecord | undefined {
	const key = credential.publicKey;
	try {
		if (!key.isAlgorithmDefined()) return undefined;
		const alg = key.algorithm();
		if (alg === coseAlgorithmES256 && key.type() === COSEKeyType.EC2) {
			const ec2 = key.ec2();
			if (ec2.curve !== coseEllipticCurveP256) return undefined;
			return { alg, crv: 'P-256', x: ec2.x.toString(16), y: ec2.y.toString(16) };
		}
		if (alg === coseAlgorithmRS256 && key.type() === COSEKeyType.RSA) {
			const rsa = rsaKeyOf(key);
			return rsa && { alg, n: rsa.n.toString(16), e: rsa.e.toString(16) };
		}
	} catch {
		// A key whose parameters are missing or of the wrong kind: not one we offered.
	}
	return undefined;
}

/** Whether `signature` over authenticatorData ‖ SHA-256(clientDataJSON) is the stored key's (§7.2 step 20). */
function signatureMatches(key: PublicKeyRecord, authenticatorData: Uint8Array, clientDataJSON: Uint8Array, signature: Uint8Array): boolean {
	const hash = sha256(createAssertionSignatureMessage(authenticatorData, clientDataJSON));
	try {
		if (key.alg === coseAlgorithmES256) {
			const publicKey = new ECDSAPublicKey(p256, BigInt(`0x${key.x}`), BigInt(`0x${key.y}`));
			return verifyECDSASignature(publicKey, hash, decodePKIXECDSASignature(signature));
		}
		const publicKey = new RSAPublicKey(BigInt(`0x${key.n}`), BigInt(`0x${key.e}`));
		// A stored key edited since it was registered is held to the same rule. And the signature
		// is exactly as long as the modulus (RFC 8017 §8.2.2, step 1), as WebCrypto requires: Oslo
		// reads it as a number, so a zero byte put in front of a genuine one passed its check.
		if (!rsaKeyAcceptable(publicKey.n, publicKey.e)) return false;
		if (signature.byteLength !== Math.ceil(publicKey.n.toString(2).length / 8)) return false;
		return verifyRSASSAPKCS1v15Signature(publicKey, sha256ObjectIdentifier, hash, signature);
	} catch {
		// A signature that is not even well-formed DER does not match either.
		return false;
	}
}

/**
 * Checks a new passkey (WebAuthn §7.1). The page asks for no attestation ('none'), so the
 * attestation statement, which would say who made the authenticator, is not checked: the
 * page trusts the key for what it is, a key this browser just made for this site.
 */
export function verifyRegistration(
	response: RegistrationResponseJSON,
	expected: Expected,
): Checked<{ credential: Credential; facts: Facts; algorithm: Algorithm }> {
	const clientDataJSON = bytes(response?.response?.clientDataJSON);
	const attestationObject = bytes(response?.response?.attestationObject);
	const rawId = bytes(response?.rawId);
	if (!clientDataJSON || !attestationObject || !rawId || response.id !== response.rawId || response.type !== 'public-key')
		return refuse('malformed');

	const client = checkClientData(clientDataJSON, ClientDataType.Create, expected);
	if (typeof client === 'string') return refuse(client);

	let attestation: ReturnType<typeof parseAttestationObject>;
	try {
		attestation = parseAttestationObject(attestationObject);
	} catch {
		return refuse('malformed');
	}
	const data = attestation.authenticatorData;
	const refused = checkAuthenticatorData(data, expected);
	if (refused) return refuse(refused);
	// A registration must carry the new credential, under the id the browser reported.
	if (!data.credential || !constantTimeEqual(data.credential.id, rawId)) return refuse('malformed');
	const publicKey = publicKeyRecord(data.credential);
	if (!publicKey) return refuse('algorithm');

	const transports = Array.isArray(response.response.transports) ? response.response.transports.filter((t) => typeof t === 'string') : [];
	const counter = counterOf(data);
	return {
		ok: true,
		algorithm: publicKey.alg,
		credential: { id: response.id, publicKey, counter, transports },
		facts: { origin: client.origin, rpId: expected.rpId, userVerified: data.userVerified, counter },
	};
}

/**
 * Checks a sign-in (WebAuthn §7.2) against the registered passkey: which passkey answered,
 * the client data, the relying party id and the flags, the signature with the stored
 * public key, and the counter. Returns the new counter to store.
 */
export function verifyAuthentication(
	response: AuthenticationResponseJSON,
	credential: Credential,
	expected: Expected,
): Checked<{ facts: Facts }> {
	const clientDataJSON = bytes(response?.response?.clientDataJSON);
	const authenticatorData = bytes(response?.response?.authenticatorData);
	const signature = bytes(response?.response?.signature);
	if (!clientDataJSON || !authenticatorData || !signature || response.id !== response.rawId || response.type !== 'public-key')
		return refuse('malformed');
	// §7.2 step 5: the passkey that answered must be the one this page registered.
	if (response.id !== credential.id) return refuse('credential');

	const client = checkClientData(clientDataJSON, ClientDataType.Get, expected);
	if (typeof client === 'string') return refuse(client);

	let data: AuthenticatorData;
	try {
		data = parseAuthenticatorData(authenticatorData);
	} catch {
		return refuse('malformed');
	}
	const refused = checkAuthenticatorData(data, expected);
	if (refused) return refuse(refused);

	if (!signatureMatches(credential.publicKey, authenticatorData, clientDataJSON, signature)) return refuse('signature');
	// §7.2 step 22: a counter that does not grow (when either side counts) hints at a cloned authenticator.
	const counter = counterOf(data);
	if ((counter > 0 || credential.counter > 0) && counter <= credential.counter)
		return refuse('counter', `${counter} ≤ ${credential.counter}`);

	return {
		ok: true,
		facts: { origin: client.origin, rpId: expected.rpId, userVerified: data.userVerified, counter },
	};
}
