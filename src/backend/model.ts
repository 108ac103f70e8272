/**
 * The practice tenant: what the mock identity service knows. Plain data, so that it can
 * be saved in sessionStorage (a reload keeps your place) and computed at build time for
 * deep links. Every rule that depends on time reads `now`, which tests and the
 * simulator's "come back N days later" move.
 */

export type PushPurpose = 'setup' | 'signin';
export type PushStatus = 'pending' | 'approved' | 'denied' | 'expired';

export interface PushRequest {
	id: string;
	purpose: PushPurpose;
	createdAt: number;
	expiresAt: number;
	status: PushStatus;
}

export interface TenantState {
	account: string;
	/** What the registration has reached: nothing yet, the app is linked, or done. */
	registration: 'none' | 'started' | 'done';
	/** The method chosen for verification once registered. */
	method: 'push' | 'code' | null;
	/** Issued by "Set up": what the PC shows as QR code, code and URL. */
	activation: { code: string; url: string; secret: string } | null;
	/** The phone that scanned the activation, if any. */
	device: { id: string; secret: string } | null;
	backupPhone: string | null;
	pushes: PushRequest[];
	/** Until when this PC is trusted ("don't ask again for N days"). */
	rememberedUntil: number | null;
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
		pushes: [],
		rememberedUntil: null,
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
		readonly code: string,
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
	signIn(): { next: 'register' | 'verify' | 'done'; method: TenantState['method']; remembered: boolean } {
		const s = this.state;
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
		return { code: this.state.activation.code, url: this.state.activation.url };
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

	requestPush(purpose: PushPurpose): PushRequest {
		if (!this.state.device) throw new ModelError(409, 'app-not-configured');
		// A new request replaces any older one still waiting, as the real service does.
		for (const p of this.state.pushes) if (p.status === 'pending') p.status = 'expired';
		const now = this.now();
		const push: PushRequest = { id: this.nextId('push'), purpose, createdAt: now, expiresAt: now + PUSH_TIMEOUT_MS, status: 'pending' };
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

	respond(deviceId: string, id: string, approve: boolean): PushRequest {
		if (this.state.device?.id !== deviceId) throw new ModelError(403, 'device-unknown');
		const push = this.pushStatus(id);
		if (push.status !== 'pending') throw new ModelError(409, `push-${push.status}`);
		push.status = approve ? 'approved' : 'denied';
		if (approve && push.purpose === 'setup' && !this.state.method) this.state.method = 'push';
		return push;
	}

	finishRegistration(backupPhone: string | null) {
		if (!this.state.device || !this.state.method) throw new ModelError(409, 'registration-incomplete');
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
}
