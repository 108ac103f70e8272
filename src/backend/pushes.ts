import type { Phase } from '../methods';
import type { Account } from './account';
import { type Core, ModelError } from './core';
import type { Methods } from './methods';

/*
 * Notifications to the Authenticator app: the PC's sign-in asks for one, the app sees the
 * requests waiting for its device and answers them. Since 8 May 2023 every request carries
 * a number to match; someone else who has the password can send one too.
 */

/**
 * A push request waits, then is approved, denied, or expires. With number matching it can
 * also fail on a wrong number (`mismatch`: the request is over, a new one is needed), and a
 * denied request can be reported as suspicious (`reported`). A request whose phones' app was
 * deleted from the Security info page while it waited fails (`revoked`): that app no longer signs in.
 */
export type PushStatus = 'pending' | 'approved' | 'denied' | 'expired' | 'mismatch' | 'reported' | 'revoked';

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
	/** The apps it was sent to (methods.ts); left out by sessions saved before a student could have several. */
	to?: string[];
}

/** What the student answers on the app's request: approve (with the number typed, if asked) or deny, and report. */
export interface PushAnswer {
	approve: boolean;
	number?: string | null;
	report?: boolean;
}

export const PUSH_TIMEOUT_MS = 60_000;

/** The number as typed: full-width digits (a Japanese keyboard) and spaces are accepted. */
export const typedNumber = (typed: string) => typed.normalize('NFKC').replace(/\s/g, '');

export interface PushState {
	pushes: PushRequest[];
}

export const initialPushes = (): PushState => ({ pushes: [] });

export class Pushes {
	constructor(
		private readonly core: Core<PushState>,
		private readonly account: Account,
		private readonly methods: Methods,
	) {}

	/** A push to the app; `match` asks for today's number matching (a fresh random number each time). */
	request(purpose: Phase, match = false): PushRequest {
		this.methods.require('app');
		if (this.methods.appDevices().length === 0) throw new ModelError(409, 'app-not-configured');
		// A new request replaces any older one still waiting, as the real service does.
		for (const p of this.core.state.pushes) if (p.status === 'pending') p.status = 'expired';
		return this.push(purpose, match, 'student');
	}

	/**
	 * Someone else, who has the student's password, signs in from far away: the app gets a
	 * request the student did not make. Only once the app is registered (there is nothing to
	 * push to before).
	 */
	stranger(): PushRequest {
		if (!this.account.device || !this.account.registered) throw new ModelError(409, 'app-not-configured');
		return this.push('signin', true, 'stranger');
	}

	private push(purpose: Phase, match: boolean, by: PushRequest['by']): PushRequest {
		const now = this.core.now();
		// Two digits, 10–99: the sign-in screen never shows a leading zero.
		const number = match ? String(10 + Math.floor(this.core.random() * 90)) : null;
		const push: PushRequest = {
			id: this.core.nextId('push'),
			purpose,
			createdAt: now,
			expiresAt: now + PUSH_TIMEOUT_MS,
			status: 'pending',
			number,
			by,
			to: this.methods.appDevices(),
		};
		this.core.state.pushes.push(push);
		this.core.state.pushes = this.core.state.pushes.slice(-10);
		return push;
	}

	private expire() {
		const now = this.core.now();
		const apps = this.methods.appDevices();
		for (const p of this.core.state.pushes) {
			if (p.status !== 'pending') continue;
			if (now >= p.expiresAt) p.status = 'expired';
			else if (p.to && !p.to.some((device) => apps.includes(device))) p.status = 'revoked';
		}
	}

	status(id: string): PushRequest {
		this.expire();
		const push = this.core.state.pushes.find((p) => p.id === id);
		if (!push) throw new ModelError(404, 'push-unknown');
		return push;
	}

	/** What the phone's app sees: requests still waiting for an answer. */
	pendingFor(deviceId: string): PushRequest[] {
		this.expire();
		if (!this.methods.appDevices().includes(deviceId)) {
			// A request the phone had already received stays on its screen after its app was deleted (until
			// it would have expired): answering it is refused as `push-revoked`. Nothing new reaches it.
			const now = this.core.now();
			return this.core.state.pushes.filter(
				(p) => (p.status === 'revoked' || p.status === 'pending') && p.to?.includes(deviceId) && now < p.expiresAt,
			);
		}
		return this.core.state.pushes.filter((p) => p.status === 'pending' && (!p.to || p.to.includes(deviceId)));
	}

	/**
	 * The app's answer. With number matching, an approval carries the number typed: a number
	 * that is not two digits is refused and the request still waits (nothing is lost); two
	 * digits that differ fail the request, as the service does, and the sign-in needs a new one.
	 */
	respond(deviceId: string, id: string, answer: PushAnswer): PushRequest {
		if (!this.methods.appDevices().includes(deviceId)) {
			// An app deleted while its request waited: the request failed with it, and says so.
			// Sent to it as well as to an app still registered, it fails for this one all the same.
			this.expire();
			if (this.core.state.pushes.some((p) => p.id === id && (p.status === 'revoked' || p.to?.includes(deviceId))))
				throw new ModelError(409, 'push-revoked');
			throw new ModelError(403, 'device-unknown');
		}
		const push = this.status(id);
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
		if (push.purpose === 'setup' && push.by === 'student') this.account.verifiedWith('push', true);
		if (push.purpose === 'signin' && push.by === 'student') this.methods.verified();
		return push;
	}
}
