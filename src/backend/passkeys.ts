import type { Account } from './account';
import { type Core, ModelError } from './core';
import type { Lockout } from './lockout';
import type { Methods } from './methods';

/*
 * The passkey in Microsoft Authenticator on the practice phone: created there for an account
 * that already signs in, made a sign-in method by the registration wizard, then used to sign
 * in from a PC through the PC's QR code.
 */

/**
 * A sign-in with the passkey from a PC: the PC shows a QR code ("use a phone or tablet"),
 * the phone's camera scans it and reaches the PC over Bluetooth, then the phone unlocks
 * (face, fingerprint or PIN) and answers, or the student cancels, or the code expires.
 */
export type PasskeyStatus = 'pending' | 'scanned' | 'verified' | 'cancelled' | 'expired';

export interface PasskeyRequest {
	id: string;
	/** What the PC's QR code carries: the phone's camera reads it. */
	code: string;
	createdAt: number;
	expiresAt: number;
	status: PasskeyStatus;
}

/**
 * How long the PC's QR code waits to be scanned and the phone to answer. The practice's
 * choice: the facts give no figure for Microsoft's sign-in, and browsers let such a
 * request run a few minutes at most.
 */
export const PASSKEY_TIMEOUT_MS = 2 * 60_000;

export interface PasskeyState {
	/** The passkey in Microsoft Authenticator on the practice phone, once created (only its id: the key stays on the phone). */
	passkey: { id: string } | null;
	/** Sign-ins with the passkey from a PC, newest last. */
	passkeyRequests: PasskeyRequest[];
}

export const initialPasskeys = (): PasskeyState => ({ passkey: null, passkeyRequests: [] });

export class Passkeys {
	constructor(
		private readonly core: Core<PasskeyState>,
		private readonly account: Account,
		private readonly lockout: Lockout,
		private readonly methods: Methods,
	) {}

	/**
	 * The phone's Authenticator creates a passkey for the account (after its screen lock has
	 * confirmed the student). The account must already sign in (here with its texts): the
	 * prompt comes after a sign-in, and the app's sign-in is the same account's.
	 */
	create() {
		if (!this.account.registered) throw new ModelError(409, 'registration-incomplete');
		this.core.state.passkey = { id: this.core.nextId('passkey') };
		return { id: this.core.state.passkey.id, account: this.account.name };
	}

	/** The wizard's "Next" after the app: the service checks the passkey and makes it a sign-in method. */
	confirm() {
		if (!this.core.state.passkey) throw new ModelError(409, 'passkey-not-created');
		this.account.verifiedWith('passkey');
	}

	/** A PC asks to sign in with the passkey: a new QR code, replacing any still waiting. */
	startSignIn() {
		this.lockout.guard();
		this.methods.require('passkey');
		if (!this.core.state.passkey) throw new ModelError(409, 'passkey-not-created');
		this.expire();
		for (const r of this.core.state.passkeyRequests) if (r.status === 'pending' || r.status === 'scanned') r.status = 'expired';
		const now = this.core.now();
		const request: PasskeyRequest = {
			id: this.core.nextId('passkey-signin'),
			code: `FIDO:/${this.core.digits(12)}`,
			createdAt: now,
			expiresAt: now + PASSKEY_TIMEOUT_MS,
			status: 'pending',
		};
		this.core.state.passkeyRequests = [...this.core.state.passkeyRequests, request].slice(-10);
		return { id: request.id, code: request.code };
	}

	private expire() {
		const now = this.core.now();
		for (const r of this.core.state.passkeyRequests)
			if ((r.status === 'pending' || r.status === 'scanned') && now >= r.expiresAt) r.status = 'expired';
	}

	private find(which: (r: PasskeyRequest) => boolean): PasskeyRequest {
		this.expire();
		const request = this.core.state.passkeyRequests.find(which);
		if (!request) throw new ModelError(404, 'passkey-unknown');
		return request;
	}

	status(id: string) {
		const r = this.find((x) => x.id === id);
		return { id: r.id, status: r.status };
	}

	/** The phone's camera read a PC's QR code: the two devices are now connected (Bluetooth). */
	scan(code: string) {
		const r = this.find((x) => x.code === code.trim());
		if (r.status === 'expired') throw new ModelError(409, 'passkey-expired');
		if (r.status !== 'pending') throw new ModelError(409, 'passkey-used');
		if (!this.core.state.passkey) throw new ModelError(409, 'passkey-not-created');
		r.status = 'scanned';
		return { id: r.id, status: r.status };
	}

	/** The phone unlocked and signed with the passkey (approve), or the student cancelled. */
	answer(id: string, approve: boolean) {
		const r = this.find((x) => x.id === id);
		if (r.status === 'expired') throw new ModelError(409, 'passkey-expired');
		if (r.status !== 'scanned') throw new ModelError(409, 'passkey-used');
		r.status = approve ? 'verified' : 'cancelled';
		if (approve) this.methods.verified();
		return { id: r.id, status: r.status };
	}
}
