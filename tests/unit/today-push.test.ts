import { describe, expect, it } from 'vitest';
import { initialTenant, PUSH_TIMEOUT_MS, Tenant } from '../../src/backend/model';
import { numberOnPc, flow as TODAY_PUSH } from '../../src/flows/today/push';
import { DICTIONARIES } from '../../src/i18n';
import { appCodeOnPhone } from '../../src/machines/app-code';
import { nextDevice } from '../../src/machines/next';
import { type Session, seededRandom, until } from '../../src/machines/runtime';
import { PEEK_MS } from '../../src/machines/today/phone';
import { practiceWorld, unreachable } from '../support/world';

let now = Date.UTC(2026, 10, 30, 9);
const { at } = practiceWorld(TODAY_PUSH, { clock: () => now, seed: 26 });

const pcIn = (s: Session, state: string) => until(() => s.pc.getSnapshot().matches(state), state);
const phoneAt = (s: Session, screen: string) => until(() => s.phone.getSnapshot().matches({ screen: { app: screen } }), `phone ${screen}`);

/** Opens the request on the phone and answers it with a number. */
async function answer(s: Session, number: string) {
	await until(() => s.phone.getSnapshot().context.notification !== null, 'notification');
	s.phone.send({ type: 'phone.openNotification' });
	s.phone.send({ type: 'phone.approve', number });
	await until(() => !s.busy(), 'answered');
}

describe('number matching, as the service does it', () => {
	it('the right number signs in; the request carried a two-digit number the PC shows', async () => {
		const s = await at('signin-request-sent');
		const shown = numberOnPc(s);
		expect(shown).toMatch(/^[1-9]\d$/);
		await answer(s, shown!);
		await pcIn(s, 'staySignedIn');
		s.pc.send({ type: 'pc.stay', stay: true });
		await pcIn(s, 'service');
		// Signed in, but the drill of a request you did not make is still ahead: not done yet.
		expect(s.done()).toBe(false);
		s.pc.send({ type: 'pc.stranger' });
		await pcIn(s, 'strangerWaiting');
	});

	it('full-width digits and spaces from a Japanese keyboard are the same number', async () => {
		const s = await at('signin-request-sent');
		const wide = [...numberOnPc(s)!].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join(' ');
		await answer(s, ` ${wide} `);
		await pcIn(s, 'staySignedIn');
	});

	it('a wrong number fails that request on both devices and says why; a new request has a new number', async () => {
		const s = await at('signin-request-sent');
		const shown = numberOnPc(s)!;
		const wrong = shown === '99' ? '98' : String(Number(shown) + 1);
		await answer(s, wrong);
		await pcIn(s, 'pushFailed');
		expect(s.pc.getSnapshot().context.notice).toBe('mismatch');
		expect(s.phone.getSnapshot().context.error).toBe('push-mismatch');
		// A mismatch approved nothing: the app's list says only the mismatch, never "approved".
		expect(s.phone.getSnapshot().context.last).toBeNull();
		expect(s.tenant.state.pushes.at(-1)?.status).toBe('mismatch');
		// Off the walk-through, the way back is the PC's "send it again": on a phone the page goes there.
		expect(nextDevice(s)).toBe('pc');
		s.pc.send({ type: 'pc.retry' });
		await pcIn(s, 'waitingApproval');
		const again = numberOnPc(s)!;
		// The world's random source is seeded: this request's number is fixed, and not the last one.
		expect(again).not.toBe(shown);
		await answer(s, again);
		await pcIn(s, 'staySignedIn');
	});

	it('a number that is not two digits is refused on the phone, and the request still waits', async () => {
		const s = await at('signin-request-sent');
		await answer(s, '');
		expect(s.phone.getSnapshot().context.error).toBe('number-empty');
		await phoneAt(s, 'approve');
		s.phone.send({ type: 'phone.approve', number: '4a' });
		await until(() => !s.busy(), 'answered');
		expect(s.phone.getSnapshot().context.error).toBe('number-invalid');
		expect(s.pc.getSnapshot().matches('waitingApproval')).toBe(true);
		s.phone.send({ type: 'phone.approve', number: numberOnPc(s)! });
		await pcIn(s, 'staySignedIn');
	});

	it('“I can’t see the number” puts the sheet aside for 3 seconds, then brings it back', async () => {
		const s = await at('signin-approve');
		s.phone.send({ type: 'phone.peek' });
		expect(s.phone.getSnapshot().matches({ screen: { app: 'peek' } })).toBe(true);
		await new Promise((r) => setTimeout(r, PEEK_MS + 100));
		expect(s.phone.getSnapshot().matches({ screen: { app: 'approve' } })).toBe(true);
	});

	it('an unanswered request expires and a new one can be sent', async () => {
		const s = await at('signin-request-sent');
		await until(() => s.phone.getSnapshot().context.notification !== null, 'notification');
		now += PUSH_TIMEOUT_MS + 1;
		await pcIn(s, 'pushFailed');
		expect(s.pc.getSnapshot().context.notice).toBe('expired');
		s.pc.send({ type: 'pc.retry' });
		await pcIn(s, 'waitingApproval');
	});

	it('an answer that cannot reach the service keeps the request, to answer again', async () => {
		const s = await at('signin-approve');
		s.service.use(unreachable('post', 'device/:deviceId/respond', { once: true }));
		s.phone.send({ type: 'phone.approve', number: numberOnPc(s)! });
		await until(() => !s.busy(), 'failed');
		expect(s.phone.getSnapshot().context.error).toBe('network');
		expect(s.phone.getSnapshot().context.notification).not.toBeNull();
		s.phone.send({ type: 'phone.openNotification' });
		s.phone.send({ type: 'phone.approve', number: numberOnPc(s)! });
		await pcIn(s, 'staySignedIn');
	});
});

describe('scanning too early', () => {
	it('names today’s PC page, not the manual’s of 2020', async () => {
		const s = await at('setup-app-first-launch');
		for (const event of [
			{ type: 'phone.agree' },
			{ type: 'phone.continue' },
			{ type: 'phone.add' },
			{ type: 'phone.allow', allow: true },
			{ type: 'phone.cameraOk' },
		] as const)
			s.phone.send(event);
		await phoneAt(s, 'scanner');
		s.phone.send({ type: 'phone.capture', code: null });
		expect(s.phone.getSnapshot().context.error).toBe('no-qr-yet');
		for (const words of Object.values(DICTIONARIES)) {
			expect(words['error.no-qr-yet']).toContain(words['pc.today.scan.title']);
			expect(words['error.no-qr-yet']).not.toContain(words['pc.manual.configure.title']);
		}
	});
});

describe('a request you did not make', () => {
	it('refusing and reporting it is reported to the service, and the page says what to do next', async () => {
		const s = await at('signin-unexpected-request');
		expect(s.tenant.state.pushes.at(-1)?.by).toBe('stranger');
		s.phone.send({ type: 'phone.openNotification' });
		s.phone.send({ type: 'phone.deny' });
		expect(s.phone.getSnapshot().matches({ screen: { app: 'report' } })).toBe(true);
		s.phone.send({ type: 'phone.report', report: true });
		await pcIn(s, 'strangerOutcome');
		expect(s.tenant.state.pushes.at(-1)?.status).toBe('reported');
		expect(s.pc.getSnapshot().context.notice).toBe('reported');
		expect(s.phone.getSnapshot().context.last).toBe('reported');
	});

	it('refusing without reporting is told apart', async () => {
		const s = await at('signin-unexpected-request');
		s.phone.send({ type: 'phone.openNotification' });
		s.phone.send({ type: 'phone.deny' });
		s.phone.send({ type: 'phone.report', report: false });
		await pcIn(s, 'strangerOutcome');
		expect(s.pc.getSnapshot().context.notice).toBe('denied');
	});

	it('approving it is explained as approving, whatever number was typed', async () => {
		const s = await at('signin-unexpected-request');
		await answer(s, '42');
		await pcIn(s, 'strangerOutcome');
		expect(s.pc.getSnapshot().context.notice).toBe('approved');
		s.pc.send({ type: 'pc.next' });
		// Back on the service, the practice stays done: the drill has been met.
		await pcIn(s, 'drilled');
		expect(s.done()).toBe(true);
	});

	it('ignoring it lets it expire, and that is explained too', async () => {
		const s = await at('signin-unexpected-request');
		await until(() => s.phone.getSnapshot().context.notification !== null, 'notification');
		now += PUSH_TIMEOUT_MS + 1;
		await pcIn(s, 'strangerOutcome');
		expect(s.pc.getSnapshot().context.notice).toBe('expired');
	});
});

describe('the service’s rules for today’s pushes', () => {
	const tenant = () => {
		const t = new Tenant(initialTenant('s@example.ac.jp'), { clock: () => 0, random: seededRandom(1) });
		t.account.startActivation();
		const { deviceId } = t.account.activateDevice(t.state.activation!.code);
		return { t, deviceId };
	};

	it('gives the manual’s pushes no number, and approves them with none', () => {
		const { t, deviceId } = tenant();
		const push = t.pushes.request('setup');
		expect(push.number).toBeNull();
		expect(t.pushes.respond(deviceId, push.id, { approve: true }).status).toBe('approved');
	});

	it('refuses a stranger’s sign-in before the registration is done: there is no app to push to', () => {
		const { t } = tenant();
		expect(() => t.pushes.stranger()).toThrow('app-not-configured');
	});

	it('refuses to answer a request twice', () => {
		const { t, deviceId } = tenant();
		const push = t.pushes.request('setup', true);
		t.pushes.respond(deviceId, push.id, { approve: false, report: true });
		expect(() => t.pushes.respond(deviceId, push.id, { approve: true, number: push.number })).toThrow('push-reported');
	});
});

describe('another way to sign in', () => {
	it('“I can’t use my Microsoft Authenticator app right now” leads to the app’s code, which signs in', async () => {
		const s = await at('signin-request-sent');
		s.pc.send({ type: 'pc.otherWay' });
		expect(s.pc.getSnapshot().matches('otherWays')).toBe(true);
		s.pc.send({ type: 'pc.useWay', way: 'code' });
		await pcIn(s, 'enterCode');
		const code = await appCodeOnPhone(s);
		s.pc.send({ type: 'pc.verify', code: code! });
		await pcIn(s, 'staySignedIn');
	});

	it('the list can lead back to a new request in the app', async () => {
		const s = await at('signin-request-sent');
		s.pc.send({ type: 'pc.otherWay' });
		s.pc.send({ type: 'pc.useWay', way: 'approve' });
		await pcIn(s, 'waitingApproval');
	});
});
