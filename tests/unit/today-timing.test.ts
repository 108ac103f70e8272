import { describe, expect, it } from 'vitest';
import { KEY_TIMEOUT_MS, LOCKOUT_MS, MAX_FAILURES, RING_TIMEOUT_MS, SMS_CODE_TTL_MS } from '../../src/backend/model';
import { textOnPhone } from '../../src/flows/manual/sms';
import { appCodeOnPhone } from '../../src/machines/app-code';
import { ringing } from '../../src/machines/carrier-phone';
import { perform, type Session, until } from '../../src/machines/runtime';
import { flowOf, practiceWorld } from '../support/world';

/*
 * The service's clocks in today's flows, as in the manual's (call-flow, sms-flow, code-flow
 * tests): a call rings 30 s and waits 30 s for a key, a texted code works five minutes, the
 * app's code one step either side, and five wrong codes lock for 30 s. Today's pages around
 * them differ (the wizard, the passkey prompt after a code), so each test reads only whether
 * the code or the call was accepted: the PC has left the step, with no error.
 */

let now = Date.UTC(2026, 10, 2, 9);
const pc = (s: Session) => s.pc.getSnapshot();
const phone = (s: Session) => s.phone.getSnapshot();
const context = (s: Session) => pc(s).context as { error: string | null; notice: string | null; tries: number | null };
async function type(s: Session, code: string) {
	await perform(s, { device: 'pc', event: { type: 'pc.verify', code } });
	return context(s);
}
const accepted = (s: Session, step: string) => expect(s.step(), `still at ${step}: ${context(s).error}`).not.toBe(step);
const wrong = (code: string) => code.replace(/\d$/, (d) => String((Number(d) + 1) % 10));

describe('today’s call: its clocks', () => {
	const { at } = practiceWorld(flowOf('today', 'call'), { clock: () => now, seed: 11 });
	const rings = (s: Session) => until(() => ringing(s), 'the phone to ring');

	it('rings for 30 s: still ringing at 29 s, a missed call at 31 s', async () => {
		const session = await at('signin-answer-call');
		await rings(session);
		const started = session.tenant.state.challenges.at(-1)!.createdAt - session.tenant.state.offsetMs;
		now = started + 29_000;
		await new Promise((r) => setTimeout(r, 20));
		expect(ringing(session)).toBe(true);
		now = started + RING_TIMEOUT_MS + 1_000;
		await until(() => pc(session).matches('callFailed'), 'the call to fail');
		expect(context(session).notice).toBe('no-answer');
	});

	it('after answering, the voice waits 30 s for a key, then says goodbye; another call answered with # goes on', async () => {
		const session = await at('signin-answer-call');
		await rings(session);
		await perform(session, { device: 'phone', event: { type: 'phone.answer' } });
		const answered = session.tenant.state.challenges.at(-1)!.answeredAt! - session.tenant.state.offsetMs;
		now = answered + 29_000;
		await new Promise((r) => setTimeout(r, 20));
		expect(phone(session).matches({ call: 'inCall' })).toBe(true);
		now = answered + KEY_TIMEOUT_MS + 1_000;
		await until(() => pc(session).matches('callFailed'), 'the call to fail');
		expect(context(session).notice).toBe('no-answer');
		await perform(session, { device: 'phone', event: { type: 'phone.close' } });
		await perform(session, { device: 'pc', event: { type: 'pc.retry' } });
		await rings(session);
		await perform(session, { device: 'phone', event: { type: 'phone.answer' } });
		await perform(session, { device: 'phone', event: { type: 'phone.key', key: '#' } });
		await until(() => session.step() !== 'signin-answer-call', 'the call to be accepted');
	});
});

describe('today’s SMS: its clocks', () => {
	const { at } = practiceWorld(flowOf('today', 'sms'), { clock: () => now, seed: 12 });
	const sentAt = (s: Session) => s.tenant.state.challenges.at(-1)!.createdAt - s.tenant.state.offsetMs;

	it('a texted code works for five minutes: still good at 4 min 59 s', async () => {
		const session = await at('signin-enter-code');
		now = sentAt(session) + SMS_CODE_TTL_MS - 1_000;
		await type(session, textOnPhone(session)!);
		accepted(session, 'signin-enter-code');
	});

	it('and no longer at 5 min 01 s, without counting a wrong try', async () => {
		const session = await at('signin-enter-code');
		now = sentAt(session) + SMS_CODE_TTL_MS + 1_000;
		expect((await type(session, textOnPhone(session)!)).error).toBe('expired');
		expect(session.tenant.state.lock.failures).toBe(0);
	});

	it('five wrong codes lock for 30 s; afterwards the code works', async () => {
		const session = await at('signin-enter-code');
		const code = textOnPhone(session)!;
		for (let i = 1; i < MAX_FAILURES; i++) expect((await type(session, wrong(code))).tries).toBe(MAX_FAILURES - i);
		expect((await type(session, wrong(code))).error).toBe('locked');
		expect((await type(session, code)).error).toBe('locked');
		now += LOCKOUT_MS;
		await type(session, code);
		accepted(session, 'signin-enter-code');
	});
});

describe('today’s app code: its clocks', () => {
	const { at } = practiceWorld(flowOf('today', 'code'), { clock: () => now, seed: 13 });
	const current = async (s: Session) => (await appCodeOnPhone(s))!;

	it('changes every 30 s on the phone, and the previous one still works just after it changed', async () => {
		const session = await at('signin-enter-code');
		now = Math.floor(now / 30_000) * 30_000 + 29_000;
		const first = await current(session);
		now += 2_000;
		expect(await current(session)).not.toBe(first);
		expect((await type(session, first)).error).toBeNull();
		accepted(session, 'signin-enter-code');
	});

	it('five wrong codes lock for 30 s; afterwards the current code works', async () => {
		const session = await at('signin-enter-code');
		const code = await current(session);
		for (let i = 1; i < MAX_FAILURES; i++) await type(session, wrong(code));
		expect((await type(session, wrong(code))).error).toBe('locked');
		now += LOCKOUT_MS;
		await type(session, await current(session));
		accepted(session, 'signin-enter-code');
	});
});
