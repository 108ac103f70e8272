import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS, PUSH_TIMEOUT_MS } from '../../src/backend/model';
import { flow as PUSH_FLOW, PUSH_SCRIPT } from '../../src/flows/manual/push';
import { textOnPhone } from '../../src/flows/manual/sms';
import { qrOnPcScreen } from '../../src/machines/app-phone';
import { createSession, perform, recordSeeds, type Session, until } from '../../src/machines/runtime';
import { stepsOf } from '../../src/steps';
import { unvisited } from '../support/inspect';
import { practiceWorld, unreachable } from '../support/world';

let now = Date.UTC(2026, 3, 1, 9);
const { options, visited, session: newSession, at } = practiceWorld(PUSH_FLOW, { clock: () => now, seed: 7 });

describe('push flow against msw/node', () => {
	const server = setupServer();
	beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
	afterAll(() => server.close());

	it('registers and signs in through real fetch calls answered by the same handlers', async () => {
		const session = newSession({
			baseUrl: 'http://practice.test/',
			transport: (handlers) => {
				server.resetHandlers(...handlers);
				return (request) => fetch(request);
			},
		});
		for (const entry of PUSH_SCRIPT) {
			await until(() => !session.busy() && session.step() === entry.step, entry.step);
			for (const action of entry.actions) await perform(session, action);
		}
		expect(session.done()).toBe(true);
		expect(session.tenant.state.registration).toBe('done');
		expect(session.tenant.state.method).toBe('push');
	});
});

describe('push flow: what goes wrong', () => {
	it('a request nobody answers expires after 60 s on the service’s clock, and can be sent again', async () => {
		const session = await at('signin-request-sent');
		await until(() => session.phone.getSnapshot().context.notification !== null, 'notification');
		now += PUSH_TIMEOUT_MS + 1;
		await until(() => session.pc.getSnapshot().matches('pushFailed'), 'expiry');
		expect(session.pc.getSnapshot().context.notice).toBe('expired');
		await until(() => session.phone.getSnapshot().context.notification === null, 'notification gone');
		session.pc.send({ type: 'pc.retry' });
		await until(() => session.pc.getSnapshot().matches('waitingApproval'), 'resent');
		await until(() => session.phone.getSnapshot().context.notification !== null, 'new notification');
	});

	it('a request that expires while the phone shows it takes the phone back, with a message', async () => {
		const session = await at('signin-approve');
		expect(session.phone.getSnapshot().matches({ screen: { app: 'approve' } })).toBe(true);
		now += PUSH_TIMEOUT_MS + 1;
		await until(() => session.phone.getSnapshot().matches({ screen: { app: 'accounts' } }), 'phone back');
		expect(session.phone.getSnapshot().context.error).toBe('push-expired');
	});

	it('denying fails the sign-in; the PC offers to sign in again', async () => {
		const session = await at('signin-approve');
		await perform(session, { device: 'phone', event: { type: 'phone.deny' } });
		await until(() => session.pc.getSnapshot().matches('pushFailed'), 'denied');
		expect(session.pc.getSnapshot().context.notice).toBe('denied');
		session.pc.send({ type: 'pc.retry' });
		expect(session.step()).toBe('signin-sign-in');
	});

	it('denying during registration lets the student send the test notification again', async () => {
		const session = await at('setup-approve');
		await perform(session, { device: 'phone', event: { type: 'phone.openNotification' } });
		await perform(session, { device: 'phone', event: { type: 'phone.deny' } });
		await until(() => session.pc.getSnapshot().matches('pushFailed'), 'denied');
		session.pc.send({ type: 'pc.retry' });
		await until(() => session.pc.getSnapshot().matches('waitingApproval'), 'resent');
		expect(session.step()).toBe('setup-approve');
	});

	it('"don’t ask again" trusts the PC for exactly the configured days', async () => {
		const session = await at('signin-request-sent');
		session.pc.send({ type: 'pc.remember', checked: true });
		await perform(session, { device: 'phone', event: { type: 'phone.openNotification' } });
		await perform(session, { device: 'phone', event: { type: 'phone.approve' } });
		await until(() => session.done(), 'signed in');
		await perform(session, { device: 'pc', event: { type: 'pc.later', days: 13 } });
		await perform(session, { device: 'pc', event: { type: 'pc.signIn' } });
		expect(session.step()).toBe('signin-done');
		expect(session.pc.getSnapshot().context.remembered).toBe(true);
		await perform(session, { device: 'pc', event: { type: 'pc.later', days: 1 } });
		await perform(session, { device: 'pc', event: { type: 'pc.signIn' } });
		expect(session.step()).toBe('signin-request-sent');
	});

	it('without the box ticked, the next sign-in is challenged even the same day', async () => {
		const session = await at('signin-approve');
		await perform(session, { device: 'phone', event: { type: 'phone.approve' } });
		await until(() => session.done(), 'signed in');
		await perform(session, { device: 'pc', event: { type: 'pc.signOut' } });
		await perform(session, { device: 'pc', event: { type: 'pc.signIn' } });
		expect(session.step()).toBe('signin-request-sent');
		expect(session.tenant.state.rememberedUntil).toBeNull();
		expect(DAY_MS).toBe(86_400_000);
	});

	it('wrong choices are refused with a reason and the student stays put', async () => {
		const session = await at('setup-choose-app');
		session.pc.send({ type: 'pc.setup', contact: 'phone' });
		expect(session.pc.getSnapshot().context.error).toBe('choose-app');
		expect(session.step()).toBe('setup-choose-app');
		await perform(session, { device: 'pc', event: { type: 'pc.setup', contact: 'app' } });
		// "Next" before the phone has scanned: the service says the app is not configured.
		await perform(session, { device: 'pc', event: { type: 'pc.next' } });
		expect(session.pc.getSnapshot().context.error).toBe('app-not-configured');
		expect(session.step()).toBe('setup-install-app');
		// "Cancel" goes back to the security page.
		await perform(session, { device: 'pc', event: { type: 'pc.cancel' } });
		expect(session.step()).toBe('setup-choose-app');
	});

	it('scanning with nothing in view, or a code from elsewhere, is refused', async () => {
		const session = await at('setup-scan-qr');
		session.phone.send({ type: 'phone.capture', code: null });
		expect(session.phone.getSnapshot().context.error).toBe('nothing-to-scan');
		await perform(session, { device: 'phone', event: { type: 'phone.capture', code: '000 000 000' } });
		expect(session.phone.getSnapshot().context.error).toBe('activation-invalid');
		expect(session.step()).toBe('setup-scan-qr');
		await perform(session, { device: 'phone', event: { type: 'phone.back' } });
		expect(session.phone.getSnapshot().matches({ screen: { app: 'intro' } })).toBe(true);
	});

	it('the phone goes home and back, and can add an account again', async () => {
		const session = await at('setup-account-added');
		await perform(session, { device: 'phone', event: { type: 'phone.home' } });
		await perform(session, { device: 'phone', event: { type: 'phone.openStore' } });
		expect(session.phone.getSnapshot().matches({ screen: { store: 'installed' } })).toBe(true);
		await perform(session, { device: 'phone', event: { type: 'phone.home' } });
		await perform(session, { device: 'phone', event: { type: 'phone.openApp' } });
		await perform(session, { device: 'phone', event: { type: 'phone.add' } });
		expect(session.phone.getSnapshot().matches({ screen: { app: 'intro' } })).toBe(true);
	});

	it('scanning again after "add account" pairs the new device: the test notification reaches it', async () => {
		const session = await at('setup-account-added');
		await perform(session, { device: 'phone', event: { type: 'phone.add' } });
		await perform(session, { device: 'phone', event: { type: 'phone.scan' } });
		await perform(session, { device: 'phone', event: { type: 'phone.capture', code: qrOnPcScreen(session.pc.getSnapshot()) } });
		expect(session.step()).toBe('setup-account-added');
		await perform(session, { device: 'phone', event: { type: 'phone.openAccount' } });
		await perform(session, { device: 'pc', event: { type: 'guide.continue' } });
		await perform(session, { device: 'pc', event: { type: 'pc.next' } });
		await perform(session, { device: 'pc', event: { type: 'pc.chooseUse', use: 'notification' } });
		expect(session.step()).toBe('setup-approve');
		await until(() => session.phone.getSnapshot().context.notification !== null, 'the test notification on the re-paired phone');
		await perform(session, { device: 'phone', event: { type: 'phone.openNotification' } });
		await perform(session, { device: 'phone', event: { type: 'phone.approve' } });
		await until(() => session.step() === 'setup-backup-phone', 'registered');
	});

	it('a failed request to the service shows a retry, and the retry works', async () => {
		const session = newSession();
		session.service.use(unreachable('post', 'signin', { once: true }));
		session.pc.send({ type: 'pc.signIn' });
		await until(() => !session.busy(), 'sign-in attempt');
		expect(session.pc.getSnapshot().context.error).toBe('network');
		expect(session.step()).toBe('setup-sign-in');
		await perform(session, { device: 'pc', event: { type: 'pc.signIn' } });
		expect(session.step()).toBe('setup-more-info');
		await perform(session, { device: 'pc', event: { type: 'pc.next' } });
		session.service.use(unreachable('post', 'register/app', { once: true }));
		session.pc.send({ type: 'pc.setup', contact: 'app' });
		await until(() => !session.busy(), 'set-up attempt');
		expect(session.pc.getSnapshot().context.error).toBe('network');
		expect(session.step()).toBe('setup-choose-app');
	});
});

const pushes = (s: Session) => s.tenant.state.pushes.length;

describe('push flow: the ~60-second life of a request', () => {
	it('is still waiting at 59 s and expired at 61 s, on the service’s clock', async () => {
		const session = await at('signin-request-sent');
		await until(() => session.phone.getSnapshot().context.notification !== null, 'notification');
		const push = session.tenant.state.pushes.at(-1)!;
		const sentAt = push.createdAt - session.tenant.state.offsetMs;
		now = sentAt + 59_000;
		await new Promise((r) => setTimeout(r, 20));
		expect(session.tenant.pushes.status(push.id).status).toBe('pending');
		expect(session.pc.getSnapshot().matches('waitingApproval')).toBe(true);
		expect(session.phone.getSnapshot().context.notification?.id).toBe(push.id);
		now = sentAt + 61_000;
		await until(() => session.pc.getSnapshot().matches('pushFailed'), 'expiry');
		expect(session.pc.getSnapshot().context.notice).toBe('expired');
		expect(session.tenant.pushes.status(push.id).status).toBe('expired');
	});

	it('can still be approved at 59 s', async () => {
		const session = await at('signin-approve');
		const push = session.tenant.state.pushes.at(-1)!;
		now = push.createdAt - session.tenant.state.offsetMs + 59_000;
		await perform(session, { device: 'phone', event: { type: 'phone.approve' } });
		await until(() => session.done(), 'signed in');
	});
});

describe('push flow: failures after something else went wrong', () => {
	it('a network failure after a denial says “could not connect”, not “denied”, and its retry sends a request', async () => {
		const session = await at('setup-approve');
		await perform(session, { device: 'phone', event: { type: 'phone.openNotification' } });
		await perform(session, { device: 'phone', event: { type: 'phone.deny' } });
		await until(() => session.pc.getSnapshot().matches('pushFailed'), 'denied');
		expect(session.pc.getSnapshot().context.notice).toBe('denied');
		session.service.use(unreachable('post', 'push', { once: true }));
		await perform(session, { device: 'pc', event: { type: 'pc.retry' } });
		expect(session.pc.getSnapshot().matches('pushFailed')).toBe(true);
		expect(session.pc.getSnapshot().context.error).toBe('network');
		expect(session.pc.getSnapshot().context.notice).toBeNull();
		await perform(session, { device: 'pc', event: { type: 'pc.retry' } });
		expect(session.pc.getSnapshot().matches('waitingApproval')).toBe(true);
	});

	it('a network failure after an expiry says “could not connect”, not “expired”', async () => {
		const session = await at('signin-request-sent');
		now += PUSH_TIMEOUT_MS + 1;
		await until(() => session.pc.getSnapshot().matches('pushFailed'), 'expiry');
		session.service.use(unreachable('post', 'push', { once: true }));
		await perform(session, { device: 'pc', event: { type: 'pc.retry' } });
		expect(session.pc.getSnapshot().context).toMatchObject({ error: 'network', notice: null });
	});

	it('approved but the sign-in could not be finished: the retry finishes it without a new request', async () => {
		const session = await at('signin-approve');
		session.pc.send({ type: 'pc.remember', checked: true });
		session.service.use(unreachable('post', 'signin/complete', { once: true }));
		const before = pushes(session);
		await perform(session, { device: 'phone', event: { type: 'phone.approve' } });
		await until(() => session.pc.getSnapshot().matches('pushFailed'), 'the failure');
		expect(session.pc.getSnapshot().context).toMatchObject({ error: 'network', notice: null });
		expect(session.step()).toBe('signin-approve');
		await perform(session, { device: 'pc', event: { type: 'pc.retry' } });
		expect(session.done()).toBe(true);
		expect(pushes(session)).toBe(before);
		// The retry carried the "don't ask again" box with it.
		expect(session.tenant.state.rememberedUntil).not.toBeNull();
	});
});

describe('push flow: the phone’s answer fails to arrive', () => {
	it('keeps the notification with the error; opening it again and approving signs in', async () => {
		const session = await at('signin-approve');
		const id = session.phone.getSnapshot().context.notification!.id;
		session.service.use(unreachable('post', 'device/:deviceId/respond', { once: true }));
		await perform(session, { device: 'phone', event: { type: 'phone.approve' } });
		const phone = session.phone.getSnapshot();
		expect(phone.matches({ screen: { app: 'accounts' } })).toBe(true);
		expect(phone.context.error).toBe('network');
		expect(phone.context.notification?.id).toBe(id);
		// Polls keep coming with the same list: the notification must survive them.
		await new Promise((r) => setTimeout(r, 20));
		expect(session.phone.getSnapshot().context.notification?.id).toBe(id);
		expect(session.pc.getSnapshot().matches('waitingApproval')).toBe(true);
		await perform(session, { device: 'phone', event: { type: 'phone.openNotification' } });
		await perform(session, { device: 'phone', event: { type: 'phone.approve' } });
		await until(() => session.done(), 'signed in');
		expect(session.phone.getSnapshot().context.error).toBeNull();
	});

	it('a denial that fails can be sent again too', async () => {
		const session = await at('signin-approve');
		session.service.use(unreachable('post', 'device/:deviceId/respond', { once: true }));
		await perform(session, { device: 'phone', event: { type: 'phone.deny' } });
		expect(session.phone.getSnapshot().context.notification).not.toBeNull();
		await perform(session, { device: 'phone', event: { type: 'phone.openNotification' } });
		await perform(session, { device: 'phone', event: { type: 'phone.deny' } });
		await until(() => session.pc.getSnapshot().matches('pushFailed'), 'denied');
		expect(session.pc.getSnapshot().context.notice).toBe('denied');
	});

	it('an answer to a request that expired meanwhile drops it, with “expired”', async () => {
		const session = await at('signin-approve');
		// Expired at the service, but the phone has not polled since (a slow poll).
		session.tenant.state.pushes.at(-1)!.status = 'expired';
		session.phone.send({ type: 'phone.approve' });
		await until(() => !session.busy(), 'the answer');
		const phone = session.phone.getSnapshot();
		expect(phone.context.notification).toBeNull();
		expect(phone.context.error).toBe('push-expired');
	});
});

describe('push flow: what a random student found', () => {
	it('asking for a text on a phone without Messages gets none, rather than an error (seed 796991517)', async () => {
		const session = await at('setup-sign-in');
		expect(textOnPhone(session)).toBeNull();
	});
});

describe('push flow: coverage', () => {
	it('every step id of the chapter maps to a state, and the mapping yields only known ids', async () => {
		const seeds = await recordSeeds(options());
		const ids = stepsOf('push', 'manual').map((s) => s.id);
		expect(Object.keys(seeds).sort()).toEqual([...ids].sort());
		for (const seed of Object.values(seeds)) expect(ids).toContain(seed.step);
	});

	it('every state of both machines is reached by the walks above', () => {
		// The full walk from the start visits the rest.
		expect(unvisited(createSession(options()), visited)).toEqual({ pc: [], phone: [] });
	});
});
