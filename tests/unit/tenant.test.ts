import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CodeRules, initialTenant, ModelError, PRACTICE_PHONE, Tenant, type TenantState } from '../../src/backend/model';
import { normalizeCode } from '../../src/totp/normalize';
import { CodeVerifier } from '../../src/totp/verifier';

/*
 * The practice tenant is made of parts, one per mechanism (src/backend/model.ts), over one
 * plain state that a session saves for reloads (sessionStorage, `Seed.tenant` in
 * src/machines/runtime.ts) and restores by spreading it over a fresh tenant. These tests hold
 * that form, continue states saved before the split, and check where the parts meet.
 */

const ACCOUNT = 's1234567@example.ac.jp';

/** Tenants saved by the version before the split, at steps where something was under way. */
const SAVED: Record<string, TenantState> = JSON.parse(
	readFileSync(new URL('../fixtures/tenant/saved-before-split.json', import.meta.url), 'utf8'),
).saved;
const saved = (at: string) => {
	const state = SAVED[at];
	if (!state) throw new Error(`no saved tenant at ${at}`);
	return structuredClone(state);
};

/** A tenant as a session restores one (src/machines/runtime.ts: the saved fields over a fresh tenant), on a clock the test sets. */
function restored(state: TenantState, at: number) {
	let real = at - state.offsetMs;
	const tenant = new Tenant({ ...initialTenant(ACCOUNT), ...state }, { clock: () => real, random: () => 0.5 });
	return { tenant, later: (ms: number) => (real += ms) };
}

const refusal = (fn: () => unknown) => {
	try {
		fn();
	} catch (error) {
		if (error instanceof ModelError) return error.code;
		throw error;
	}
	return 'accepted';
};

/** src/totp's policy over an app whose code is its time step's last six digits: the policy is what is under test, not TOTP. */
const RULES: CodeRules = { CodeVerifier, normalizeCode, totp: (_secret, step) => String(step % 1_000_000).padStart(6, '0') };
const appCode = (now: number) => String(Math.floor(now / 30_000) % 1_000_000).padStart(6, '0');

describe('the tenant’s saved form', () => {
	it('is one flat object with the fields it had before the split, and starts with the same values', () => {
		expect(JSON.parse(JSON.stringify(initialTenant(ACCOUNT)))).toEqual({
			account: ACCOUNT,
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
			methods: null,
			defaultMethod: null,
			mfaAt: null,
			tap: null,
			offsetMs: 0,
			seq: 0,
		});
		// Saved before the app's far-ahead codes were remembered (totpRefused, optional) and before the methods after
		// enrolment (methods.ts, tap.ts): the rest is the same.
		const newer = ['totpRefused', 'methods', 'defaultMethod', 'mfaAt', 'tap'];
		const fields = Object.keys(initialTenant(ACCOUNT)).filter((key) => !newer.includes(key));
		for (const [at, state] of Object.entries(SAVED)) expect(Object.keys(state).sort(), at).toEqual(fields.sort());
	});
});

describe('a tenant saved before the split goes on where it was', () => {
	it('today’s push: a stranger’s request waiting on the app is denied and reported', () => {
		const state = saved('today/push/signin-unexpected-request');
		const push = state.pushes.at(-1)!;
		const { tenant } = restored(state, push.createdAt + 5_000);
		expect(tenant.pushes.pendingFor(state.device!.id).map((p) => p.id)).toEqual([push.id]);
		expect(tenant.pushes.respond(state.device!.id, push.id, { approve: false, report: true })).toMatchObject({
			status: 'reported',
			by: 'stranger',
		});
		expect(tenant.account.signIn()).toEqual({ next: 'verify', method: 'push', remembered: false });
	});

	it('the manual’s push: the waiting request is approved without a number, and expires if left', () => {
		const state = saved('manual/push/signin-approve');
		const push = state.pushes.at(-1)!;
		const { tenant, later } = restored(state, push.createdAt + 5_000);
		expect(tenant.pushes.respond(state.device!.id, push.id, { approve: true })).toMatchObject({ status: 'approved', number: null });
		const again = tenant.pushes.request('signin');
		later(60_000);
		expect(tenant.pushes.status(again.id).status).toBe('expired');
	});

	it('a texted code: the latest one signs in, once', () => {
		const state = saved('today/sms/signin-enter-code');
		const [first, latest] = state.challenges.slice(-2);
		const { tenant } = restored(state, latest!.createdAt + 10_000);
		expect(tenant.challenges.verify(latest!.id, first!.code!, RULES)).toEqual({ ok: false, reason: 'reused' });
		expect(tenant.challenges.verify(latest!.id, latest!.code!, RULES)).toEqual({ ok: true });
		expect(tenant.challenges.verify(latest!.id, latest!.code!, RULES)).toEqual({ ok: false, reason: 'reused' });
		expect(tenant.state.method).toBe('sms');
	});

	it('the app’s code: the current one is accepted, where registration’s was used before', () => {
		const state = saved('today/code/signin-enter-code');
		const pending = state.challenges.at(-1)!;
		const { tenant } = restored(state, pending.createdAt + 1_000);
		const now = tenant.now();
		expect(tenant.challenges.verify(pending.id, appCode(now), RULES)).toEqual({ ok: true });
		expect(tenant.state.totpLastStep).toBe(Math.floor(now / 30_000));
	});

	it('a call ringing: answered, then “#” verifies it', () => {
		const state = saved('today/call/signin-answer-call');
		const call = state.challenges.at(-1)!;
		const { tenant } = restored(state, call.createdAt + 3_000);
		expect(tenant.challenges.deliveredTo(PRACTICE_PHONE.e164).call).toEqual({ id: call.id, status: 'ringing' });
		tenant.challenges.answerCall(call.id);
		expect(tenant.challenges.pressKey(call.id, '#').status).toBe('verified');
	});

	it('a passkey sign-in scanned by the phone: the phone’s unlock verifies it', () => {
		const state = saved('today/passkey/signin-unlock');
		const request = state.passkeyRequests.at(-1)!;
		const { tenant } = restored(state, request.createdAt + 5_000);
		expect(tenant.passkeys.answer(request.id, true)).toEqual({ id: request.id, status: 'verified' });
		expect(tenant.account.signIn().method).toBe('passkey');
	});
});

describe('where the parts meet', () => {
	/** A tenant whose account has the app and the practice phone, registration done. */
	function registered() {
		const tenant = new Tenant(initialTenant(ACCOUNT), { clock: () => 0, random: () => 0.5 });
		tenant.account.startActivation();
		const { deviceId } = tenant.account.activateDevice(tenant.state.activation!.code);
		tenant.account.registerPhone('JP', PRACTICE_PHONE.national, 'sms');
		tenant.account.chooseMethod('push');
		tenant.account.finishRegistration(null);
		return { tenant, deviceId };
	}

	it('every part reads the state the tenant has now: a state put in whole (a restore) is the one they use', () => {
		const { tenant } = registered();
		const state = saved('today/passkey/signin-unlock');
		tenant.state = state;
		expect(tenant.account.signIn().method).toBe('passkey');
		expect(tenant.passkeys.status(state.passkeyRequests.at(-1)!.id).status).toBe('scanned');
		expect(tenant.challenges.status(state.challenges.at(-1)!.id).status).toBe('verified');
		expect(refusal(() => tenant.pushes.request('signin'))).toBe('app-not-configured');
	});

	it('ids are one sequence across the parts, so no two things share one', () => {
		const { tenant, deviceId } = registered();
		const ids = [
			deviceId,
			tenant.pushes.request('signin', true).id,
			tenant.challenges.start('signin', 'sms').id,
			tenant.challenges.start('signin', 'app').id,
			tenant.passkeys.create().id,
			tenant.passkeys.startSignIn().id,
		];
		expect(ids).toEqual(['device-1', 'push-2', 'sms-3', 'app-4', 'passkey-5', 'passkey-signin-6']);
	});

	it('a fraud report on a call blocks every way to verify, until the helpdesk unblocks', () => {
		const { tenant, deviceId } = registered();
		const call = tenant.challenges.start('signin', 'call');
		tenant.challenges.answerCall(call.id);
		tenant.challenges.pressKey(call.id, '0');
		expect(tenant.challenges.pressKey(call.id, '#').status).toBe('fraud');
		tenant.passkeys.create();
		expect(tenant.account.signIn().next).toBe('blocked');
		expect(refusal(() => tenant.challenges.start('signin', 'sms'))).toBe('blocked');
		expect(refusal(() => tenant.passkeys.startSignIn())).toBe('blocked');
		tenant.lockout.unblock();
		expect(tenant.account.signIn().next).toBe('verify');
		expect(refusal(() => tenant.passkeys.startSignIn())).toBe('accepted');
		expect(refusal(() => tenant.pushes.request('signin'))).toBe('accepted');
		expect(tenant.pushes.pendingFor(deviceId)).toHaveLength(1);
	});

	it('wrong texted codes and wrong app codes count towards one lock-out', () => {
		const { tenant } = registered();
		const text = tenant.challenges.start('signin', 'sms');
		for (let i = 0; i < 3; i++) expect(tenant.challenges.verify(text.id, '000000', RULES)).toMatchObject({ reason: 'wrong-code' });
		const app = tenant.challenges.start('signin', 'app');
		expect(tenant.challenges.verify(app.id, '999999', RULES)).toMatchObject({ reason: 'wrong-code', remainingTries: 1 });
		expect(tenant.challenges.verify(app.id, '999998', RULES)).toMatchObject({ reason: 'locked' });
		expect(tenant.challenges.start('signin', 'sms').lockedUntil).toBeGreaterThan(0);
	});

	it('a registration’s verification makes its method the account’s; the app’s only where none was chosen', () => {
		const push = new Tenant(initialTenant(ACCOUNT), { clock: () => 0, random: () => 0.5 });
		push.account.startActivation();
		const { deviceId } = push.account.activateDevice(push.state.activation!.code);
		push.account.chooseMethod('code');
		const request = push.pushes.request('setup');
		push.pushes.respond(deviceId, request.id, { approve: true });
		expect(push.state.method).toBe('code');
		push.state.method = null;
		const again = push.pushes.request('setup');
		push.pushes.respond(deviceId, again.id, { approve: true });
		expect(push.state.method).toBe('push');
		const code = push.challenges.start('setup', 'app');
		push.challenges.verify(code.id, appCode(push.now()), RULES);
		expect(push.state.method).toBe('push');
		push.state.method = null;
		push.advanceDays(1);
		const next = push.challenges.start('setup', 'app');
		expect(push.challenges.verify(next.id, appCode(push.now()), RULES)).toEqual({ ok: true });
		expect(push.state.method).toBe('code');

		const text = new Tenant(initialTenant(ACCOUNT), { clock: () => 0, random: () => 0.5 });
		text.account.registerPhone('JP', PRACTICE_PHONE.national, 'sms');
		text.state.method = 'push';
		const sent = text.challenges.start('setup', 'sms');
		text.challenges.verify(sent.id, text.state.challenges.at(-1)!.code!, RULES);
		expect(text.state.method).toBe('sms');
	});
});
