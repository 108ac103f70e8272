import { type Core, ModelError } from './core';
import type { Methods } from './methods';

/*
 * The Temporary Access Pass the helpdesk issues to a student who lost every method
 * [LRN-TAP]: "a time-limited passcode that can be configured for single use or multiple
 * sign-ins. Users can sign in with a TAP to onboard other passwordless authentication methods."
 * Sources are keys of ../shared/facts/after-enrolment-2026.md.
 */

/** [LRN-TAP] policy: lifetimes "10 – 43,200 Minutes (30 days)", default lifetime 1 hour. */
export const TAP_MIN_MINUTES = 10;
export const TAP_MAX_MINUTES = 43_200;
export const TAP_DEFAULT_MINUTES = 60;
/** [LRN-TAP] "Length | 8 | 8-48 characters": the policy's default length. */
export const TAP_LENGTH = 8;

/** The practice pass's characters: letters and digits a student can tell apart when read out at a counter (the practice's choice). */
const TAP_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

export interface TapPass {
	id: string;
	code: string;
	createdAt: number;
	expiresAt: number;
	/** [LRN-TAP] "One-time use": the pass signs in once. */
	oneTime: boolean;
	/** When a one-time pass signed in; it then no longer does [LRN-GRAPH-TAP-JA: 「OneTimeUsed」]. */
	usedAt: number | null;
}

export interface TapState {
	/** [LRN-TAP] "Each user can only have one TAP": a new one replaces it. */
	tap: TapPass | null;
}

export const initialTap = (): TapState => ({ tap: null });

export class Tap {
	constructor(
		private readonly core: Core<TapState>,
		private readonly methods: Methods,
	) {}

	/** The helpdesk issues a pass (the practice's helpdesk button stands for the counter). */
	issue(lifetimeMinutes = TAP_DEFAULT_MINUTES, oneTime = true) {
		if (!Number.isInteger(lifetimeMinutes) || lifetimeMinutes < TAP_MIN_MINUTES || lifetimeMinutes > TAP_MAX_MINUTES)
			throw new ModelError(400, 'tap-lifetime');
		const code = Array.from({ length: TAP_LENGTH }, () => TAP_ALPHABET[Math.floor(this.core.random() * TAP_ALPHABET.length)]).join('');
		const now = this.core.now();
		this.core.state.tap = {
			id: this.core.nextId('tap'),
			code,
			createdAt: now,
			expiresAt: now + lifetimeMinutes * 60_000,
			oneTime,
			usedAt: null,
		};
		return { code, expiresAt: this.core.state.tap.expiresAt, oneTime };
	}

	/** What the Security info page shows of it [LRN-TAP]: "Users can also see the TAP expiration time, and delete the TAP". */
	view() {
		const pass = this.core.state.tap;
		if (!pass) return null;
		return { id: pass.id, expiresAt: pass.expiresAt, oneTime: pass.oneTime, usable: this.usable(pass) === null };
	}

	/** Why a pass cannot sign in, or null if it can. */
	private usable(pass: TapPass) {
		if (this.core.now() >= pass.expiresAt) return 'tap-expired' as const;
		if (pass.oneTime && pass.usedAt !== null) return 'tap-used' as const;
		return null;
	}

	/** Whether the sign-in page asks for the pass instead of the password [LRN-TAP: "they see a screen to enter their TAP"]. */
	get pending() {
		const pass = this.core.state.tap;
		return pass !== null && this.usable(pass) === null;
	}

	/**
	 * The student types the pass. An expired pass [LRN-TAP: "An expired or deleted TAP can’t be
	 * used"] and a one-time pass already used ["Check if a one-time TAP was already used."] are
	 * refused each with its own message; a wrong pass too. A pass that signs in is MFA: the page
	 * may then be managed for 10 minutes (methods.ts), which is also [LRN-TAP]'s limit: "the user
	 * must complete the registration within 10 minutes of sign-in with the one-time TAP".
	 */
	signIn(typed: string) {
		const pass = this.core.state.tap;
		const code = typed.normalize('NFKC').replace(/\s/g, '');
		if (code === '') throw new ModelError(400, 'tap-empty');
		if (!pass) throw new ModelError(401, 'tap-wrong');
		if (code !== pass.code) throw new ModelError(401, 'tap-wrong');
		const reason = this.usable(pass);
		if (reason) throw new ModelError(401, reason);
		if (pass.oneTime) pass.usedAt = this.core.now();
		this.methods.verified();
		return { ok: true as const };
	}

	/** "delete the TAP if it's no longer needed" [LRN-TAP]. */
	remove() {
		if (!this.core.state.tap) throw new ModelError(404, 'tap-none');
		this.core.state.tap = null;
	}
}
