import { normalizeCode } from './normalize';

/**
 * The verification policy: which typed codes count as a sign-in. It knows nothing of
 * the DOM, of page text or of how codes are made (a `codeForStep` function is given),
 * so the pairing demo checks a real app's codes with it and the simulator can check
 * its own virtual app's codes with the same rules.
 *
 * The rules, in the order they are applied:
 * 1. While locked out, every attempt is refused with the time left (`locked`).
 * 2. Input that is not a code of the right shape (`empty`, `not-digits`,
 *    `wrong-length`) is refused without counting as a wrong try: it is a typo, not a
 *    guess, and a reader who pastes "123 456 " must not be punished for it.
 * 3. A code of the current time step or of `window` steps either side is accepted once:
 *    a step at or before the last accepted one is `reused` (no replay), and so is a step
 *    whose code was refused as ahead of the clock (rule 4).
 * 4. A code of a step further away, up to `skewSearch` steps, is `reused` when that step
 *    is at or before the last accepted one, and otherwise refused as `clock-skew` with the
 *    offset in seconds, so that the reader can be told to fix the phone's clock instead of
 *    being told the code is wrong. Beyond the window that the real service accepts, a code
 *    is no sign-in: one from a step ahead counts as a wrong try, and its step is refused
 *    for good, so a guess that hit a later step's code is not let in when that step comes
 *    (a free "not yet" with a later yes would make every guess 21 guesses). One from a
 *    step behind is not counted: it can never be accepted, and the reader only read it late.
 * 5. Anything else is a `wrong-code`; `maxFailures` of those in a row lock the field for
 *    `lockoutMs`. A success resets the count, and so does the end of a lock-out.
 *
 * The window: Microsoft gives a hardware token that changes its code every 30 seconds one
 * minute to have its code typed (60-second tokens two minutes): "For a token that refreshes
 * its code every 30 seconds, you need to enter the code and click Next within one minute"
 * (Microsoft Learn, "How to manage hardware OATH tokens in Microsoft Entra ID",
 * https://learn.microsoft.com/entra/identity/authentication/how-to-mfa-manage-oath-tokens).
 * That is a code's own step and one more, which ±1 step (RFC 6238 §5.2's recommendation)
 * gives. UNVERIFIED: whether Entra also takes the next step's code (a phone a little fast),
 * and how far it searches either way; no Microsoft source found says.
 */

export interface VerifierOptions {
	/** The code for a time step (RFC 6238's T). */
	codeForStep: (step: number) => string;
	/** Milliseconds since the epoch; injectable so tests and the simulator control time. */
	now?: () => number;
	/** Length of a time step, in seconds. */
	period?: number;
	digits?: number;
	/** Steps accepted either side of the current one (RFC 6238 §5.2 recommends one; see above for the real service's). */
	window?: number;
	/** Steps searched either side to recognise a phone whose clock is off. */
	skewSearch?: number;
	/** Wrong codes in a row that lock the field. */
	maxFailures?: number;
	lockoutMs?: number;
	/** A state saved earlier with `state`, e.g. from sessionStorage across a reload. */
	state?: VerifierState;
}

/** Everything the policy remembers; plain JSON so it can be stored and restored. */
export interface VerifierState {
	/** The last time step accepted: it and every earlier step are used up. */
	lastStep: number | null;
	/** Wrong codes in a row since the last success or lock-out. */
	failures: number;
	/** When the current lock-out ends, in ms since the epoch; 0 when not locked. */
	lockedUntil: number;
	/**
	 * Steps ahead of the clock whose codes were typed and refused (rule 4): never accepted,
	 * however the clock moves on. Absent in states saved before the rule.
	 */
	refused?: number[];
}

export type VerifySuccess = {
	ok: true;
	/** The time step whose code matched. */
	step: number;
	/** That step minus the current one: -1 for a code that just expired, +1 for the next one. */
	offset: number;
	/** The code as normalised (ASCII digits). */
	code: string;
};

export type VerifyFailure =
	| { ok: false; reason: 'empty' }
	| { ok: false; reason: 'not-digits' }
	| { ok: false; reason: 'wrong-length'; length: number; expected: number }
	| { ok: false; reason: 'wrong-code'; remainingTries: number }
	| { ok: false; reason: 'reused'; step: number }
	| {
			ok: false;
			reason: 'locked';
			retryInMs: number;
			/** True on the wrong try that started the lock-out, false on tries during it. */
			justLocked: boolean;
	  }
	| {
			ok: false;
			reason: 'clock-skew';
			/** Steps between the code's step and now: positive when the phone is ahead. */
			steps: number;
			/** The same in seconds (a multiple of the period, so "about"). */
			seconds: number;
			/** Wrong tries left before the lock-out, when this one counted (a code ahead of the clock). */
			remainingTries?: number;
	  };

export type VerifyResult = VerifySuccess | VerifyFailure;
export type FailureReason = VerifyFailure['reason'];

export type VerifierStatus = { locked: false; remainingTries: number } | { locked: true; retryInMs: number };

export const DEFAULT_POLICY = Object.freeze({
	period: 30,
	digits: 6,
	window: 1,
	skewSearch: 10,
	maxFailures: 5,
	lockoutMs: 30_000,
});

export class CodeVerifier {
	readonly period: number;
	readonly digits: number;
	readonly window: number;
	readonly skewSearch: number;
	readonly maxFailures: number;
	readonly lockoutMs: number;
	private readonly codeForStep: (step: number) => string;
	private readonly now: () => number;
	private current: VerifierState;

	constructor(options: VerifierOptions) {
		this.codeForStep = options.codeForStep;
		this.now = options.now ?? Date.now;
		this.period = options.period ?? DEFAULT_POLICY.period;
		this.digits = options.digits ?? DEFAULT_POLICY.digits;
		this.window = options.window ?? DEFAULT_POLICY.window;
		this.skewSearch = Math.max(options.skewSearch ?? DEFAULT_POLICY.skewSearch, this.window);
		this.maxFailures = options.maxFailures ?? DEFAULT_POLICY.maxFailures;
		this.lockoutMs = options.lockoutMs ?? DEFAULT_POLICY.lockoutMs;
		this.current = options.state
			? { ...options.state, refused: [...(options.state.refused ?? [])] }
			: { lastStep: null, failures: 0, lockedUntil: 0, refused: [] };
		// A stored lock-out can never be longer than one: storage may have been edited, or
		// saved under a different policy.
		this.current.lockedUntil = Math.min(this.current.lockedUntil, this.now() + this.lockoutMs);
	}

	/** A copy of what the policy remembers, to store. */
	get state(): VerifierState {
		return { ...this.current, refused: [...(this.current.refused ?? [])] };
	}

	/** The time step the clock is in now. */
	currentStep(): number {
		return Math.floor(this.now() / 1000 / this.period);
	}

	/** Whether the field is locked, and for how long; or how many wrong tries are left. */
	status(): VerifierStatus {
		this.expireLockout();
		const { lockedUntil, failures } = this.current;
		if (lockedUntil) return { locked: true, retryInMs: lockedUntil - this.now() };
		return { locked: false, remainingTries: this.maxFailures - failures };
	}

	/** Forgets everything: used steps, wrong tries and any lock-out. */
	reset(): void {
		this.current = { lastStep: null, failures: 0, lockedUntil: 0, refused: [] };
	}

	verify(input: string): VerifyResult {
		const status = this.status();
		if (status.locked) return { ok: false, reason: 'locked', retryInMs: status.retryInMs, justLocked: false };

		const normalized = normalizeCode(input, this.digits);
		if (!normalized.ok) return normalized;
		const { code } = normalized;
		const now = this.currentStep();
		const last = this.current.lastStep;
		// Steps refused as ahead that have fallen behind the window can match nothing any more.
		const refused = (this.current.refused ?? []).filter((step) => step >= now - this.window && (last === null || step > last));

		// Nearest steps first: the current one, then one either side (the previous before
		// the next, as a code that has just changed is the commonest case).
		const matched: number[] = [];
		for (const offset of offsetsUpTo(this.window)) {
			if (this.codeForStep(now + offset) === code) matched.push(now + offset);
		}
		if (matched.length) {
			// A code can, rarely, be the same in two steps; any unused one will do.
			const fresh = matched.find((step) => (last === null || step > last) && !refused.includes(step));
			if (fresh === undefined) return { ok: false, reason: 'reused', step: matched[0] ?? now };
			this.current = { lastStep: fresh, failures: 0, lockedUntil: 0, refused: refused.filter((step) => step > fresh) };
			return { ok: true, step: fresh, offset: fresh - now, code };
		}

		for (const offset of offsetsUpTo(this.skewSearch)) {
			if (Math.abs(offset) <= this.window) continue;
			const step = now + offset;
			if (this.codeForStep(step) !== code) continue;
			// The very code accepted a while ago, typed again once its window has moved on:
			// that is a replay, not a phone whose clock is off.
			if (last !== null && step <= last) return { ok: false, reason: 'reused', step };
			const skew = { ok: false, reason: 'clock-skew', steps: offset, seconds: offset * this.period } as const;
			// Behind: too late, and never to be accepted; the reader is told, and keeps every try.
			if (offset < 0) return skew;
			// Ahead: beyond the window the real service accepts, a wrong try like any other, and
			// the step is spent (see rule 4).
			const counted = this.wrong({ refused: refused.includes(step) ? refused : [...refused, step] });
			return counted.reason === 'locked' ? counted : { ...skew, remainingTries: counted.remainingTries };
		}

		return this.wrong({ refused });
	}

	/** A wrong try: counted, and the fifth in a row starts the lock-out. */
	private wrong(
		state: Pick<VerifierState, 'refused'>,
	): Extract<VerifyFailure, { reason: 'locked' }> | Extract<VerifyFailure, { reason: 'wrong-code' }> {
		const failures = this.current.failures + 1;
		if (failures >= this.maxFailures) {
			this.current = { ...this.current, ...state, failures, lockedUntil: this.now() + this.lockoutMs };
			return { ok: false, reason: 'locked', retryInMs: this.lockoutMs, justLocked: true };
		}
		this.current = { ...this.current, ...state, failures };
		return { ok: false, reason: 'wrong-code', remainingTries: this.maxFailures - failures };
	}

	private expireLockout() {
		if (this.current.lockedUntil && this.now() >= this.current.lockedUntil) {
			// A lock-out served gives a fresh set of tries.
			this.current = { ...this.current, failures: 0, lockedUntil: 0 };
		}
	}
}

/** 0, -1, +1, -2, +2 … up to ±n. */
function* offsetsUpTo(n: number) {
	yield 0;
	for (let i = 1; i <= n; i++) {
		yield -i;
		yield i;
	}
}

/** Whether a restored value really is a VerifierState, e.g. after someone edited storage. */
export function isVerifierState(value: unknown): value is VerifierState {
	if (typeof value !== 'object' || value === null) return false;
	const v = value as Record<string, unknown>;
	return (
		(v['lastStep'] === null || Number.isSafeInteger(v['lastStep'])) &&
		Number.isSafeInteger(v['failures']) &&
		(v['failures'] as number) >= 0 &&
		typeof v['lockedUntil'] === 'number' &&
		Number.isFinite(v['lockedUntil']) &&
		(v['refused'] === undefined || (Array.isArray(v['refused']) && v['refused'].every((step) => Number.isSafeInteger(step))))
	);
}
