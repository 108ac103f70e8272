import { readFileSync } from 'node:fs';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/browser';
import { verifyAuthenticationResponse, verifyRegistrationResponse, type WebAuthnCredential } from '@simplewebauthn/server';
import { describe, expect, it } from 'vitest';
import { readPasskey, type StoredPasskey, writePasskey } from '../../src/passkey/store';
import { type Credential, type Expected, verifyAuthentication, verifyRegistration } from '../../src/passkey/verify';
import { type KeySpec, type MadeAuthenticator, makeAuthenticator } from '../support/authenticator';

/*
 * The page's checks (src/passkey/verify.ts, on Oslo) against answers recorded from Chromium's
 * virtual authenticator (tests/fixtures/record-passkey.ts): genuine ones are accepted, and
 * the same answers with bytes changed here are refused for the reason the page names.
 * @simplewebauthn/server, which the page does not ship, judges every case too: a check the
 * page got wrong would disagree with a library that thousands of servers use.
 */

interface Recording {
	origin: string;
	rpId: string;
	registration: { challenge: string; response: RegistrationResponseJSON };
	signIns: { challenge: string; response: AuthenticationResponseJSON }[];
}
const load = (name: string): Recording => JSON.parse(readFileSync(new URL(`../fixtures/passkey/${name}`, import.meta.url), 'utf8'));
const ES256 = load('es256.json');
const NO_UV = load('es256-no-uv.json');
const RS256 = load('rs256.json');

const expectedOf = (recording: Recording, challenge: string): Expected => ({ challenge, origin: recording.origin, rpId: recording.rpId });

/** The registered passkey as the page keeps it, from the recording's genuine registration. */
function registered(recording: Recording): Credential {
	const result = verifyRegistration(recording.registration.response, expectedOf(recording, recording.registration.challenge));
	if (!result.ok) throw new Error(`the recorded registration was refused: ${result.reason}`);
	return result.credential;
}

// Byte surgery on base64url fields, the way an attacker or a broken client would change them.
const decode = (text: string) => Buffer.from(text, 'base64url');
const encode = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const clone = <T>(value: T): T => structuredClone(value);

function withClientData<T extends RegistrationResponseJSON | AuthenticationResponseJSON>(
	response: T,
	change: (data: Record<string, unknown>) => void,
): T {
	const copy = clone(response);
	const data = JSON.parse(decode(copy.response.clientDataJSON).toString('utf8')) as Record<string, unknown>;
	change(data);
	copy.response.clientDataJSON = encode(Buffer.from(JSON.stringify(data)));
	return copy;
}

/** Flips bits of one byte of the sign-in's authenticator data (byte 32 holds the flags). */
function withAuthenticatorByte(response: AuthenticationResponseJSON, index: number, mask: number): AuthenticationResponseJSON {
	const copy = clone(response);
	const data = decode(copy.response.authenticatorData);
	data[index]! ^= mask;
	copy.response.authenticatorData = encode(data);
	return copy;
}

/**
 * Flips bits of one byte of the authenticator data inside a registration's CBOR attestation
 * object: the authenticator data is found in it as the bytes the browser also reported on
 * their own (`response.authenticatorData`), so no CBOR is read here either.
 */
function withAttestedByte(response: RegistrationResponseJSON, index: number, mask: number): RegistrationResponseJSON {
	const copy = clone(response);
	const object = decode(copy.response.attestationObject);
	const at = object.indexOf(decode(copy.response.authenticatorData!));
	if (at < 0) throw new Error('authenticator data not found in the attestation object');
	object[at + index]! ^= mask;
	copy.response.attestationObject = encode(object);
	return copy;
}

const UP = 0x01;
const LOOKALIKE = 'https://login-microsoftonline.example';
const UV = 0x04;

/** What @simplewebauthn/server says of a registration: accepted, or the message it refuses with. */
async function referenceRegistration(response: RegistrationResponseJSON, expected: Expected) {
	try {
		const result = await verifyRegistrationResponse({
			response,
			expectedChallenge: expected.challenge,
			expectedOrigin: expected.origin,
			expectedRPID: expected.rpId,
			requireUserVerification: false,
		});
		return result.verified ? { verified: true, credential: result.registrationInfo.credential } : { verified: false };
	} catch (error) {
		return { verified: false, error: (error as Error).message };
	}
}

async function referenceCredential(recording: Recording): Promise<WebAuthnCredential> {
	const result = await referenceRegistration(recording.registration.response, expectedOf(recording, recording.registration.challenge));
	if (!result.credential) throw new Error('the reference refused the recorded registration');
	return result.credential;
}

/** What @simplewebauthn/server says of a sign-in. */
async function referenceSignIn(response: AuthenticationResponseJSON, credential: WebAuthnCredential, expected: Expected) {
	try {
		const result = await verifyAuthenticationResponse({
			response,
			credential,
			expectedChallenge: expected.challenge,
			expectedOrigin: expected.origin,
			expectedRPID: expected.rpId,
			requireUserVerification: false,
		});
		return { verified: result.verified, ...(result.verified ? {} : { error: 'signature' }) };
	} catch (error) {
		return { verified: false, error: (error as Error).message };
	}
}

describe('registration of a new passkey', () => {
	it('accepts the recorded registration and keeps its public key, counter and transports', async () => {
		const expected = expectedOf(ES256, ES256.registration.challenge);
		const result = verifyRegistration(ES256.registration.response, expected);
		expect(result).toMatchObject({
			ok: true,
			algorithm: -7,
			credential: {
				id: ES256.registration.response.id,
				counter: expect.any(Number),
				transports: ['internal'],
				publicKey: { alg: -7, crv: 'P-256' },
			},
			facts: { origin: ES256.origin, rpId: 'localhost', userVerified: true },
		});
		expect(await referenceRegistration(ES256.registration.response, expected)).toMatchObject({ verified: true });
	});

	it('reports honestly that a device without a PIN or fingerprint did not verify the user', async () => {
		const expected = expectedOf(NO_UV, NO_UV.registration.challenge);
		expect(verifyRegistration(NO_UV.registration.response, expected)).toMatchObject({ ok: true, facts: { userVerified: false } });
		expect(await referenceRegistration(NO_UV.registration.response, expected)).toMatchObject({ verified: true });
	});

	it('accepts an RS256 passkey (Windows Hello may make one)', () => {
		const result = verifyRegistration(RS256.registration.response, expectedOf(RS256, RS256.registration.challenge));
		expect(result).toMatchObject({ ok: true, algorithm: -257, credential: { publicKey: { alg: -257 } } });
	});

	// Each case: what changed, how, what the page expected instead, the page's reason, and the
	// reference's message (undefined where it has none: it takes the id inside the signed data).
	const refusals: [string, (r: RegistrationResponseJSON) => RegistrationResponseJSON, Partial<Expected>, string, RegExp | undefined][] = [
		['another challenge', (r) => r, { challenge: ES256.signIns[0]!.challenge }, 'challenge', /challenge/],
		['another origin', (r) => r, { origin: LOOKALIKE }, 'origin', /origin/],
		['another relying party id', (r) => r, { rpId: 'login-microsoftonline.example' }, 'rp-id', /RP ID/],
		['the user-present flag cleared', (r) => withAttestedByte(r, 32, UP), {}, 'user-present', /present/],
		[
			'a sign-in’s client data',
			(r) =>
				withClientData(r, (d) => {
					d['type'] = 'webauthn.get';
				}),
			{},
			'ceremony',
			/type/,
		],
		[
			'an id other than the one in the signed data',
			(r) => ({ ...r, id: `A${r.id.slice(1)}`, rawId: `A${r.rawId.slice(1)}` }),
			{},
			'malformed',
			undefined,
		],
	];
	for (const [what, change, override, reason, reference] of refusals) {
		it(`refuses ${what} (${reason})`, async () => {
			const expected = { ...expectedOf(ES256, ES256.registration.challenge), ...override };
			const response = change(ES256.registration.response);
			expect(verifyRegistration(response, expected)).toEqual({ ok: false, reason });
			if (!reference) return;
			const judged = await referenceRegistration(response, expected);
			expect(judged.verified).toBe(false);
			expect(judged.error ?? '').toMatch(reference);
		});
	}

	it('refuses answers that cannot be read, without throwing', () => {
		const expected = expectedOf(ES256, ES256.registration.challenge);
		const response = ES256.registration.response;
		const broken = [
			{ ...response, response: { ...response.response, attestationObject: 'AAAA' } },
			{ ...response, response: { ...response.response, clientDataJSON: encode(Buffer.from('not json')) } },
			{ ...response, rawId: 'other' },
			{} as RegistrationResponseJSON,
		];
		for (const answer of broken) expect(verifyRegistration(answer, expected)).toEqual({ ok: false, reason: 'malformed' });
	});
});

describe('signing in with the registered passkey', () => {
	it('accepts each recorded sign-in in turn, with the counter rising, as the reference does', async () => {
		let credential = registered(ES256);
		let reference = await referenceCredential(ES256);
		for (const [i, signIn] of ES256.signIns.entries()) {
			const expected = expectedOf(ES256, signIn.challenge);
			const result = verifyAuthentication(signIn.response, credential, expected);
			expect(result, `sign-in ${i + 1}`).toMatchObject({
				ok: true,
				facts: { origin: ES256.origin, rpId: 'localhost', userVerified: true },
			});
			if (!result.ok) return;
			expect(result.facts.counter).toBeGreaterThan(credential.counter);
			expect(await referenceSignIn(signIn.response, reference, expected)).toEqual({ verified: true });
			credential = { ...credential, counter: result.facts.counter };
			reference = { ...reference, counter: result.facts.counter };
		}
	});

	it('accepts a sign-in without user verification and says so', () => {
		const signIn = NO_UV.signIns[0]!;
		expect(verifyAuthentication(signIn.response, registered(NO_UV), expectedOf(NO_UV, signIn.challenge))).toMatchObject({
			ok: true,
			facts: { userVerified: false },
		});
	});

	it('checks an RS256 signature', () => {
		const signIn = RS256.signIns[0]!;
		const credential = registered(RS256);
		expect(verifyAuthentication(signIn.response, credential, expectedOf(RS256, signIn.challenge))).toMatchObject({ ok: true });
		const changed = clone(signIn.response);
		const signature = decode(changed.response.signature);
		signature[10]! ^= 0x01;
		changed.response.signature = encode(signature);
		expect(verifyAuthentication(changed, credential, expectedOf(RS256, signIn.challenge))).toEqual({ ok: false, reason: 'signature' });
	});

	const signIn = ES256.signIns[0]!;
	const flipSignature = (r: AuthenticationResponseJSON) => {
		const copy = clone(r);
		const signature = decode(copy.response.signature);
		// A byte inside the value of r (after the DER header), so the DER still reads.
		signature[8]! ^= 0x01;
		copy.response.signature = encode(signature);
		return copy;
	};
	// Each case: what changed, how, what the page expected instead, the page's reason, and the reference's.
	const refusals: [string, (r: AuthenticationResponseJSON) => AuthenticationResponseJSON, Partial<Expected>, string, RegExp][] = [
		['a changed signature', flipSignature, {}, 'signature', /signature/],
		['a challenge this page did not issue now', (r) => r, { challenge: ES256.signIns[1]!.challenge }, 'challenge', /challenge/],
		['another origin', (r) => r, { origin: LOOKALIKE }, 'origin', /origin/],
		['another relying party id', (r) => r, { rpId: 'login-microsoftonline.example' }, 'rp-id', /RP ID/],
		// Changing the flags also breaks the signature; both the page and the reference check
		// the flags first (WebAuthn §7.2 step 16 before step 20), so the flag is the reason given.
		['the user-present flag cleared', (r) => withAuthenticatorByte(r, 32, UP), {}, 'user-present', /not present/],
		[
			'a registration’s client data',
			(r) =>
				withClientData(r, (d) => {
					d['type'] = 'webauthn.create';
				}),
			{},
			'ceremony',
			/type/,
		],
		// A look-alike that rewrites the address in the client data: the signature covers it.
		[
			'client data rewritten to name another origin',
			(r) =>
				withClientData(r, (d) => {
					d['origin'] = LOOKALIKE;
				}),
			{ origin: LOOKALIKE },
			'signature',
			/signature/,
		],
	];
	for (const [what, change, override, reason, reference] of refusals) {
		it(`refuses ${what} (${reason})`, async () => {
			const expected = { ...expectedOf(ES256, signIn.challenge), ...override };
			const response = change(signIn.response);
			expect(verifyAuthentication(response, registered(ES256), expected)).toEqual({ ok: false, reason });
			const judged = await referenceSignIn(response, await referenceCredential(ES256), expected);
			expect(judged.verified).toBe(false);
			expect(judged.error).toMatch(reference);
		});
	}

	it('refuses the user-verified flag cleared: the signature no longer matches', () => {
		const response = withAuthenticatorByte(signIn.response, 32, UV);
		expect(verifyAuthentication(response, registered(ES256), expectedOf(ES256, signIn.challenge))).toEqual({
			ok: false,
			reason: 'signature',
		});
	});

	it('refuses a passkey other than the registered one (another site’s, or an older practice passkey)', () => {
		const other = registered(NO_UV);
		expect(verifyAuthentication(signIn.response, other, expectedOf(ES256, signIn.challenge))).toEqual({ ok: false, reason: 'credential' });
	});

	it('refuses an answer signed by another key under the registered id', () => {
		const impostor = { ...registered(NO_UV), id: ES256.registration.response.id };
		expect(verifyAuthentication(signIn.response, impostor, expectedOf(ES256, signIn.challenge))).toEqual({
			ok: false,
			reason: 'signature',
		});
	});

	it('refuses an old answer replayed after a newer one: the counter did not rise', () => {
		const credential = registered(ES256);
		const later = ES256.signIns[1]!;
		const first = verifyAuthentication(later.response, credential, expectedOf(ES256, later.challenge));
		if (!first.ok) throw new Error(first.reason);
		const replay = verifyAuthentication(
			signIn.response,
			{ ...credential, counter: first.facts.counter },
			expectedOf(ES256, signIn.challenge),
		);
		expect(replay).toMatchObject({ ok: false, reason: 'counter' });
	});

	it('refuses answers that cannot be read, without throwing', () => {
		const credential = registered(ES256);
		const expected = expectedOf(ES256, signIn.challenge);
		const r = signIn.response;
		const broken = [
			{ ...r, response: { ...r.response, authenticatorData: encode(decode(r.response.authenticatorData).subarray(0, 20)) } },
			{ ...r, response: { ...r.response, clientDataJSON: '***' } },
			{ ...r, type: 'other' },
			{} as AuthenticationResponseJSON,
		];
		for (const answer of broken)
			expect(verifyAuthentication(answer as AuthenticationResponseJSON, credential, expected)).toEqual({ ok: false, reason: 'malformed' });
	});
});

/*
 * Answers of an authenticator made in the test (tests/support/authenticator.ts), for what
 * Chromium's virtual authenticator does not make: signature counters from 2³¹ up, and RSA
 * keys other than 2048 bits with the exponent 65537. The reference judges them too.
 */
describe('answers with counters and keys a recording does not have', () => {
	const challenge = () => Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
	const expectedOf = (made: MadeAuthenticator, c: string): Expected => ({ challenge: c, origin: made.origin, rpId: made.rpId });

	/** Registers `made` with its counter at `counter`; the page's credential and the reference's. */
	async function register(made: MadeAuthenticator, counter: number) {
		const c = challenge();
		const response = made.register(c, counter);
		const result = verifyRegistration(response, expectedOf(made, c));
		if (!result.ok) throw new Error(`registration refused: ${result.reason}`);
		const reference = await referenceRegistration(response, expectedOf(made, c));
		if (!reference.credential) throw new Error(`the reference refused the registration: ${reference.error}`);
		return { page: result.credential, reference: reference.credential };
	}

	/** The stored passkey after a reload: written to storage and read back, as the page does. */
	function reloaded(credential: Credential): Credential | undefined {
		const map = new Map<string, string>();
		const storage = {
			getItem: (k: string) => map.get(k) ?? null,
			setItem: (k: string, v: string) => void map.set(k, v),
			removeItem: (k: string) => void map.delete(k),
		} as Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
		const stored: StoredPasskey = { ...credential, v: 1, created: '2026-12-01T00:00:00.000Z', name: 'practice' };
		writePasskey(storage as Storage, stored);
		return readPasskey(storage as Storage);
	}

	it('reads counters of 2³¹ and more as unsigned: kept after a reload, each higher one accepted, a lower one refused', async () => {
		const made = await makeAuthenticator({ alg: 'ES256' });
		let { page, reference } = await register(made, 0x7fffffff);
		expect(page.counter).toBe(0x7fffffff);
		for (const counter of [0x80000000, 0xffffffff]) {
			const kept = reloaded(page);
			expect(kept?.counter, `${counter}: kept after a reload`).toBe(page.counter);
			const c = challenge();
			const response = made.signIn(c, counter);
			expect(verifyAuthentication(response, kept!, expectedOf(made, c))).toMatchObject({ ok: true, facts: { counter } });
			expect(await referenceSignIn(response, reference, expectedOf(made, c))).toEqual({ verified: true });
			page = { ...page, counter };
			reference = { ...reference, counter };
		}
		// After 0xffffffff, an answer at 0x80000000 is a counter gone backwards, for both.
		const c = challenge();
		const older = made.signIn(c, 0x80000000);
		expect(verifyAuthentication(older, page, expectedOf(made, c))).toMatchObject({ ok: false, reason: 'counter' });
		expect((await referenceSignIn(older, reference, expectedOf(made, c))).verified).toBe(false);
	});

	it('keeps a passkey registered at the counter’s top, 0xffffffff', async () => {
		const made = await makeAuthenticator({ alg: 'ES256' });
		const { page } = await register(made, 0xffffffff);
		expect(reloaded(page)?.counter).toBe(0xffffffff);
	});

	const accepted: [string, KeySpec][] = [
		['3072 bits, exponent 3', { alg: 'RS256', bits: 3072, exponent: 3 }],
		['4096 bits, exponent 65537', { alg: 'RS256', bits: 4096, exponent: 65537 }],
		['2048 bits, exponent 2³² − 1', { alg: 'RS256', bits: 2048, exponent: 2 ** 32 - 1 }],
	];
	for (const [what, spec] of accepted) {
		it(`accepts an RS256 key of ${what}, and checks its signatures`, async () => {
			const made = await makeAuthenticator(spec);
			const { page, reference } = await register(made, 0);
			expect(page.publicKey).toMatchObject({ alg: -257 });
			const c = challenge();
			const response = made.signIn(c, 0);
			expect(verifyAuthentication(response, page, expectedOf(made, c))).toMatchObject({ ok: true });
			expect(await referenceSignIn(response, reference, expectedOf(made, c))).toEqual({ verified: true });
			const signature = decode(response.response.signature);
			signature[20]! ^= 0x01;
			const changed = { ...response, response: { ...response.response, signature: encode(signature) } };
			expect(verifyAuthentication(changed, page, expectedOf(made, c))).toEqual({ ok: false, reason: 'signature' });
			// The same number with a zero byte in front is not a signature of the key's length (RFC 8017 §8.2.2).
			const padded = {
				...response,
				response: { ...response.response, signature: encode(Buffer.concat([Buffer.of(0), decode(response.response.signature)])) },
			};
			expect(verifyAuthentication(padded, page, expectedOf(made, c))).toEqual({ ok: false, reason: 'signature' });
			expect((await referenceSignIn(padded, reference, expectedOf(made, c))).verified).toBe(false);
		});
	}

	it('refuses an RSA key under 2048 bits, or one WebCrypto could not check, as an algorithm it did not offer', async () => {
		const small = await makeAuthenticator({ alg: 'RS256', bits: 1024, exponent: 65537 });
		const c = challenge();
		expect(verifyRegistration(small.register(c, 0), expectedOf(small, c))).toEqual({ ok: false, reason: 'algorithm' });
		const made = await makeAuthenticator({ alg: 'RS256', bits: 2048, exponent: 65537 });
		const changes: [string, (key: Map<number, number | Uint8Array>) => void][] = [
			['an even exponent', (key) => key.set(-2, Uint8Array.of(1, 0, 0))],
			['an exponent of 1', (key) => key.set(-2, Uint8Array.of(1))],
			['an exponent of 2³³ + 1', (key) => key.set(-2, Uint8Array.of(2, 0, 0, 0, 1))],
			['no exponent', (key) => key.delete(-2)],
			['a modulus of 16385 bits', (key) => key.set(-1, Uint8Array.of(1, ...new Uint8Array(2048).fill(0xff)))],
			['a modulus that is not bytes', (key) => key.set(-1, 7)],
		];
		for (const [what, change] of changes) {
			const c = challenge();
			expect(verifyRegistration(made.register(c, 0, change), expectedOf(made, c)), what).toEqual({ ok: false, reason: 'algorithm' });
		}
	});

	it('holds a stored key to the same rule: a 1024-bit key put in storage by hand signs nothing in', async () => {
		const small = await makeAuthenticator({ alg: 'RS256', bits: 1024, exponent: 65537 });
		const hex = (label: number) => Buffer.from(small.cose.get(label) as Uint8Array).toString('hex');
		const c = challenge();
		const response = small.signIn(c, 0);
		const edited: Credential = { id: response.id, publicKey: { alg: -257, n: hex(-1), e: hex(-2) }, counter: 0, transports: [] };
		expect(verifyAuthentication(response, edited, expectedOf(small, c))).toEqual({ ok: false, reason: 'signature' });
	});
});
