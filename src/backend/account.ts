import type { Method } from '../methods';
import { type Core, DAY_MS, ModelError } from './core';
import type { Lockout } from './lockout';
import { normalizePhone } from './phone-number';

/*
 * The student's account as the service knows it: how far its registration has got, the
 * Authenticator app linked to it (the activation the PC shows, the device that scanned it),
 * the phone for texts or calls, the method chosen, and the PC trusted for N days. The other
 * parts read the device and the phone here, and make a method the account's when a
 * registration's verification succeeds.
 */

/** The practice phone's own number: texts and calls to any other number reach nobody here. */
export const PRACTICE_PHONE = { e164: '+819012345678', national: '090-1234-5678' } as const;

export interface AccountState {
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
	/** Until when this PC is trusted ("don't ask again for N days"). */
	rememberedUntil: number | null;
}

export const initialAccount = (account: string): AccountState => ({
	account,
	registration: 'none',
	method: null,
	activation: null,
	device: null,
	backupPhone: null,
	phone: null,
	rememberedUntil: null,
});

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export class Account {
	constructor(
		private readonly core: Core<AccountState>,
		private readonly lockout: Lockout,
	) {}

	get name() {
		return this.core.state.account;
	}
	/** The Authenticator app linked to the account, if one is. */
	get device() {
		return this.core.state.device;
	}
	/** The phone for texts or calls, if one is registered (or being verified). */
	get phone() {
		return this.core.state.phone;
	}
	get registered() {
		return this.core.state.registration === 'done';
	}

	/**
	 * A verification made the registration's method the account's: a text or a call, and the
	 * passkey, always; the app's approval or code only if no method was chosen before (the
	 * manual's push registration chooses it on the PC first).
	 */
	verifiedWith(method: Method, unlessChosen = false) {
		if (!unlessChosen || !this.core.state.method) this.core.state.method = method;
	}

	/** Password sign-in. The practice password is never checked: there is none to type. */
	signIn(): { next: 'register' | 'verify' | 'done' | 'blocked'; method: AccountState['method']; remembered: boolean } {
		const s = this.core.state;
		if (this.lockout.blocked) return { next: 'blocked', method: s.method, remembered: false };
		if (s.registration !== 'done') return { next: 'register', method: null, remembered: false };
		const remembered = s.rememberedUntil !== null && this.core.now() < s.rememberedUntil;
		return { next: remembered ? 'done' : 'verify', method: s.method, remembered };
	}

	startActivation() {
		const s = this.core.state;
		const secret = Array.from({ length: 32 }, () => BASE32[Math.floor(this.core.random() * 32)]).join('');
		const code = this.core.digits(9);
		s.activation = {
			code: `${code.slice(0, 3)} ${code.slice(3, 6)} ${code.slice(6)}`,
			url: `https://practice.invalid/activate/${this.core.digits(9)}`,
			secret,
		};
		if (s.registration === 'none') s.registration = 'started';
		// The key as an authenticator app's "enter a key" asks for it: lowercase base32 in groups of four.
		const key = secret.toLowerCase().replace(/(.{4})(?=.)/g, '$1 ');
		return { code: s.activation.code, url: s.activation.url, key };
	}

	/** The phone scanned the PC's QR code (or typed its code and URL). */
	activateDevice(code: string) {
		const s = this.core.state;
		const a = s.activation;
		if (!a || code.replace(/\s/g, '') !== a.code.replace(/\s/g, '')) throw new ModelError(400, 'activation-invalid');
		s.device = { id: this.core.nextId('device'), secret: a.secret };
		return { account: s.account, deviceId: s.device.id, secret: a.secret };
	}

	appConfigured() {
		return this.core.state.device !== null;
	}

	chooseMethod(method: 'push' | 'code') {
		if (!this.core.state.device) throw new ModelError(409, 'app-not-configured');
		this.core.state.method = method;
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
		this.core.state.phone = { e164: n.e164, display: n.display, via };
		if (this.core.state.registration === 'none') this.core.state.registration = 'started';
		return { display: n.display };
	}

	finishRegistration(backupPhone: string | null) {
		const s = this.core.state;
		const ready = s.method === 'sms' || s.method === 'call' ? s.phone !== null : s.device !== null && s.method !== null;
		if (!ready) throw new ModelError(409, 'registration-incomplete');
		s.backupPhone = backupPhone;
		s.registration = 'done';
	}

	/** After a verified sign-in: trust this PC for `days` when the reader ticked the box. */
	completeSignIn(rememberDays: number | null) {
		if (rememberDays) this.core.state.rememberedUntil = this.core.now() + rememberDays * DAY_MS;
	}
}
