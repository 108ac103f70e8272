import { type AuthenticationResponseJSON, browserSupportsWebAuthn, startAuthentication, startRegistration } from '@simplewebauthn/browser';
import { type Algorithm, authenticationOptions, newChallenge, registrationOptions } from '../../passkey/options';
import { forgetPasskey, readPasskey, type StoredPasskey, writePasskey } from '../../passkey/store';
import type { Credential, Expected, Facts, Refusal } from '../../passkey/verify';

/**
 * The reader's one practice passkey, shared by every part of the page (create, sign in,
 * look-alike, start over). The page is its own relying party: it makes each ceremony's
 * challenge, keeps it in memory for that ceremony only, and checks the answer itself.
 * Whenever the stored passkey changes it fires `change`, and `busy` while a prompt is open.
 */

/** Why a ceremony did not end with an accepted answer: a refusal of the answer, or what the browser said. */
export type Failure =
	| Refusal
	/** NotAllowedError: the prompt was cancelled or timed out, or (sign-in) the device no longer has the passkey. */
	| 'cancelled'
	/** AbortError: a newer request replaced this one. */
	| 'aborted'
	/** InvalidStateError: the authenticator already holds a passkey it was told to exclude. */
	| 'exists'
	/** SecurityError: the address cannot be a relying party id (an IP address, for one). */
	| 'domain'
	/** ConstraintError or NotSupportedError: no authenticator can make a discoverable ES256/RS256 key. */
	| 'no-authenticator'
	| 'unsupported'
	/** The checks' code (loaded on first need) could not be fetched. */
	| 'load-failed'
	/** Sign-in or the look-alike demo before there is anything to use. */
	| 'no-passkey'
	| 'no-sign-in'
	| 'unknown';

export type Outcome<T> = ({ ok: true } & T) | { ok: false; failure: Failure; name?: string };

/** What the look-alike demo found: how each check of the look-alike's refused the genuine answer. */
export interface Lookalike {
	origin: string;
	rpId: string;
	/** Expected origin = the look-alike's. */
	byOrigin: Refusal | 'accepted';
	/** Expected relying party id = the look-alike's host. */
	byRpId: Refusal | 'accepted';
}

type Checks = typeof import('../../passkey/verify');
let checks: Promise<Checks> | undefined;

/**
 * The checks (src/passkey/verify.ts and Oslo, about 18 KB gzip) load on first need, at the
 * press that starts a ceremony: the download runs while the reader answers the prompt,
 * and a reader who only reads the page never fetches them. A failed download is retried
 * at the next press.
 */
export function loadChecks(): Promise<Checks> {
	checks ??= import('../../passkey/verify').catch((error: unknown) => {
		checks = undefined;
		throw error;
	});
	return checks;
}

/** The browser's refusal, by the DOMException's name (@simplewebauthn/browser keeps it as the error's name). */
function failureOf(error: unknown): { ok: false; failure: Failure; name?: string } {
	const name = error instanceof Error ? error.name : String(error);
	switch (name) {
		case 'NotAllowedError':
			return { ok: false, failure: 'cancelled' };
		case 'AbortError':
			return { ok: false, failure: 'aborted' };
		case 'InvalidStateError':
			return { ok: false, failure: 'exists' };
		case 'SecurityError':
			return { ok: false, failure: 'domain' };
		case 'ConstraintError':
		case 'NotSupportedError':
			return { ok: false, failure: 'no-authenticator' };
		default:
			return { ok: false, failure: 'unknown', name };
	}
}

/**
 * Asks the device (the browser's passkey prompt) while the checks' code loads alongside, so
 * a sign-in does not wait for it. Nothing is lost if the download fails: the answer is checked
 * once it arrives, and the failure says which of the two went wrong.
 */
async function askDevice<R>(ask: () => Promise<R>): Promise<{ ok: true; response: R; verify: Checks } | ReturnType<typeof failureOf>> {
	const loading = loadChecks();
	loading.catch(() => undefined);
	let response: R;
	try {
		response = await ask();
	} catch (error) {
		return failureOf(error);
	}
	try {
		return { ok: true, response, verify: await loading };
	} catch {
		return { ok: false, failure: 'load-failed' };
	}
}

export class PasskeySession extends EventTarget {
	passkey: StoredPasskey | undefined;
	/** Sign-ins accepted since the page opened. */
	signIns = 0;
	busy = false;
	/** Whether the passkey could be saved (false where storage is blocked: kept until the page closes). */
	saved = true;
	readonly supported: boolean;
	private readonly storage: Storage | undefined;
	private readonly origin: string;
	private readonly rpId: string;
	/**
	 * The last accepted sign-in with its challenge and the passkey as it was before, for the
	 * look-alike demo only: it re-runs the checks on that answer with another site's
	 * expectations. It is never accepted as a sign-in again: each sign-in has a new challenge.
	 */
	private last: { response: AuthenticationResponseJSON; challenge: string; credential: Credential } | undefined;

	constructor(storage: Storage | undefined, place: { origin: string; hostname: string }, supported: boolean) {
		super();
		this.storage = storage;
		this.origin = place.origin;
		this.rpId = place.hostname;
		this.supported = supported;
		this.passkey = readPasskey(storage);
	}

	get hasSignedIn(): boolean {
		return this.last !== undefined;
	}

	private expected(challenge: string): Expected {
		return { challenge, origin: this.origin, rpId: this.rpId };
	}

	private async ceremony<T>(run: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
		this.busy = true;
		this.dispatchEvent(new Event('busy'));
		try {
			return await run();
		} finally {
			this.busy = false;
			this.dispatchEvent(new Event('busy'));
		}
	}

	/** Creates a passkey for this site on the reader's device and checks the answer. */
	register(name: (created: Date) => { rpName: string; userName: string }): Promise<Outcome<{ facts: Facts; algorithm: Algorithm }>> {
		return this.ceremony(async () => {
			if (!this.supported) return { ok: false, failure: 'unsupported' };
			const challenge = newChallenge();
			const created = new Date();
			const { rpName, userName } = name(created);
			const answer = await askDevice(() =>
				startRegistration({ optionsJSON: registrationOptions({ rpId: this.rpId, rpName, userName, challenge }) }),
			);
			if (!answer.ok) return answer;
			const result = answer.verify.verifyRegistration(answer.response, this.expected(challenge));
			if (!result.ok) return { ok: false, failure: result.reason };
			this.passkey = { v: 1, ...result.credential, created: created.toISOString(), name: userName };
			this.saved = writePasskey(this.storage, this.passkey);
			this.signIns = 0;
			this.last = undefined;
			this.dispatchEvent(new Event('change'));
			return { ok: true, facts: result.facts, algorithm: result.algorithm };
		});
	}

	/** Signs in with the registered passkey and checks the answer; keeps the new counter. */
	signIn(): Promise<Outcome<{ facts: Facts; algorithm: Algorithm; count: number }>> {
		return this.ceremony(async () => {
			if (!this.supported) return { ok: false, failure: 'unsupported' };
			const passkey = this.passkey;
			if (!passkey) return { ok: false, failure: 'no-passkey' };
			const challenge = newChallenge();
			const answer = await askDevice(() => startAuthentication({ optionsJSON: authenticationOptions(this.rpId, challenge, passkey) }));
			if (!answer.ok) return answer;
			const result = answer.verify.verifyAuthentication(answer.response, passkey, this.expected(challenge));
			if (!result.ok) return { ok: false, failure: result.reason };
			this.last = { response: answer.response, challenge, credential: passkey };
			this.passkey = { ...passkey, counter: result.facts.counter };
			this.saved = writePasskey(this.storage, this.passkey);
			this.signIns++;
			return { ok: true, facts: result.facts, algorithm: passkey.publicKey.alg, count: this.signIns };
		});
	}

	/**
	 * Re-runs the checks of the last genuine sign-in as a look-alike site would: once with
	 * its origin, once with its host as the relying party id. Both must refuse.
	 */
	async lookalike(fakeOrigin: string): Promise<Outcome<Lookalike>> {
		const last = this.last;
		if (!last) return { ok: false, failure: 'no-sign-in' };
		let verify: Checks;
		try {
			verify = await loadChecks();
		} catch {
			return { ok: false, failure: 'load-failed' };
		}
		const run = (expected: Expected) => {
			const result = verify.verifyAuthentication(last.response, last.credential, expected);
			return result.ok ? 'accepted' : result.reason;
		};
		const genuine = this.expected(last.challenge);
		return {
			ok: true,
			origin: this.origin,
			rpId: this.rpId,
			byOrigin: run({ ...genuine, origin: fakeOrigin }),
			byRpId: run({ ...genuine, rpId: new URL(fakeOrigin).hostname }),
		};
	}

	/** "Start over": the page forgets the passkey (the device keeps it until the reader deletes it). Returns what was forgotten. */
	forget(): StoredPasskey | undefined {
		const forgotten = this.passkey;
		forgetPasskey(this.storage);
		this.passkey = undefined;
		this.last = undefined;
		this.signIns = 0;
		this.saved = true;
		this.dispatchEvent(new Event('change'));
		return forgotten;
	}
}

let session: PasskeySession | undefined;

/** The page's session, made on first use. */
export function passkeySession(): PasskeySession {
	if (!session) {
		let storage: Storage | undefined;
		try {
			storage = window.localStorage;
		} catch {
			// Blocked storage throws on access in some browsers; keep the passkey in memory.
		}
		session = new PasskeySession(storage, window.location, browserSupportsWebAuthn());
	}
	return session;
}
