/**
 * The practice tenant: what the mock identity service knows. Plain data, so that it can
 * be saved in sessionStorage (a reload keeps your place) and computed at build time for
 * deep links. Every rule that depends on time reads `now`, which tests and the
 * simulator's "come back N days later" move.
 *
 * One part per mechanism, each with its own fields of the one state and its own rules:
 * the account (account.ts: registration, the app's device, the phone, the method, the
 * trusted PC), pushes to the app (pushes.ts), texts, calls and the app's codes
 * (challenges.ts), the passkey (passkeys.ts), the lock-out and block (lockout.ts), the methods
 * listed on the Security info page after enrolment (methods.ts) and the helpdesk's Temporary
 * Access Pass (tap.ts); they
 * share the tenant's clock, draws and ids (core.ts). The handlers call the parts.
 */

import { Account, type AccountState, initialAccount } from './account';
import { type ChallengeState, Challenges, initialChallenges } from './challenges';
import { type Core, type CoreState, DAY_MS, type TenantDeps } from './core';
import { initialLock, Lockout, type LockState } from './lockout';
import { initialMethods, Methods, type MethodsState } from './methods';
import { initialPasskeys, type PasskeyState, Passkeys } from './passkeys';
import { initialPushes, Pushes, type PushState } from './pushes';
import { initialTap, Tap, type TapState } from './tap';

export { PRACTICE_PHONE } from './account';
export {
	CHALLENGE_STATUSES,
	type Challenge,
	type ChallengeKind,
	type ChallengeStatus,
	type CodeRules,
	KEY_TIMEOUT_MS,
	RING_TIMEOUT_MS,
	SMS_CODE_TTL_MS,
	type TotpCodes,
	type VerifyOutcome,
} from './challenges';
export { DAY_MS, ModelError, type TenantDeps } from './core';
export { LOCKOUT_MS, MAX_FAILURES } from './lockout';
export {
	DEFAULT_METHODS,
	type DefaultMethod,
	MANAGE_MFA_MS,
	METHOD_LIMITS,
	type MethodKind,
	type MethodSeed,
	PASSKEY_MFA_MS,
	type RegisteredMethod,
} from './methods';
export { PASSKEY_TIMEOUT_MS, type PasskeyRequest, type PasskeyStatus } from './passkeys';
export { PUSH_TIMEOUT_MS, type PushAnswer, type PushRequest, type PushStatus, typedNumber } from './pushes';
export { TAP_DEFAULT_MINUTES, TAP_LENGTH, TAP_MAX_MINUTES, TAP_MIN_MINUTES, type TapPass } from './tap';

/**
 * The whole tenant as it is saved: every part's fields side by side in one flat object,
 * the form sessions saved before the parts were split already have.
 */
export interface TenantState extends AccountState, PushState, ChallengeState, PasskeyState, LockState, MethodsState, TapState, CoreState {}

export function initialTenant(account: string): TenantState {
	return {
		...initialAccount(account),
		...initialPushes(),
		...initialChallenges(),
		...initialLock(),
		...initialPasskeys(),
		...initialMethods(),
		...initialTap(),
		offsetMs: 0,
		seq: 0,
	};
}

export class Tenant implements Core<TenantState> {
	readonly lockout: Lockout;
	readonly account: Account;
	readonly pushes: Pushes;
	readonly challenges: Challenges;
	readonly passkeys: Passkeys;
	readonly methods: Methods;
	readonly tap: Tap;

	constructor(
		public state: TenantState,
		private readonly deps: TenantDeps,
	) {
		this.lockout = new Lockout(this);
		this.account = new Account(this, this.lockout);
		this.methods = new Methods(this, this.account);
		this.tap = new Tap(this, this.methods);
		this.pushes = new Pushes(this, this.account, this.methods);
		this.challenges = new Challenges(this, this.account, this.lockout, this.methods);
		this.passkeys = new Passkeys(this, this.account, this.lockout, this.methods);
	}

	now() {
		return this.deps.clock() + this.state.offsetMs;
	}

	random() {
		return this.deps.random();
	}

	digits(n: number) {
		return Array.from({ length: n }, () => Math.floor(this.deps.random() * 10)).join('');
	}

	nextId(prefix: string) {
		this.state.seq += 1;
		return `${prefix}-${this.state.seq}`;
	}

	advanceDays(days: number) {
		this.state.offsetMs += days * DAY_MS;
	}
}
