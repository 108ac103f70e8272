import { describe, expect, it } from 'vitest';
import { ApiError, createClient } from '../../src/backend/client';
import { createHandlers } from '../../src/backend/handlers';
import {
	initialTenant,
	MANAGE_MFA_MS,
	type MethodSeed,
	ModelError,
	PASSKEY_MFA_MS,
	PRACTICE_PHONE,
	PUSH_TIMEOUT_MS,
	TAP_DEFAULT_MINUTES,
	Tenant,
} from '../../src/backend/model';
import { inProcess } from '../../src/backend/service';
import { normalizeCode } from '../../src/totp/normalize';
import { CodeVerifier } from '../../src/totp/verifier';

/*
 * The practice service after enrolment (src/backend/methods.ts, tap.ts): the methods a student
 * has on the Security info page, the default, and the helpdesk's Temporary Access Pass, on a
 * clock the tests move. Each rule is checked on both sides of its limit.
 */

const ACCOUNT = 's1234567@example.ac.jp';
const START = Date.UTC(2026, 11, 7, 9, 0, 0);

const OLD_APP: MethodSeed = { kind: 'app', device: 'device-old', label: 'iPhone 12' };
const PHONE: MethodSeed = { kind: 'phone', device: null, label: PRACTICE_PHONE.national };

/** A student enrolled long ago: the old phone's app (the default, its notification) and, if asked, a phone for texts. */
function enrolled(methods: readonly MethodSeed[] = [OLD_APP], defaultMethod: 'push' | 'sms' | null = 'push') {
	let real = START;
	// The texts' number is the account's (account.ts); the list says whether it still signs in.
	const phone = { e164: PRACTICE_PHONE.e164, display: PRACTICE_PHONE.national, via: 'sms' as const };
	const state = { ...initialTenant(ACCOUNT), registration: 'done' as const, method: 'push' as const, phone };
	const tenant = new Tenant(state, { clock: () => real, random: () => 0.5 });
	tenant.methods.seed(methods, defaultMethod);
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

const idOf = (tenant: Tenant, label: string) => {
	const method = tenant.methods.view().methods.find((m) => m.label === label);
	if (!method) throw new Error(`no method ${label}`);
	return method.id;
};

/** The old phone approves a sign-in to the Security info page (number matching): MFA done now. */
function signInWithOldPhone(tenant: Tenant) {
	const push = tenant.pushes.request('signin', true);
	tenant.pushes.respond('device-old', push.id, { approve: true, number: push.number });
}

/** The new phone scans the page's QR code and is added as a method, as "Add sign-in method" does. */
function addNewPhone(tenant: Tenant) {
	tenant.account.startActivation();
	const activation = tenant.state.activation;
	if (!activation) throw new Error('no activation');
	const { deviceId } = tenant.account.activateDevice(activation.code);
	return tenant.methods.add({ kind: 'app', device: deviceId, label: 'Pixel 9' });
}

describe('the Security info page', () => {
	it('lists the methods the student enrolled with, and the default', () => {
		const { tenant } = enrolled([OLD_APP, PHONE], 'push');
		expect(tenant.methods.view()).toMatchObject({
			defaultMethod: 'push',
			banner: false,
			methods: [
				{ kind: 'app', label: 'iPhone 12' },
				{ kind: 'phone', label: PRACTICE_PHONE.national },
			],
		});
	});

	it('asks for MFA again after 10 minutes before any change, and a passkey after 5', () => {
		const { tenant, later } = enrolled([OLD_APP, PHONE]);
		expect(refusal(() => tenant.methods.setDefault('sms'))).toBe('reauth-required');
		signInWithOldPhone(tenant);
		later(PASSKEY_MFA_MS);
		expect(refusal(() => tenant.methods.add({ kind: 'passkey', device: 'device-old', label: 'iPhone 12' }))).toBe('accepted');
		later(1);
		expect(refusal(() => tenant.methods.add({ kind: 'passkey', device: 'device-old', label: 'iPhone 12' }))).toBe('reauth-required');
		later(MANAGE_MFA_MS - PASSKEY_MFA_MS - 1);
		expect(refusal(() => tenant.methods.setDefault('sms'))).toBe('accepted');
		later(1);
		expect(refusal(() => tenant.methods.setDefault('push'))).toBe('reauth-required');
		// Signing in again (a text's code this time) opens the page for another 10 minutes.
		const text = tenant.challenges.start('signin', 'sms');
		const code = tenant.state.challenges.find((c) => c.id === text.id)?.code ?? '';
		expect(tenant.challenges.verify(text.id, code, { CodeVerifier, normalizeCode, totp: null })).toEqual({ ok: true });
		expect(refusal(() => tenant.methods.setDefault('push'))).toBe('accepted');
	});

	it('keeps to the page’s limits: 5 apps, 2 phones, 10 passkeys', () => {
		const { tenant } = enrolled([OLD_APP]);
		signInWithOldPhone(tenant);
		for (let i = 2; i <= 5; i++) tenant.methods.add({ kind: 'app', device: `device-${i}`, label: `phone ${i}` });
		expect(refusal(() => tenant.methods.add({ kind: 'app', device: 'device-6', label: 'phone 6' }))).toBe('method-limit');
		tenant.methods.add(PHONE);
		tenant.methods.add({ ...PHONE, label: '080-0000-0000' });
		expect(refusal(() => tenant.methods.add({ ...PHONE, label: '070-0000-0000' }))).toBe('method-limit');
		for (let i = 1; i <= 10; i++) tenant.methods.add({ kind: 'passkey', device: `device-${i}`, label: `passkey ${i}` });
		expect(refusal(() => tenant.methods.add({ kind: 'passkey', device: 'device-11', label: 'passkey 11' }))).toBe('method-limit');
	});

	it('makes only a registered method that can be a default the default', () => {
		const { tenant } = enrolled([OLD_APP]);
		signInWithOldPhone(tenant);
		expect(refusal(() => tenant.methods.setDefault('sms'))).toBe('default-unavailable');
		expect(refusal(() => tenant.methods.setDefault('call'))).toBe('default-unavailable');
		tenant.methods.add(PHONE);
		tenant.methods.setDefault('call');
		expect(tenant.methods.view().defaultMethod).toBe('call');
	});

	it('refuses to delete the default’s last method while others remain, and lets the very last go with a banner', () => {
		const { tenant } = enrolled([OLD_APP, PHONE], 'push');
		signInWithOldPhone(tenant);
		expect(refusal(() => tenant.methods.remove(idOf(tenant, 'iPhone 12')))).toBe('method-is-default');
		tenant.methods.setDefault('sms');
		expect(tenant.methods.remove(idOf(tenant, 'iPhone 12'))).toMatchObject({ last: false });
		const last = tenant.methods.remove(idOf(tenant, PRACTICE_PHONE.national));
		expect(last.last).toBe(true);
		expect(tenant.methods.view()).toMatchObject({ methods: [], defaultMethod: null, banner: true });
		expect(refusal(() => tenant.methods.remove('method-1'))).toBe('method-unknown');
	});
});

describe('a new phone, the old one still in hand', () => {
	it('the old phone signs in, the new one is added and approves, then the old one is deleted and signs in no more', () => {
		const { tenant, later } = enrolled([OLD_APP]);
		signInWithOldPhone(tenant);
		const added = addNewPhone(tenant);
		// Two apps: a push reaches both until the old one is deleted (the default is the app's notification, not a phone).
		const test = tenant.pushes.request('signin', true);
		expect(tenant.pushes.pendingFor('device-old').map((p) => p.id)).toEqual([test.id]);
		expect(tenant.pushes.pendingFor(added.device ?? '').map((p) => p.id)).toEqual([test.id]);
		tenant.pushes.respond(added.device ?? '', test.id, { approve: true, number: test.number });
		later(60_000);
		expect(tenant.methods.remove(idOf(tenant, 'iPhone 12'))).toMatchObject({ last: false });
		expect(tenant.methods.view().defaultMethod).toBe('push');
		// The old phone no longer receives or answers anything.
		const next = tenant.pushes.request('signin', true);
		expect(tenant.pushes.pendingFor('device-old')).toEqual([]);
		expect(refusal(() => tenant.pushes.respond('device-old', next.id, { approve: true, number: next.number }))).toBe('device-unknown');
		expect(tenant.pushes.pendingFor(added.device ?? '').map((p) => p.id)).toEqual([next.id]);
	});

	it('the old phone’s request still waiting fails once its method is deleted', () => {
		const { tenant } = enrolled([OLD_APP, PHONE], 'sms');
		signInWithOldPhone(tenant);
		const waiting = tenant.pushes.request('signin', true);
		tenant.methods.remove(idOf(tenant, 'iPhone 12'));
		expect(tenant.pushes.status(waiting.id).status).toBe('revoked');
		// The old phone still shows it (it had arrived), and answering it fails.
		expect(tenant.pushes.pendingFor('device-old').map((p) => p.id)).toEqual([waiting.id]);
		expect(refusal(() => tenant.pushes.respond('device-old', waiting.id, { approve: true, number: waiting.number }))).toBe('push-revoked');
		// With no app left, a push cannot even be asked for.
		expect(refusal(() => tenant.pushes.request('signin', true))).toBe('method-deleted');
	});

	it('a deleted phone number no longer gets texts', () => {
		const { tenant } = enrolled([OLD_APP, PHONE], 'push');
		signInWithOldPhone(tenant);
		expect(refusal(() => tenant.challenges.start('signin', 'sms'))).toBe('accepted');
		tenant.methods.remove(idOf(tenant, PRACTICE_PHONE.national));
		expect(refusal(() => tenant.challenges.start('signin', 'sms'))).toBe('method-deleted');
		expect(refusal(() => tenant.challenges.start('signin', 'call'))).toBe('method-deleted');
	});
});

describe('a lost phone and the helpdesk’s Temporary Access Pass', () => {
	it('signs in once with a one-time pass, then refuses it as used', () => {
		const { tenant, later } = enrolled([OLD_APP]);
		tenant.methods.requireReregister();
		expect(tenant.methods.view()).toMatchObject({ methods: [], banner: true });
		const pass = tenant.tap.issue();
		expect(pass.expiresAt).toBe(START + TAP_DEFAULT_MINUTES * 60_000);
		expect(tenant.tap.pending).toBe(true);
		expect(refusal(() => tenant.tap.signIn(''))).toBe('tap-empty');
		expect(refusal(() => tenant.tap.signIn('nope1234'))).toBe('tap-wrong');
		expect(tenant.tap.signIn(` ${pass.code} `)).toEqual({ ok: true });
		// Signed in with the pass: a method can be registered within the next 10 minutes.
		later(MANAGE_MFA_MS);
		expect(refusal(() => addNewPhone(tenant))).toBe('accepted');
		expect(tenant.methods.view().defaultMethod).toBe('push');
		expect(refusal(() => tenant.tap.signIn(pass.code))).toBe('tap-used');
		expect(tenant.tap.pending).toBe(false);
	});

	it('one-time registration closes 10 minutes after the pass signed in', () => {
		const { tenant, later } = enrolled([]);
		const pass = tenant.tap.issue(60, true);
		tenant.tap.signIn(pass.code);
		later(MANAGE_MFA_MS + 1);
		expect(refusal(() => addNewPhone(tenant))).toBe('reauth-required');
	});

	it('refuses an expired pass with its own message, just after its lifetime and not before', () => {
		const { tenant, later } = enrolled([]);
		const pass = tenant.tap.issue(60, false);
		later(60 * 60_000 - 1);
		expect(tenant.tap.signIn(pass.code)).toEqual({ ok: true });
		// A pass for several sign-ins works again within its lifetime.
		expect(tenant.tap.signIn(pass.code)).toEqual({ ok: true });
		later(1);
		expect(refusal(() => tenant.tap.signIn(pass.code))).toBe('tap-expired');
		expect(tenant.tap.view()).toMatchObject({ usable: false });
	});

	it('keeps to the policy’s lifetimes (10 minutes to 30 days), one pass per student', () => {
		const { tenant } = enrolled([]);
		expect(refusal(() => tenant.tap.issue(9))).toBe('tap-lifetime');
		expect(refusal(() => tenant.tap.issue(43_201))).toBe('tap-lifetime');
		expect(refusal(() => tenant.tap.issue(43_200))).toBe('accepted');
		const first = tenant.tap.issue(10);
		const second = tenant.tap.issue(10);
		expect(refusal(() => tenant.tap.signIn(first.code === second.code ? 'other' : first.code))).toBe('tap-wrong');
		tenant.tap.remove();
		expect(refusal(() => tenant.tap.signIn(second.code))).toBe('tap-wrong');
		expect(refusal(() => tenant.tap.remove())).toBe('tap-none');
	});

	it('“require re-register MFA” deletes phones and apps, and keeps passkeys', () => {
		const { tenant } = enrolled([OLD_APP, PHONE, { kind: 'passkey', device: 'device-old', label: 'iPhone 12' }]);
		tenant.methods.requireReregister();
		expect(tenant.methods.view().methods.map((m) => m.kind)).toEqual(['passkey']);
		expect(tenant.methods.view().defaultMethod).toBeNull();
	});
});

describe('the registration practices', () => {
	it('keep their one method: without a list, nothing here stands in their way', () => {
		let real = START;
		const tenant = new Tenant(initialTenant(ACCOUNT), { clock: () => real, random: () => 0.5 });
		expect(tenant.methods.managed).toBe(false);
		expect(tenant.methods.has('phone')).toBe(true);
		tenant.account.startActivation();
		tenant.account.activateDevice(tenant.state.activation?.code ?? '');
		const push = tenant.pushes.request('setup', true);
		expect(push.to).toEqual([tenant.state.device?.id]);
		real += PUSH_TIMEOUT_MS;
		expect(tenant.pushes.status(push.id).status).toBe('expired');
	});
});

describe('the service’s surface', () => {
	it('answers the Security info page and the pass over HTTP, with each refusal’s own code', async () => {
		let real = START;
		const tenant = new Tenant({ ...initialTenant(ACCOUNT), registration: 'done' }, { clock: () => real, random: () => 0.25 });
		tenant.methods.seed([OLD_APP, PHONE], 'push');
		const api = createClient(inProcess(createHandlers(() => tenant)).fetch, 'http://practice.invalid/');
		const code = async (call: Promise<unknown>) =>
			call.then(
				() => 'accepted',
				(error: unknown) => (error instanceof ApiError ? error.code : String(error)),
			);
		expect(await code(api.setDefault('sms'))).toBe('reauth-required');
		const { code: pass } = await api.issueTap(60, true);
		expect(await code(api.tapSignIn('wrong123'))).toBe('tap-wrong');
		expect(await code(api.tapSignIn(pass))).toBe('accepted');
		expect(await code(api.tapSignIn(pass))).toBe('tap-used');
		const page = await api.securityInfo();
		expect(page.tap).toMatchObject({ oneTime: true, usable: false });
		const old = page.methods.find((m) => m.kind === 'app');
		expect(await code(api.deleteMethod(old?.id ?? ''))).toBe('method-is-default');
		expect(await code(api.setDefault('sms'))).toBe('accepted');
		expect(await code(api.deleteMethod(old?.id ?? ''))).toBe('accepted');
		// An app is added only by the phone that scanned the page's code.
		expect(await code(api.addMethod({ kind: 'app', device: 'device-9', label: 'x' }))).toBe('app-not-configured');
		real += MANAGE_MFA_MS + 1;
		expect(await code(api.addMethod({ kind: 'phone', device: null, label: 'y' }))).toBe('reauth-required');
		expect((await api.securityInfo()).methods.map((m) => m.kind)).toEqual(['phone']);
	});
});
