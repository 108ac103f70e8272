import {
	type CodeVerifier,
	createSecret,
	isVerifierState,
	type Secret,
	secretFromBase32,
	type VerifierState,
	type VerifyResult,
	verifierFor,
} from '../../totp';

/**
 * The reader's one practice pairing, shared by every part of the page (QR code, code
 * field, on-screen app, start-over button). It lives in sessionStorage so a reload keeps
 * the pairing, and nowhere else: the secret never leaves the page. Whenever the secret
 * changes it fires a `secret` event, on which every part redraws.
 */
const STORAGE_KEY = 'mfa-guide:pairing';

interface Stored {
	v: 1;
	/** The shared secret, base32. */
	secret: string;
	verifier: VerifierState;
	/** Codes accepted so far; the first one is the pairing itself. */
	successes: number;
}

export class PairingSession extends EventTarget {
	secret!: Secret;
	verifier!: CodeVerifier;
	successes = 0;
	private readonly storage: Storage | undefined;

	constructor(storage: Storage | undefined) {
		super();
		this.storage = storage;
		if (!this.restore()) this.fresh();
	}

	/** Checks a typed code, remembers the outcome (used steps, wrong tries, lock-out). */
	verify(input: string): VerifyResult {
		const result = this.verifier.verify(input);
		if (result.ok) this.successes++;
		this.save();
		return result;
	}

	/** A new secret: the app's old entry stops working, and every part of the page redraws. */
	startOver(): void {
		this.fresh();
		this.dispatchEvent(new Event('secret'));
	}

	private fresh() {
		this.secret = createSecret();
		this.verifier = verifierFor(this.secret);
		this.successes = 0;
		this.save();
	}

	private restore(): boolean {
		try {
			const raw = this.storage?.getItem(STORAGE_KEY);
			if (!raw) return false;
			const stored = JSON.parse(raw) as Partial<Stored>;
			if (stored.v !== 1 || typeof stored.secret !== 'string' || !isVerifierState(stored.verifier)) return false;
			const secret = secretFromBase32(stored.secret);
			if (secret.bytes.length !== 20) return false;
			this.secret = secret;
			this.verifier = verifierFor(secret, { state: stored.verifier });
			this.successes = Math.max(0, Number.isSafeInteger(stored.successes) ? Number(stored.successes) : 0);
			return true;
		} catch {
			// Unreadable or edited by hand: a new pairing is better than a broken page.
			return false;
		}
	}

	private save() {
		const stored: Stored = { v: 1, secret: this.secret.base32, verifier: this.verifier.state, successes: this.successes };
		try {
			this.storage?.setItem(STORAGE_KEY, JSON.stringify(stored));
		} catch {
			// Storage full or blocked: the pairing still works until the page is closed.
		}
	}
}

let session: PairingSession | undefined;

/** The page's session, made on first use. */
export function pairingSession(): PairingSession {
	if (!session) {
		let storage: Storage | undefined;
		try {
			storage = window.sessionStorage;
		} catch {
			// Blocked storage throws on access in some browsers; keep the pairing in memory.
		}
		session = new PairingSession(storage);
	}
	return session;
}
