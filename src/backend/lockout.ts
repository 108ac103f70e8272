import { type Core, ModelError } from './core';

/*
 * What stops verification for a while or for good: wrong codes in a row lock the account for
 * a time (one count for the app's codes and texted ones, as it is one account), and a report
 * of fraud on a call blocks it until the helpdesk unblocks it, where reports block.
 */

/**
 * Wrong codes in a row that lock the practice account, and for how long: the values of
 * src/totp's DEFAULT_POLICY (a unit test keeps them equal; importing them here would
 * fetch the policy with the page instead of with the first code typed).
 */
export const MAX_FAILURES = 5;
export const LOCKOUT_MS = 30_000;

export interface LockState {
	/** Wrong codes in a row, and the end of the lock-out they caused (0: not locked). */
	lock: { failures: number; lockedUntil: number };
	/** Fraud was reported (0# on a call): verification is blocked until an administrator unblocks. */
	blocked: boolean;
	/**
	 * Whether a report blocks the account: the manual's fraud alert did ("block user"); since
	 * 1 March 2025 "report suspicious activity" replaces it and blocks nothing by itself.
	 */
	reportBlocks: boolean;
}

export const initialLock = (): LockState => ({ lock: { failures: 0, lockedUntil: 0 }, blocked: false, reportBlocks: true });

export class Lockout {
	constructor(private readonly core: Core<LockState>) {}

	get blocked() {
		return this.core.state.blocked;
	}

	/** Verification of any kind is refused while the account is blocked. */
	guard() {
		if (this.core.state.blocked) throw new ModelError(423, 'blocked');
	}

	/** When the lock-out ends; null when there is none (one that has ended starts the count again). */
	lockedUntil(): number | null {
		const lock = this.core.state.lock;
		if (lock.lockedUntil && this.core.now() >= lock.lockedUntil) this.core.state.lock = { failures: 0, lockedUntil: 0 };
		return this.core.state.lock.lockedUntil || null;
	}

	/** The count as src/totp's verifier keeps it, read and written back around an app's code. */
	get counts() {
		return this.core.state.lock;
	}
	set counts(lock: LockState['lock']) {
		this.core.state.lock = lock;
	}

	/** A wrong code counts towards the lock-out; the fifth in a row starts it. */
	wrong(): { ok: false; reason: 'locked'; lockedUntil: number } | { ok: false; reason: 'wrong-code'; remainingTries: number } {
		const failures = this.core.state.lock.failures + 1;
		if (failures >= MAX_FAILURES) {
			this.core.state.lock = { failures, lockedUntil: this.core.now() + LOCKOUT_MS };
			return { ok: false, reason: 'locked', lockedUntil: this.core.state.lock.lockedUntil };
		}
		this.core.state.lock = { failures, lockedUntil: 0 };
		return { ok: false, reason: 'wrong-code', remainingTries: MAX_FAILURES - failures };
	}

	/** A right code: the count starts again. */
	right() {
		this.core.state.lock = { failures: 0, lockedUntil: 0 };
	}

	/** Fraud reported on a call (0#): the fraud alert with "block user" blocks all verification, where reports block. */
	report() {
		if (this.core.state.reportBlocks) this.core.state.blocked = true;
	}

	/** The helpdesk unblocks the account after checking who is asking (simulated by a button). */
	unblock() {
		this.core.state.blocked = false;
		this.core.state.lock = { failures: 0, lockedUntil: 0 };
	}
}
