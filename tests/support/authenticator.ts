import { createHash, sign, webcrypto } from 'node:crypto';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/browser';
import { isoCBOR } from '@simplewebauthn/server/helpers';

/*
 * An authenticator made in the test, for answers tests/fixtures/record-passkey.ts cannot
 * record: Chromium's virtual authenticator makes RS256 keys of 2048 bits with the exponent
 * 65537 only, and counts its signatures from 0. Here the key comes from WebCrypto (Node's),
 * of the size and exponent the test asks for, and every answer carries the counter the test
 * gives. The bytes follow WebAuthn Level 3: the authenticator data of §6.1 (with the attested
 * credential data of §6.5.1 at registration), a "none" attestation object (§8.7) in CBOR, a
 * COSE key (RFC 9053 §2.1 for EC2, RFC 8230 §4 for RSA), and the signature over the
 * authenticator data and the client data's SHA-256 (§6.3.3).
 */

export type KeySpec = { alg: 'ES256' } | { alg: 'RS256'; bits: number; exponent: number };

const UP = 0x01;
const UV = 0x04;
const AT = 0x40;

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const sha256 = (bytes: Uint8Array | string) => new Uint8Array(createHash('sha256').update(bytes).digest());
const u32 = (n: number) => {
	const bytes = new Uint8Array(4);
	new DataView(bytes.buffer).setUint32(0, n);
	return bytes;
};
/** An exponent as WebCrypto's publicExponent: big-endian bytes, no leading zeros. */
const exponentBytes = (e: number) => {
	const hex = e.toString(16);
	return new Uint8Array(Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex'));
};

async function keyPair(spec: KeySpec) {
	const pair =
		spec.alg === 'ES256'
			? await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])
			: await webcrypto.subtle.generateKey(
					{ name: 'RSASSA-PKCS1-v1_5', modulusLength: spec.bits, publicExponent: exponentBytes(spec.exponent), hash: 'SHA-256' },
					true,
					['sign', 'verify'],
				);
	const jwk = await webcrypto.subtle.exportKey('jwk', pair.publicKey);
	const bytes = (field: string | undefined) => new Uint8Array(Buffer.from(field ?? '', 'base64url'));
	const cose =
		spec.alg === 'ES256'
			? new Map<number, number | Uint8Array>([
					[1, 2],
					[3, -7],
					[-1, 1],
					[-2, bytes(jwk.x)],
					[-3, bytes(jwk.y)],
				])
			: new Map<number, number | Uint8Array>([
					[1, 3],
					[3, -257],
					[-1, bytes(jwk.n)],
					[-2, bytes(jwk.e)],
				]);
	// Node's sign() writes ECDSA signatures in DER, as authenticators do (WebAuthn §6.5.5); WebCrypto writes r ‖ s.
	const privateKey = await webcrypto.subtle.exportKey('pkcs8', pair.privateKey);
	const key = { key: Buffer.from(privateKey), format: 'der' as const, type: 'pkcs8' as const };
	return { cose, sign: (data: Uint8Array) => new Uint8Array(sign('sha256', data, key)) };
}

export interface MadeAuthenticator {
	origin: string;
	rpId: string;
	/** The public key, as a COSE map (labels to values). */
	cose: ReadonlyMap<number, number | Uint8Array>;
	/** A registration answering `challenge`, the passkey's signature counter at `counter`; `cose` changes the key it reports. */
	register(challenge: string, counter: number, cose?: (key: Map<number, number | Uint8Array>) => void): RegistrationResponseJSON;
	/** A sign-in answering `challenge`, with the counter at `counter`. */
	signIn(challenge: string, counter: number): AuthenticationResponseJSON;
}

export async function makeAuthenticator(spec: KeySpec, origin = 'http://localhost:4321'): Promise<MadeAuthenticator> {
	const rpId = new URL(origin).hostname;
	const { cose, sign } = await keyPair(spec);
	const id = webcrypto.getRandomValues(new Uint8Array(32));
	const clientData = (type: string, challenge: string) => Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
	return {
		origin,
		rpId,
		cose,
		register(challenge, counter, change) {
			const key = new Map(cose);
			change?.(key);
			const idLength = new Uint8Array([id.byteLength >> 8, id.byteLength & 0xff]);
			const authData = Buffer.concat([
				sha256(rpId),
				Uint8Array.of(UP | UV | AT),
				u32(counter),
				new Uint8Array(16),
				idLength,
				id,
				isoCBOR.encode(key),
			]);
			const attestationObject = isoCBOR.encode(
				new Map<string, string | Map<string, string> | Uint8Array>([
					['fmt', 'none'],
					['attStmt', new Map<string, string>()],
					['authData', authData],
				]),
			);
			return {
				id: b64url(id),
				rawId: b64url(id),
				type: 'public-key',
				response: {
					clientDataJSON: b64url(clientData('webauthn.create', challenge)),
					attestationObject: b64url(attestationObject),
					authenticatorData: b64url(authData),
					transports: ['internal'],
				},
				clientExtensionResults: {},
			};
		},
		signIn(challenge, counter) {
			const authData = Buffer.concat([sha256(rpId), Uint8Array.of(UP | UV), u32(counter)]);
			const json = clientData('webauthn.get', challenge);
			return {
				id: b64url(id),
				rawId: b64url(id),
				type: 'public-key',
				response: {
					clientDataJSON: b64url(json),
					authenticatorData: b64url(authData),
					signature: b64url(sign(Buffer.concat([authData, sha256(json)]))),
				},
				clientExtensionResults: {},
			};
		},
	};
}
