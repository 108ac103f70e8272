import { describe, expect, it } from 'vitest';
import { KEY_TIMEOUT_MS, PRACTICE_PHONE, RING_TIMEOUT_MS } from '../../src/backend/model';
import { flow as CALL_FLOW, ringing } from '../../src/flows/manual/call';
import type { PcEvent } from '../../src/machines/pc';
import { type PhoneEvent, perform, recordSeeds, type Session, until } from '../../src/machines/runtime';
import { unvisited } from '../support/inspect';
import { practiceWorld, unreachable } from '../support/world';

let now = Date.UTC(2026, 3, 1, 9);
const { options, visited, session: newSession, at, walkAll } = practiceWorld(CALL_FLOW, { clock: () => now, seed: 7 });
const pc = (s: Session) => s.pc.getSnapshot();
const phone = (s: Session) => s.phone.getSnapshot();
const onPc = (s: Session, event: PcEvent) => perform(s, { device: 'pc', event });
const onPhone = (s: Session, event: PhoneEvent) => perform(s, { device: 'phone', event });
const pcAt = (s: Session, state: string) => until(() => pc(s).matches(state), `the PC at ${state}`);
const rings = (s: Session) => until(() => ringing(s), 'the phone to ring');

describe('call flow: registering the number', () => {
	it('takes the number in any Japanese format and calls it; nonsense is refused', async () => {
		const session = await at('setup-phone-number');
		await onPc(session, { type: 'pc.registerPhone', contact: 'phone', country: 'JP', number: 'not a number', via: 'call' });
		expect(pc(session).context.error).toBe('phone-invalid');
		await onPc(session, { type: 'pc.registerPhone', contact: 'phone', country: 'JP', number: '+81 90 1234 5678', via: 'sms' });
		expect(pc(session).context.error).toBe('choose-call');
		// Another real-looking number would ring nowhere here: refused, naming the practice number.
		await onPc(session, { type: 'pc.registerPhone', contact: 'phone', country: 'JP', number: '03-1234-5678', via: 'call' });
		expect(pc(session).context.error).toBe('phone-not-practice');
		expect(session.tenant.state.challenges).toEqual([]);
		await onPc(session, { type: 'pc.registerPhone', contact: 'phone', country: 'JP', number: '+81 90 1234 5678', via: 'call' });
		expect(session.tenant.state.phone?.e164).toBe(PRACTICE_PHONE.e164);
		await rings(session);
		expect(session.step()).toBe('setup-answer-call');
		expect(pc(session).matches('waitingCall')).toBe(true);
	});
});

describe('call flow: changing the number while waiting', () => {
	it('at registration the PC can go back to the number while the phone rings; the service stops the call', async () => {
		const session = await at('setup-answer-call');
		await rings(session);
		const id = pc(session).context.challenge.id;
		await onPc(session, { type: 'pc.cancel' });
		expect(session.step()).toBe('setup-phone-number');
		expect(pc(session).matches({ phoneForm: 'editing' })).toBe(true);
		expect(session.tenant.challenges.status(id).status).toBe('cancelled');
		await until(() => phone(session).matches('home'), 'the phone to stop ringing');
		expect(phone(session).context.missed).toBe(1);
		await onPc(session, { type: 'pc.registerPhone', contact: 'phone', country: 'JP', number: '090-1234-5678', via: 'call' });
		await rings(session);
		expect(pc(session).context.challenge.id).not.toBe(id);
	});

	it('an answered call is ended too, and the phone says the other side hung up', async () => {
		const session = await at('setup-answer-call');
		await onPhone(session, { type: 'phone.answer' });
		await onPc(session, { type: 'pc.cancel' });
		await until(() => phone(session).matches({ call: 'ended' }), 'the call to end');
		expect(phone(session).context.outcome).toBe('cancelled');
	});

	it('the form comes back even when the service cannot be told', async () => {
		const session = await at('setup-answer-call');
		session.service.use(unreachable('post', 'challenge/:id/cancel'));
		await onPc(session, { type: 'pc.cancel' });
		expect(session.step()).toBe('setup-phone-number');
		expect(pc(session).context.error).toBeNull();
	});

	it('at sign-in the registered phone is the one called: there is no going back to the number', async () => {
		const session = await at('signin-answer-call');
		expect(pc(session).can({ type: 'pc.cancel' })).toBe(false);
	});
});

describe('call flow: what goes wrong on the call', () => {
	it('rings for 30 s: still ringing at 29 s, a missed call at 31 s', async () => {
		const session = await at('signin-answer-call');
		await rings(session);
		const started = session.tenant.state.challenges.at(-1)!.createdAt - session.tenant.state.offsetMs;
		now = started + 29_000;
		await new Promise((r) => setTimeout(r, 20));
		expect(pc(session).matches('waitingCall')).toBe(true);
		expect(ringing(session)).toBe(true);
		now = started + 31_000;
		await pcAt(session, 'callFailed');
		expect(pc(session).context.notice).toBe('no-answer');
	});

	it('after answering, the voice waits 30 s for a key: still listening at 29 s, goodbye at 31 s', async () => {
		const session = await at('signin-answer-call');
		await onPhone(session, { type: 'phone.answer' });
		const answered = session.tenant.state.challenges.at(-1)!.answeredAt! - session.tenant.state.offsetMs;
		now = answered + 29_000;
		await new Promise((r) => setTimeout(r, 20));
		expect(phone(session).matches({ call: 'inCall' })).toBe(true);
		expect(pc(session).matches('waitingCall')).toBe(true);
		now = answered + 31_000;
		await pcAt(session, 'callFailed');
		expect(pc(session).context.notice).toBe('no-answer');
	});

	it('nobody answers: the phone stops ringing after 30 s (a missed call) and the PC says so; another call can be asked for', async () => {
		const session = await at('setup-answer-call');
		now += RING_TIMEOUT_MS;
		await pcAt(session, 'callFailed');
		expect(pc(session).context.notice).toBe('no-answer');
		await until(() => phone(session).matches('home'), 'the phone back home');
		expect(phone(session).context.missed).toBe(1);
		await onPc(session, { type: 'pc.retry' });
		await rings(session);
		expect(session.step()).toBe('setup-answer-call');
	});

	it('declining the call fails as hung up', async () => {
		const session = await at('signin-answer-call');
		await onPhone(session, { type: 'phone.decline' });
		await pcAt(session, 'callFailed');
		expect(pc(session).context.notice).toBe('hung-up');
		expect(phone(session).matches('home')).toBe(true);
	});

	it('hanging up before # fails; the phone shows the call ended', async () => {
		const session = await at('setup-answer-call');
		await onPhone(session, { type: 'phone.answer' });
		await onPhone(session, { type: 'phone.hangUp' });
		await pcAt(session, 'callFailed');
		expect(pc(session).context.notice).toBe('hung-up');
		expect(phone(session).matches({ call: 'ended' })).toBe(true);
		expect(phone(session).context.outcome).toBe('hung-up');
		// The number can be changed at registration.
		await onPc(session, { type: 'pc.cancel' });
		expect(session.step()).toBe('setup-phone-number');
		await onPhone(session, { type: 'phone.close' });
		expect(phone(session).matches('home')).toBe(true);
	});

	it('answering but pressing nothing: the voice gives up after 30 s', async () => {
		const session = await at('setup-answer-call');
		await onPhone(session, { type: 'phone.answer' });
		now += KEY_TIMEOUT_MS;
		await pcAt(session, 'callFailed');
		expect(pc(session).context.notice).toBe('no-answer');
		await until(() => phone(session).matches({ call: 'ended' }), 'the call to end');
		expect(phone(session).context.outcome).toBe('no-answer');
	});

	it.each([['1'], ['*'], ['0', '5']])('pressing another key (%s…) fails as a wrong key', async (...keys) => {
		const session = await at('signin-answer-call');
		await onPhone(session, { type: 'phone.answer' });
		for (const key of keys) await onPhone(session, { type: 'phone.key', key });
		await pcAt(session, 'callFailed');
		expect(pc(session).context.notice).toBe('wrong-key');
		expect(phone(session).context.outcome).toBe('wrong-key');
		// Another call, answered right, signs in.
		await onPc(session, { type: 'pc.retry' });
		await rings(session);
		await onPhone(session, { type: 'phone.answer' });
		await onPhone(session, { type: 'phone.key', key: '#' });
		await until(() => session.done(), 'signed in');
	});

	it('0 then # reports fraud: the sign-in is denied and the account blocked until the helpdesk unblocks it', async () => {
		const session = await at('signin-answer-call');
		await onPhone(session, { type: 'phone.answer' });
		await onPhone(session, { type: 'phone.key', key: '0' });
		expect(phone(session).context.keys).toBe('0');
		expect(phone(session).matches({ call: 'inCall' })).toBe(true);
		await onPhone(session, { type: 'phone.key', key: '#' });
		await pcAt(session, 'blocked');
		expect(pc(session).context.notice).toBe('fraud');
		expect(phone(session).context.outcome).toBe('fraud');
		expect(session.tenant.state.blocked).toBe(true);
		expect(session.step()).toBe('signin-answer-call');

		// Blocked means blocked: a new sign-in is refused before any call.
		await onPc(session, { type: 'pc.unblock' });
		session.tenant.state.blocked = true;
		await onPc(session, { type: 'pc.signIn' });
		expect(pc(session).matches('blocked')).toBe(true);
		expect(phone(session).matches({ call: 'ringing' })).toBe(false);

		await onPc(session, { type: 'pc.unblock' });
		expect(session.tenant.state.blocked).toBe(false);
		expect(pc(session).context.notice).toBe('unblocked');
		expect(session.step()).toBe('signin-sign-in');
		await onPc(session, { type: 'pc.signIn' });
		await rings(session);
		await onPhone(session, { type: 'phone.answer' });
		await onPhone(session, { type: 'phone.key', key: '#' });
		await until(() => session.done(), 'signed in');
	});

	it('a fraud report during registration blocks too, and registration starts again after the unblock', async () => {
		const session = await at('setup-answer-call');
		await onPhone(session, { type: 'phone.answer' });
		await onPhone(session, { type: 'phone.key', key: '0' });
		await onPhone(session, { type: 'phone.key', key: '#' });
		await pcAt(session, 'blocked');
		expect(session.step()).toBe('setup-answer-call');
		await onPc(session, { type: 'pc.unblock' });
		await onPc(session, { type: 'pc.signIn' });
		expect(session.step()).toBe('setup-more-info');
	});

	it('“don’t ask again” is offered while the phone rings at sign-in', async () => {
		const session = await at('signin-answer-call');
		session.pc.send({ type: 'pc.remember', checked: true });
		await onPhone(session, { type: 'phone.answer' });
		await onPhone(session, { type: 'phone.key', key: '#' });
		await until(() => session.done(), 'signed in');
		expect(session.tenant.state.rememberedUntil).not.toBeNull();
		await onPc(session, { type: 'pc.later', days: 14 });
		await onPc(session, { type: 'pc.signIn' });
		await rings(session);
		expect(session.step()).toBe('signin-answer-call');
	});
});

describe('call flow: the service unreachable', () => {
	it('a call that cannot be placed offers a retry', async () => {
		const seeds = await recordSeeds(options(), CALL_FLOW.script, 'signin-sign-in');
		const session = newSession({ seed: seeds['signin-sign-in']! }, false);
		session.service.use(unreachable('post', 'challenge'));
		session.start();
		await onPc(session, { type: 'pc.signIn' });
		expect(pc(session).matches('challengeFailed')).toBe(true);
		expect(session.step()).toBe('signin-answer-call');
		session.service.resetHandlers();
		await onPc(session, { type: 'pc.retry' });
		await rings(session);
	});
});

describe('call flow: the sign-in verified but not recorded', () => {
	it('a failure to finish after #: the retry finishes the sign-in, it does not place another call', async () => {
		const session = await at('signin-answer-call');
		session.service.use(unreachable('post', 'signin/complete', { once: true }));
		await onPhone(session, { type: 'phone.answer' });
		await onPhone(session, { type: 'phone.key', key: '#' });
		await pcAt(session, 'challengeFailed');
		expect(pc(session).context.error).toBe('network');
		expect(pc(session).context.notice).toBeNull();
		expect(session.step()).toBe('signin-answer-call');
		const calls = session.tenant.state.challenges.length;
		await onPc(session, { type: 'pc.retry' });
		expect(session.done()).toBe(true);
		expect(session.tenant.state.challenges.length).toBe(calls);
	});
});

describe('call flow: coverage', () => {
	it('every state of both machines is reached by the walks above and a full walk', async () => {
		const session = await walkAll();
		expect(session.done()).toBe(true);
		expect(unvisited(session, visited)).toEqual({ pc: [], phone: [] });
	});
});
