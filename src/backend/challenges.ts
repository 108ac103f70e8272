import type { Phase } from '../methods';
import type { normalizeCode } from '../totp/normalize';
import type { CodeVerifier } from '../totp/verifier';
import type { Account } from './account';
import { type Core, ModelError } from './core';
import type { CodeReason } from './errors';
import { LOCKOUT_MS, type Lockout, MAX_FAILURES } from './lockout';
import type { Methods } from './methods';
import { maskPhone } from './phone-number';

/*
 * What a sign-in is verified with, besides a push and a passkey: a text's code, a call
 * answered with "#", or the Authenticator app's code typed on the PC. The service opens a
 * challenge, the phone network delivers texts and calls to the practice phone, and the PC's
 * code or the call's keys settle it. Wrong codes count towards the lock-out (lockout.ts).
 */

export type ChallengeKind = 'app' | 'sms' | 'call';
/**
 * A code challenge is `pending` until verified; a call rings, is answered, and ends in
 * one of the outcomes the real service knows. `expired` covers a code or call replaced
 * by a newer one; `cancelled` a call the PC gave up on.
 */
export const CHALLENGE_STATUSES = [
	'pending',
	'verified',
	'expired',
	'ringing',
	'answered',
	'no-answer',
	'hung-up',
	'wrong-key',
	'fraud',
	'cancelled',
] as const;
export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];

export interface Challenge {
	id: string;
	kind: ChallengeKind;
	purpose: Phase;
	createdAt: number;
	/** E.164 number the text or call goes to; null for the app's codes. */
	to: string | null;
	/** The text message's code; null for calls and the app. */
	code: string | null;
	/** A text's code stops working, or a ringing call stops ringing, at this time. */
	expiresAt: number;
	status: ChallengeStatus;
	answeredAt: number | null;
	/** Keys pressed during the call, before "#". */
	keys: string;
}

/**
 * How long a text message's code works. Entra's own figure is UNVERIFIED (no source here gives
 * one); five minutes is long enough to read and type it.
 */
export const SMS_CODE_TTL_MS = 5 * 60_000;
/** A call nobody answers stops ringing after this long, as a phone's ringing does. */
export const RING_TIMEOUT_MS = 30_000;
/** After answering, the voice waits this long for a key, then says goodbye. */
export const KEY_TIMEOUT_MS = 30_000;

export type VerifyOutcome =
	| { ok: true }
	| {
			ok: false;
			reason: CodeReason;
			/** Wrong tries left before the lock-out (after a wrong code). */
			remainingTries?: number;
			/** When the lock-out ends, on the service's clock. */
			lockedUntil?: number;
			/** The number of digits typed (after a wrong length). */
			length?: number;
	  };

/** Turns a code's time step into the code the app shows; given by the caller so the TOTP code loads only when needed. */
export type TotpCodes = (secret: string, step: number) => string;

/** src/totp's rules for typed codes, handed in by the caller (loaded with the first code typed). */
export interface CodeRules {
	CodeVerifier: typeof CodeVerifier;
	normalizeCode: typeof normalizeCode;
	/** Needed for the app's codes only. */
	totp: TotpCodes | null;
}

export interface ChallengeState {
	challenges: Challenge[];
	/** The app's last accepted time step: its code and every earlier one are used up. */
	totpLastStep: number | null;
	/** Steps ahead of the clock whose codes were typed and refused: never accepted later (src/totp's rule 4). */
	totpRefused?: number[];
}

export const initialChallenges = (): ChallengeState => ({ challenges: [], totpLastStep: null, totpRefused: [] });

export class Challenges {
	constructor(
		private readonly core: Core<ChallengeState>,
		private readonly account: Account,
		private readonly lockout: Lockout,
		private readonly methods: Methods,
	) {}

	/** Sends a text, places a call, or (for the app) opens a code entry. */
	start(purpose: Phase, kind: ChallengeKind) {
		this.lockout.guard();
		// A method deleted from the Security info page no longer signs in.
		this.methods.require(kind === 'app' ? 'app' : 'phone');
		const phone = this.account.phone;
		if (kind === 'app' ? !this.account.device : !phone) throw new ModelError(409, 'registration-incomplete');
		// A text or a call goes to the registered phone; the app's codes need none.
		const line = kind === 'app' ? null : phone;
		this.settle();
		// A new text or call replaces any older one still open, as the real service does.
		for (const c of this.core.state.challenges) {
			if (c.status === 'pending') c.status = 'expired';
			if (c.status === 'ringing' || c.status === 'answered') c.status = 'cancelled';
		}
		const now = this.core.now();
		const challenge: Challenge = {
			id: this.core.nextId(kind),
			kind,
			purpose,
			createdAt: now,
			to: line?.e164 ?? null,
			code: kind === 'sms' ? this.core.digits(6) : null,
			expiresAt: now + (kind === 'sms' ? SMS_CODE_TTL_MS : kind === 'call' ? RING_TIMEOUT_MS : 0),
			status: kind === 'call' ? 'ringing' : 'pending',
			answeredAt: null,
			keys: '',
		};
		this.core.state.challenges = [...this.core.state.challenges, challenge].slice(-10);
		// The sign-in page names the phone only by its last digits; registration shows what was typed.
		const to = !line || challenge.to === null ? null : purpose === 'setup' ? line.display : maskPhone(challenge.to);
		return { id: challenge.id, kind, to, lockedUntil: this.lockout.lockedUntil() };
	}

	/** Time passes: unanswered calls stop ringing, calls waiting for a key say goodbye. */
	private settle() {
		const now = this.core.now();
		for (const c of this.core.state.challenges) {
			if (c.status === 'ringing' && now >= c.expiresAt) c.status = 'no-answer';
			if (c.status === 'answered' && now >= (c.answeredAt ?? 0) + KEY_TIMEOUT_MS) c.status = 'no-answer';
		}
	}

	private find(id: string): Challenge {
		this.settle();
		const c = this.core.state.challenges.find((x) => x.id === id);
		if (!c) throw new ModelError(404, 'challenge-unknown');
		return c;
	}

	status(id: string) {
		const c = this.find(id);
		return { id: c.id, kind: c.kind, status: c.status };
	}

	/** A challenge met: during registration, its method becomes the account's. */
	private verified(c: Challenge) {
		c.status = 'verified';
		if (c.purpose === 'setup' && (c.kind === 'sms' || c.kind === 'call')) this.account.verifiedWith(c.kind);
		if (c.purpose === 'setup' && c.kind === 'app') this.account.verifiedWith('code', true);
		if (c.purpose === 'signin') this.methods.verified();
	}

	/**
	 * A code typed on the PC. The app's codes go through src/totp's verification policy
	 * (window, no replay, lock-out); a text's code must be the latest one sent, unused and
	 * not expired. Both share one count of wrong tries, as it is one account.
	 */
	verify(id: string, input: string, rules: CodeRules): VerifyOutcome {
		const { CodeVerifier, normalizeCode, totp } = rules;
		this.lockout.guard();
		const c = this.find(id);
		if (c.kind === 'call') throw new ModelError(409, 'challenge-kind');
		if (c.kind === 'app') {
			const device = this.account.device;
			if (!device || !totp) throw new ModelError(409, 'app-not-configured');
			const verifier = new CodeVerifier({
				codeForStep: (step) => totp(device.secret, step),
				now: () => this.core.now(),
				maxFailures: MAX_FAILURES,
				lockoutMs: LOCKOUT_MS,
				state: { lastStep: this.core.state.totpLastStep, ...this.lockout.counts, refused: this.core.state.totpRefused ?? [] },
			});
			const result = verifier.verify(input);
			const { lastStep, failures, lockedUntil, refused } = verifier.state;
			this.core.state.totpLastStep = lastStep;
			this.core.state.totpRefused = refused ?? [];
			this.lockout.counts = { failures, lockedUntil };
			if (result.ok) {
				if (c.status !== 'pending') return { ok: false, reason: 'reused' };
				this.verified(c);
				return { ok: true };
			}
			switch (result.reason) {
				case 'locked':
					return { ok: false, reason: 'locked', lockedUntil };
				case 'wrong-code':
					return { ok: false, reason: 'wrong-code', remainingTries: result.remainingTries };
				case 'wrong-length':
					return { ok: false, reason: 'wrong-length', length: result.length };
				case 'clock-skew':
					// The practice phone shares the service's clock: an earlier step's code is simply old,
					// and a later step's can only be a guess, counted as a wrong try.
					if (result.steps < 0) return { ok: false, reason: 'expired' };
					return {
						ok: false,
						reason: 'clock-skew',
						...(result.remainingTries === undefined ? {} : { remainingTries: result.remainingTries }),
					};
				default:
					return { ok: false, reason: result.reason };
			}
		}
		const lockedUntil = this.lockout.lockedUntil();
		if (lockedUntil) return { ok: false, reason: 'locked', lockedUntil };
		const typed = normalizeCode(input, 6);
		if (!typed.ok)
			return typed.reason === 'wrong-length'
				? { ok: false, reason: 'wrong-length', length: typed.length }
				: { ok: false, reason: typed.reason };
		if (typed.code === c.code) {
			if (c.status === 'verified') return { ok: false, reason: 'reused' };
			if (c.status !== 'pending' || this.core.now() >= c.expiresAt) return { ok: false, reason: 'expired' };
			this.lockout.right();
			this.verified(c);
			return { ok: true };
		}
		// A code from an earlier text: used up, or replaced by the newer one.
		const earlier = this.core.state.challenges.find((x) => x.kind === 'sms' && x.code === typed.code);
		if (earlier) return { ok: false, reason: earlier.status === 'verified' ? 'reused' : 'expired' };
		return this.lockout.wrong();
	}

	/** The PC gave up waiting (the student went back to change the number): the call stops. */
	cancel(id: string) {
		const c = this.find(id);
		if (c.status === 'ringing' || c.status === 'answered') c.status = 'cancelled';
		return { id, status: c.status };
	}

	/** What the practice phone's network delivers to a number: its texts, and the latest call. */
	deliveredTo(number: string) {
		this.settle();
		const mine = this.core.state.challenges.filter((c) => c.to === number);
		const call = mine.filter((c) => c.kind === 'call').at(-1) ?? null;
		return {
			messages: mine.flatMap((c) => (c.kind === 'sms' && c.code ? [{ id: c.id, code: c.code, at: c.createdAt }] : [])),
			call: call && { id: call.id, status: call.status },
		};
	}

	private call(id: string, ...allowed: ChallengeStatus[]): Challenge {
		const c = this.find(id);
		if (c.kind !== 'call') throw new ModelError(409, 'challenge-kind');
		if (!allowed.includes(c.status)) throw new ModelError(409, `call-${c.status}`);
		return c;
	}

	answerCall(id: string) {
		const c = this.call(id, 'ringing');
		c.status = 'answered';
		c.answeredAt = this.core.now();
		return { id, status: c.status };
	}

	/** Declining a ringing call, or hanging up before "#": the real service hears no answer. */
	hangUp(id: string) {
		const c = this.call(id, 'ringing', 'answered');
		c.status = 'hung-up';
		return { id, status: c.status };
	}

	/**
	 * A key pressed during the call. "#" alone confirms; "0" then "#" reports fraud (the
	 * default code of Entra's fraud alert); any other key fails the verification.
	 */
	pressKey(id: string, key: string) {
		const c = this.call(id, 'answered');
		if (key === '#') {
			if (c.keys === '0') {
				c.status = 'fraud';
				this.lockout.report();
			} else this.verified(c);
		} else if (key === '0' && c.keys === '') c.keys = '0';
		else c.status = 'wrong-key';
		return { id, status: c.status, keys: c.keys };
	}
}
