/**
 * The practice tenant: what the mock identity service knows. Plain data, so that it can
 * be saved in sessionStorage (a reload keeps your place) and computed at build time for
 * deep links. Every rule that depends on time reads `now`, which tests and the
 * simulator's "come back N days later" move.
 */

import type { Method, Phase } from '../methods';
import type { normalizeCode } from '../totp/normalize';
import type { CodeVerifier } from '../totp/verifier';
import type { CallError, CodeReason, ServiceError } from './errors';
import { maskPhone, normalizePhone } from './phone-number';

/**
 * A push request waits, then is approved, denied, or expires. With number matching it can
 * also fail on a wrong number (`mismatch`: the request is over, a new one is needed), and a
 * denied request can be reported as suspicious (`reported`).
 */
export type PushStatus = 'pending' | 'approved' | 'denied' | 'expired' | 'mismatch' | 'reported';
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

/** The practice phone's own number: texts and calls to any other number reach nobody here. */
export const PRACTICE_PHONE = { e164: '+819012345678', national: '090-1234-5678' } as const;

/** How long a text message's code works (the issue is silent; five minutes is long enough to read and type it). */
export const SMS_CODE_TTL_MS = 5 * 60_000;
/** A call nobody answers stops ringing after this long, as a phone's ringing does. */
export const RING_TIMEOUT_MS = 30_000;
/** After answering, the voice waits this long for a key, then says goodbye. */
export const KEY_TIMEOUT_MS = 30_000;
/**
 * Wrong codes in a row that lock the practice account, and for how long: the values of
 * src/totp's DEFAULT_POLICY (a unit test keeps them equal; importing them here would
 * fetch the policy with the page instead of with the first code typed).
 */
export const MAX_FAILURES = 5;
export const LOCKOUT_MS = 30_000;

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

export interface PushRequest {
	id: string;
	purpose: Phase;
	createdAt: number;
	expiresAt: number;
	status: PushStatus;
	/**
	 * Number matching (every push since 8 May 2023): the two digits the sign-in screen
	 * shows and the app asks for. Null in the manual's edition, whose screens had none.
	 */
	number: string | null;
	/** Who is signing in: the student, or someone else who has the password (the "request you did not make"). */
	by: 'student' | 'stranger';
}

/** What the student answers on the app's request: approve (with the number typed, if asked) or deny, and report. */
export interface PushAnswer {
	approve: boolean;
	number?: string | null;
	report?: boolean;
}

/** The number as typed: full-width digits (a Japanese keyboard) and spaces are accepted. */
export const typedNumber = (typed: string) => typed.normalize('NFKC').replace(/\s/g, '');

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

export interface TenantState {
	account: string;
	/** What the registration has reached: nothing yet, the app is linked, or done. */
	registration: 'none' | 'started' | 'done';
	/** The method chosen for verification once registered. */
	method: Method | null;
	/** Issued by "Set up": what the PC shows as QR code, code and URL. */
	activation: { code: string; url: string; secret: string } | null;
	/** The phone that scanned the activation, if any. */
	device: { id: string; secret: string } | null;
	backupPhone: string | null;
	/** The authentication phone for texts or calls: registered, or being verified. */
	phone: { e164: string; display: string; via: 'sms' | 'call' } | null;
	pushes: PushRequest[];
	challenges: Challenge[];
	/** Wrong codes in a row, and the end of the lock-out they caused (0: not locked). */
	lock: { failures: number; lockedUntil: number };
	/** The app's last accepted time step: its code and every earlier one are used up. */
	totpLastStep: number | null;
	/** Steps ahead of the clock whose codes were typed and refused: never accepted later (src/totp's rule 4). */
	totpRefused?: number[];
	/** Fraud was reported (0# on a call): verification is blocked until an administrator unblocks. */
	blocked: boolean;
	/**
	 * Whether a report blocks the account: the manual's fraud alert did ("block user"); since
	 * 1 March 2025 "report suspicious activity" replaces it and blocks nothing by itself.
	 */
	reportBlocks: boolean;
	/** Until when this PC is trusted ("don't ask again for N days"). */
	rememberedUntil: number | null;
	/** The passkey in Microsoft Authenticator on the practice phone, once created (only its id: the key stays on the phone). */
	passkey: { id: string } | null;
	/** Sign-ins with the passkey from a PC, newest last. */
	passkeyRequests: PasskeyRequest[];
	/** Simulated days: added to the real clock so a reader can "come back" later. */
	offsetMs: number;
	seq: number;
}

export const PUSH_TIMEOUT_MS = 60_000;
export const DAY_MS = 86_400_000;

export function initialTenant(account: string): TenantState {
	return {
		account,
		registration: 'none',
		method: null,
		activation: null,
		device: null,
		backupPhone: null,
		phone: null,
		pushes: [],
		challenges: [],
		lock: { failures: 0, lockedUntil: 0 },
		totpLastStep: null,
		totpRefused: [],
		blocked: false,
		reportBlocks: true,
		rememberedUntil: null,
		passkey: null,
		passkeyRequests: [],
		offsetMs: 0,
		seq: 0,
	};
}

export interface TenantDeps {
	/** Real time; the tenant adds its own offset for simulated days. */
	clock: () => number;
	/** Deterministic at build time, crypto-backed in the browser. */
	random: () => number;
}

export class ModelError extends Error {
	constructor(
		readonly status: number,
		readonly code: ServiceError | CallError,
	) {
		super(code);
	}
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export class Tenant {
	constructor(
		public state: TenantState,
		private readonly deps: TenantDeps,
	) {}

	now() {
		return this.deps.clock() + this.state.offsetMs;
	}

	private digits(n: number) {
		return Array.from({ length: n }, () => Math.floor(this.deps.random() * 10)).join('');
	}

	private nextId(prefix: string) {
		this.state.seq += 1;
		return `${prefix}-${this.state.seq}`;
	}

	/** Password sign-in. The practice password is never checked: there is none to type. */
	signIn(): { next: 'register' | 'verify' | 'done' | 'blocked'; method: TenantState['method']; remembered: boolean } {
		const s = this.state;
		if (s.blocked) return { next: 'blocked', method: s.method, remembered: false };
		if (s.registration !== 'done') return { next: 'register', method: null, remembered: false };
		const remembered = s.rememberedUntil !== null && this.now() < s.rememberedUntil;
		return { next: remembered ? 'done' : 'verify', method: s.method, remembered };
	}

	startActivation() {
		const secret = Array.from({ length: 32 }, () => BASE32[Math.floor(this.deps.random() * 32)]).join('');
		const code = this.digits(9);
		this.state.activation = {
			code: `${code.slice(0, 3)} ${code.slice(3, 6)} ${code.slice(6)}`,
			url: `https://practice.invalid/activate/${this.digits(9)}`,
			secret,
		};
		if (this.state.registration === 'none') this.state.registration = 'started';
		// The key as an authenticator app's "enter a key" asks for it: lowercase base32 in groups of four.
		const key = secret.toLowerCase().replace(/(.{4})(?=.)/g, '$1 ');
		return { code: this.state.activation.code, url: this.state.activation.url, key };
	}

	/** The phone scanned the PC's QR code (or typed its code and URL). */
	activateDevice(code: string) {
		const a = this.state.activation;
		if (!a || code.replace(/\s/g, '') !== a.code.replace(/\s/g, '')) throw new ModelError(400, 'activation-invalid');
		this.state.device = { id: this.nextId('device'), secret: a.secret };
		return { account: this.state.account, deviceId: this.state.device.id, secret: a.secret };
	}

	appConfigured() {
		return this.state.device !== null;
	}

	chooseMethod(method: 'push' | 'code') {
		if (!this.state.device) throw new ModelError(409, 'app-not-configured');
		this.state.method = method;
	}

	/** A push to the app; `match` asks for today's number matching (a fresh random number each time). */
	requestPush(purpose: Phase, match = false): PushRequest {
		if (!this.state.device) throw new ModelError(409, 'app-not-configured');
		// A new request replaces any older one still waiting, as the real service does.
		for (const p of this.state.pushes) if (p.status === 'pending') p.status = 'expired';
		return this.push(purpose, match, 'student');
	}

	/**
	 * Someone else, who has the student's password, signs in from far away: the app gets a
	 * request the student did not make. Only once the app is registered (there is nothing to
	 * push to before).
	 */
	strangerSignIn(): PushRequest {
		if (!this.state.device || this.state.registration !== 'done') throw new ModelError(409, 'app-not-configured');
		return this.push('signin', true, 'stranger');
	}

	private push(purpose: Phase, match: boolean, by: PushRequest['by']): PushRequest {
		const now = this.now();
		// Two digits, 10–99: the sign-in screen never shows a leading zero.
		const number = match ? String(10 + Math.floor(this.deps.random() * 90)) : null;
		const push: PushRequest = {
			id: this.nextId('push'),
			purpose,
			createdAt: now,
			expiresAt: now + PUSH_TIMEOUT_MS,
			status: 'pending',
			number,
			by,
		};
		this.state.pushes.push(push);
		this.state.pushes = this.state.pushes.slice(-10);
		return push;
	}

	private expire() {
		const now = this.now();
		for (const p of this.state.pushes) if (p.status === 'pending' && now >= p.expiresAt) p.status = 'expired';
	}

	pushStatus(id: string): PushRequest {
		this.expire();
		const push = this.state.pushes.find((p) => p.id === id);
		if (!push) throw new ModelError(404, 'push-unknown');
		return push;
	}

	/** What the phone's app sees: requests still waiting for an answer. */
	pendingFor(deviceId: string): PushRequest[] {
		this.expire();
		if (this.state.device?.id !== deviceId) return [];
		return this.state.pushes.filter((p) => p.status === 'pending');
	}

	/**
	 * The app's answer. With number matching, an approval carries the number typed: a number
	 * that is not two digits is refused and the request still waits (nothing is lost); two
	 * digits that differ fail the request, as the service does, and the sign-in needs a new one.
	 */
	respond(deviceId: string, id: string, answer: PushAnswer): PushRequest {
		if (this.state.device?.id !== deviceId) throw new ModelError(403, 'device-unknown');
		const push = this.pushStatus(id);
		if (push.status !== 'pending') throw new ModelError(409, `push-${push.status}`);
		if (!answer.approve) {
			push.status = answer.report ? 'reported' : 'denied';
			return push;
		}
		if (push.number !== null) {
			const typed = typedNumber(answer.number ?? '');
			if (typed === '') throw new ModelError(400, 'number-empty');
			if (!/^\d{2}$/.test(typed)) throw new ModelError(400, 'number-invalid');
			if (typed !== push.number) {
				push.status = 'mismatch';
				return push;
			}
		}
		push.status = 'approved';
		if (push.purpose === 'setup' && push.by === 'student' && !this.state.method) this.state.method = 'push';
		return push;
	}

	finishRegistration(backupPhone: string | null) {
		const { method, device, phone } = this.state;
		const ready = method === 'sms' || method === 'call' ? phone !== null : device !== null && method !== null;
		if (!ready) throw new ModelError(409, 'registration-incomplete');
		this.state.backupPhone = backupPhone;
		this.state.registration = 'done';
	}

	/** After a verified sign-in: trust this PC for `days` when the reader ticked the box. */
	completeSignIn(rememberDays: number | null) {
		if (rememberDays) this.state.rememberedUntil = this.now() + rememberDays * DAY_MS;
	}

	advanceDays(days: number) {
		this.state.offsetMs += days * DAY_MS;
	}

	/**
	 * The "Step 1" form of the phone methods: the number to text or call. Texts reach
	 * mobiles only, so a landline or an IP phone (050) is refused for SMS here rather
	 * than left to wait for a text that never comes. And this service reaches one phone:
	 * the practice phone. Any other number, however well formed, is refused with the
	 * practice number to type instead, so the practice never waits on (or invites) a
	 * real number.
	 */
	registerPhone(country: string, number: string, via: 'sms' | 'call') {
		const n = normalizePhone(country, number);
		if (!n.ok) throw new ModelError(400, n.reason);
		if (via === 'sms' && (n.kind === 'landline' || n.kind === 'ip')) throw new ModelError(400, 'phone-no-sms');
		if (n.e164 !== PRACTICE_PHONE.e164) throw new ModelError(400, 'phone-not-practice');
		this.state.phone = { e164: n.e164, display: n.display, via };
		if (this.state.registration === 'none') this.state.registration = 'started';
		return { display: n.display };
	}

	private lockedUntil(): number | null {
		const lock = this.state.lock;
		if (lock.lockedUntil && this.now() >= lock.lockedUntil) this.state.lock = { failures: 0, lockedUntil: 0 };
		return this.state.lock.lockedUntil || null;
	}

	/**
	 * The phone's Authenticator creates a passkey for the account (after its screen lock has
	 * confirmed the student). The account must already sign in (here with its texts): the
	 * prompt comes after a sign-in, and the app's sign-in is the same account's.
	 */
	createPasskey() {
		if (this.state.registration !== 'done') throw new ModelError(409, 'registration-incomplete');
		this.state.passkey = { id: this.nextId('passkey') };
		return { id: this.state.passkey.id, account: this.state.account };
	}

	/** The wizard's "Next" after the app: the service checks the passkey and makes it a sign-in method. */
	confirmPasskey() {
		if (!this.state.passkey) throw new ModelError(409, 'passkey-not-created');
		this.state.method = 'passkey';
	}

	/** A PC asks to sign in with the passkey: a new QR code, replacing any still waiting. */
	startPasskeySignIn() {
		if (this.state.blocked) throw new ModelError(423, 'blocked');
		if (!this.state.passkey) throw new ModelError(409, 'passkey-not-created');
		this.expirePasskeys();
		for (const r of this.state.passkeyRequests) if (r.status === 'pending' || r.status === 'scanned') r.status = 'expired';
		const now = this.now();
		const request: PasskeyRequest = {
			id: this.nextId('passkey-signin'),
			code: `FIDO:/${this.digits(12)}`,
			createdAt: now,
			expiresAt: now + PASSKEY_TIMEOUT_MS,
			status: 'pending',
		};
		this.state.passkeyRequests = [...this.state.passkeyRequests, request].slice(-10);
		return { id: request.id, code: request.code };
	}

	private expirePasskeys() {
		const now = this.now();
		for (const r of this.state.passkeyRequests)
			if ((r.status === 'pending' || r.status === 'scanned') && now >= r.expiresAt) r.status = 'expired';
	}

	private passkeyRequest(find: (r: PasskeyRequest) => boolean): PasskeyRequest {
		this.expirePasskeys();
		const request = this.state.passkeyRequests.find(find);
		if (!request) throw new ModelError(404, 'passkey-unknown');
		return request;
	}

	passkeyStatus(id: string) {
		const r = this.passkeyRequest((x) => x.id === id);
		return { id: r.id, status: r.status };
	}

	/** The phone's camera read a PC's QR code: the two devices are now connected (Bluetooth). */
	scanPasskey(code: string) {
		const r = this.passkeyRequest((x) => x.code === code.trim());
		if (r.status === 'expired') throw new ModelError(409, 'passkey-expired');
		if (r.status !== 'pending') throw new ModelError(409, 'passkey-used');
		if (!this.state.passkey) throw new ModelError(409, 'passkey-not-created');
		r.status = 'scanned';
		return { id: r.id, status: r.status };
	}

	/** The phone unlocked and signed with the passkey (approve), or the student cancelled. */
	answerPasskey(id: string, approve: boolean) {
		const r = this.passkeyRequest((x) => x.id === id);
		if (r.status === 'expired') throw new ModelError(409, 'passkey-expired');
		if (r.status !== 'scanned') throw new ModelError(409, 'passkey-used');
		r.status = approve ? 'verified' : 'cancelled';
		return { id: r.id, status: r.status };
	}

	/** Sends a text, places a call, or (for the app) opens a code entry. */
	startChallenge(purpose: Phase, kind: ChallengeKind) {
		if (this.state.blocked) throw new ModelError(423, 'blocked');
		const phone = this.state.phone;
		if (kind === 'app' ? !this.state.device : !phone) throw new ModelError(409, 'registration-incomplete');
		// A text or a call goes to the registered phone; the app's codes need none.
		const line = kind === 'app' ? null : phone;
		this.settle();
		// A new text or call replaces any older one still open, as the real service does.
		for (const c of this.state.challenges) {
			if (c.status === 'pending') c.status = 'expired';
			if (c.status === 'ringing' || c.status === 'answered') c.status = 'cancelled';
		}
		const now = this.now();
		const challenge: Challenge = {
			id: this.nextId(kind),
			kind,
			purpose,
			createdAt: now,
			to: line?.e164 ?? null,
			code: kind === 'sms' ? this.digits(6) : null,
			expiresAt: now + (kind === 'sms' ? SMS_CODE_TTL_MS : kind === 'call' ? RING_TIMEOUT_MS : 0),
			status: kind === 'call' ? 'ringing' : 'pending',
			answeredAt: null,
			keys: '',
		};
		this.state.challenges = [...this.state.challenges, challenge].slice(-10);
		// The sign-in page names the phone only by its last digits; registration shows what was typed.
		const to = !line || challenge.to === null ? null : purpose === 'setup' ? line.display : maskPhone(challenge.to);
		return { id: challenge.id, kind, to, lockedUntil: this.lockedUntil() };
	}

	/** Time passes: unanswered calls stop ringing, calls waiting for a key say goodbye. */
	private settle() {
		const now = this.now();
		for (const c of this.state.challenges) {
			if (c.status === 'ringing' && now >= c.expiresAt) c.status = 'no-answer';
			if (c.status === 'answered' && now >= (c.answeredAt ?? 0) + KEY_TIMEOUT_MS) c.status = 'no-answer';
		}
	}

	private challenge(id: string): Challenge {
		this.settle();
		const c = this.state.challenges.find((x) => x.id === id);
		if (!c) throw new ModelError(404, 'challenge-unknown');
		return c;
	}

	challengeStatus(id: string) {
		const c = this.challenge(id);
		return { id: c.id, kind: c.kind, status: c.status };
	}

	private verified(c: Challenge) {
		c.status = 'verified';
		if (c.purpose === 'setup' && (c.kind === 'sms' || c.kind === 'call')) this.state.method = c.kind;
		if (c.purpose === 'setup' && c.kind === 'app' && !this.state.method) this.state.method = 'code';
	}

	/** A wrong code counts towards the lock-out; the fifth in a row starts it. */
	private wrong(): VerifyOutcome {
		const failures = this.state.lock.failures + 1;
		if (failures >= MAX_FAILURES) {
			this.state.lock = { failures, lockedUntil: this.now() + LOCKOUT_MS };
			return { ok: false, reason: 'locked', lockedUntil: this.state.lock.lockedUntil };
		}
		this.state.lock = { failures, lockedUntil: 0 };
		return { ok: false, reason: 'wrong-code', remainingTries: MAX_FAILURES - failures };
	}

	/**
	 * A code typed on the PC. The app's codes go through src/totp's verification policy
	 * (window, no replay, lock-out); a text's code must be the latest one sent, unused and
	 * not expired. Both share one count of wrong tries, as it is one account.
	 */
	verifyCode(id: string, input: string, rules: CodeRules): VerifyOutcome {
		const { CodeVerifier, normalizeCode, totp } = rules;
		if (this.state.blocked) throw new ModelError(423, 'blocked');
		const c = this.challenge(id);
		if (c.kind === 'call') throw new ModelError(409, 'challenge-kind');
		if (c.kind === 'app') {
			const device = this.state.device;
			if (!device || !totp) throw new ModelError(409, 'app-not-configured');
			const verifier = new CodeVerifier({
				codeForStep: (step) => totp(device.secret, step),
				now: () => this.now(),
				maxFailures: MAX_FAILURES,
				lockoutMs: LOCKOUT_MS,
				state: { lastStep: this.state.totpLastStep, ...this.state.lock, refused: this.state.totpRefused ?? [] },
			});
			const result = verifier.verify(input);
			const { lastStep, failures, lockedUntil, refused } = verifier.state;
			this.state.totpLastStep = lastStep;
			this.state.totpRefused = refused ?? [];
			this.state.lock = { failures, lockedUntil };
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
		const lockedUntil = this.lockedUntil();
		if (lockedUntil) return { ok: false, reason: 'locked', lockedUntil };
		const typed = normalizeCode(input, 6);
		if (!typed.ok)
			return typed.reason === 'wrong-length'
				? { ok: false, reason: 'wrong-length', length: typed.length }
				: { ok: false, reason: typed.reason };
		if (typed.code === c.code) {
			if (c.status === 'verified') return { ok: false, reason: 'reused' };
			if (c.status !== 'pending' || this.now() >= c.expiresAt) return { ok: false, reason: 'expired' };
			this.state.lock = { failures: 0, lockedUntil: 0 };
			this.verified(c);
			return { ok: true };
		}
		// A code from an earlier text: used up, or replaced by the newer one.
		const earlier = this.state.challenges.find((x) => x.kind === 'sms' && x.code === typed.code);
		if (earlier) return { ok: false, reason: earlier.status === 'verified' ? 'reused' : 'expired' };
		return this.wrong();
	}

	/** What the practice phone's network delivers to a number: its texts, and the latest call. */
	carrier(number: string) {
		this.settle();
		const mine = this.state.challenges.filter((c) => c.to === number);
		const call = mine.filter((c) => c.kind === 'call').at(-1) ?? null;
		return {
			messages: mine.flatMap((c) => (c.kind === 'sms' && c.code ? [{ id: c.id, code: c.code, at: c.createdAt }] : [])),
			call: call && { id: call.id, status: call.status },
		};
	}

	private call(id: string, ...allowed: ChallengeStatus[]): Challenge {
		const c = this.challenge(id);
		if (c.kind !== 'call') throw new ModelError(409, 'challenge-kind');
		if (!allowed.includes(c.status)) throw new ModelError(409, `call-${c.status}`);
		return c;
	}

	answerCall(id: string) {
		const c = this.call(id, 'ringing');
		c.status = 'answered';
		c.answeredAt = this.now();
		return { id, status: c.status };
	}

	/** The PC gave up waiting (the student went back to change the number): the call stops. */
	cancelChallenge(id: string) {
		const c = this.challenge(id);
		if (c.status === 'ringing' || c.status === 'answered') c.status = 'cancelled';
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
				// Fraud alert with "block user": no more verification until an administrator unblocks.
				if (this.state.reportBlocks) this.state.blocked = true;
			} else this.verified(c);
		} else if (key === '0' && c.keys === '') c.keys = '0';
		else c.status = 'wrong-key';
		return { id, status: c.status, keys: c.keys };
	}

	/** The helpdesk unblocks the account after checking who is asking (simulated by a button). */
	unblock() {
		this.state.blocked = false;
		this.state.lock = { failures: 0, lockedUntil: 0 };
	}
}
