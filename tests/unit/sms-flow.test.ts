import { describe, expect, it } from 'vitest';
import { LOCKOUT_MS, MAX_FAILURES, PRACTICE_PHONE, SMS_CODE_TTL_MS } from '../../src/backend/model';
import { flow as SMS_FLOW, textOnPhone } from '../../src/flows/manual/sms';
import type { PcEvent } from '../../src/machines/pc';
import { perform, type Session, until } from '../../src/machines/runtime';
import { unvisited } from '../support/inspect';
import { practiceWorld, unreachable } from '../support/world';

let now = Date.UTC(2026, 3, 1, 9);
const { visited, at, walkAll } = practiceWorld(SMS_FLOW, { clock: () => now, seed: 5 });
const pc = (s: Session) => s.pc.getSnapshot();
const phone = (s: Session) => s.phone.getSnapshot();
const send = (s: Session, event: PcEvent) => perform(s, { device: 'pc', event });
async function type(s: Session, code: string) {
	await send(s, { type: 'pc.verify', code });
	return pc(s).context as { error: string | null; tries: number | null; typed: number | null; lockedUntil: number | null };
}
const arrived = (s: Session) => until(() => textOnPhone(s) !== null, 'the text message');
const register = (number: string, extra: { contact?: string; via?: string } = {}): PcEvent => ({
	type: 'pc.registerPhone',
	contact: 'phone',
	country: 'JP',
	number,
	via: 'sms',
	...extra,
});

describe('sms flow: registering the number', () => {
	it('refuses nonsense with a reason and keeps the student on the form; a Japanese format is normalised', async () => {
		const session = await at('setup-phone-number');
		for (const [number, reason] of [
			['', 'phone-empty'],
			['電話番号', 'phone-invalid'],
			['090-1234', 'phone-length'],
			['+1 415 555 0100', 'phone-country'],
			['0120-123-456', 'phone-service'],
			['03-1234-5678', 'phone-no-sms'],
			['080-2345-6789', 'phone-not-practice'],
		] as const) {
			await send(session, register(number));
			expect(pc(session).context.error).toBe(reason);
			expect(session.step()).toBe('setup-phone-number');
		}
		await send(session, register('＋８１　９０－１２３４－５６７８'));
		expect(session.step()).toBe('setup-enter-code');
		expect(session.tenant.state.phone).toEqual({ e164: PRACTICE_PHONE.e164, display: '+81 9012345678', via: 'sms' });
		expect(pc(session).context.challenge.to).toBe('+81 9012345678');
	});

	it('insists on the choices this practice is about', async () => {
		const session = await at('setup-phone-number');
		await send(session, register('090-1234-5678', { contact: 'app' }));
		expect(pc(session).context.error).toBe('choose-phone');
		await send(session, register('090-1234-5678', { via: 'call' }));
		expect(pc(session).context.error).toBe('choose-sms');
		expect(session.step()).toBe('setup-phone-number');
	});

	it('a number other than the practice phone’s is refused, so no text goes where nobody reads it', async () => {
		const session = await at('setup-phone-number');
		await send(session, register('080-2345-6789'));
		expect(pc(session).context.error).toBe('phone-not-practice');
		expect(session.step()).toBe('setup-phone-number');
		expect(session.tenant.state.challenges).toEqual([]);
		await send(session, register('090-1234-5678'));
		await arrived(session);
		await type(session, textOnPhone(session)!);
		expect(session.step()).toBe('setup-done');
	});

	it('at registration the number can be changed from the code page', async () => {
		const session = await at('setup-enter-code');
		await send(session, { type: 'pc.cancel' });
		expect(session.step()).toBe('setup-phone-number');
		await send(session, register('090-1234-5678'));
		await arrived(session);
		await type(session, textOnPhone(session)!);
		expect(session.step()).toBe('setup-done');
	});
});

describe('sms flow: the code from the text message', () => {
	it('arrives in the phone’s inbox with a banner, and is read once the Messages app is opened', async () => {
		const session = await at('setup-enter-code');
		expect(phone(session).matches('home')).toBe(true);
		const [message] = phone(session).context.messages;
		expect(message.code).toMatch(/^\d{6}$/);
		expect(phone(session).context.read).toEqual([]);
		await perform(session, { device: 'phone', event: { type: 'phone.openMessages' } });
		expect(phone(session).context.read).toEqual([message.id]);
		await perform(session, { device: 'phone', event: { type: 'phone.home' } });
		expect(phone(session).matches('home')).toBe(true);
	});

	it('accepts full-width digits and spaces; refuses empty, letters and a wrong length without counting them', async () => {
		const session = await at('setup-enter-code');
		const code = textOnPhone(session)!;
		expect((await type(session, '')).error).toBe('empty');
		expect((await type(session, 'abcdef')).error).toBe('not-digits');
		expect((await type(session, code.slice(0, 4))).typed).toBe(4);
		expect(session.tenant.state.lock.failures).toBe(0);
		const wide = `${code.slice(0, 3)}\u3000${code.slice(3)}`.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
		await type(session, wide);
		expect(session.step()).toBe('setup-done');
		expect(session.tenant.state.method).toBe('sms');
	});

	it('a wrong code is refused with the tries left', async () => {
		const session = await at('setup-enter-code');
		const wrong = textOnPhone(session)!.replace(/^\d/, (d) => String((Number(d) + 1) % 10));
		const ctx = await type(session, wrong);
		expect(ctx.error).toBe('wrong-code');
		expect(ctx.tries).toBe(MAX_FAILURES - 1);
	});

	it('works for five minutes: still good at 4 min 59 s', async () => {
		const session = await at('signin-enter-code');
		const sent = session.tenant.state.challenges.at(-1)!.createdAt - session.tenant.state.offsetMs;
		now = sent + 4 * 60_000 + 59_000;
		await type(session, textOnPhone(session)!);
		expect(session.step()).toBe('signin-done');
	});

	it('and no longer at 5 min 01 s', async () => {
		const session = await at('signin-enter-code');
		const sent = session.tenant.state.challenges.at(-1)!.createdAt - session.tenant.state.offsetMs;
		now = sent + 5 * 60_000 + 1_000;
		expect((await type(session, textOnPhone(session)!)).error).toBe('expired');
	});

	it('expires after five minutes; a new code can be sent, and the old one is then refused as expired', async () => {
		const session = await at('setup-enter-code');
		const old = textOnPhone(session)!;
		now += SMS_CODE_TTL_MS;
		expect((await type(session, old)).error).toBe('expired');
		await send(session, { type: 'pc.resend' });
		await until(() => phone(session).context.messages.length === 2, 'a second text');
		const fresh = textOnPhone(session)!;
		expect(fresh).not.toBe(old);
		expect((await type(session, old)).error).toBe('expired');
		await type(session, fresh);
		expect(session.step()).toBe('setup-done');
	});

	it('works once: the registration’s code typed at the next sign-in is refused as already used', async () => {
		const session = await at('setup-enter-code');
		const first = textOnPhone(session)!;
		await type(session, first);
		await send(session, { type: 'pc.done' });
		await send(session, { type: 'pc.signIn' });
		await arrived(session);
		expect(session.step()).toBe('signin-enter-code');
		expect(pc(session).context.challenge.to).toBe('+81 XXXXXXXX78');
		expect((await type(session, first)).error).toBe('reused');
		await type(session, textOnPhone(session)!);
		expect(session.step()).toBe('signin-done');
	});

	it('five wrong codes lock the account; a new text does not lift it; afterwards the code works', async () => {
		const session = await at('signin-enter-code');
		const wrong = textOnPhone(session)!.replace(/^\d/, (d) => String((Number(d) + 1) % 10));
		for (let i = 1; i < MAX_FAILURES; i++) await type(session, wrong);
		const locked = await type(session, wrong);
		expect(locked.error).toBe('locked');
		expect(locked.lockedUntil).toBe(session.now() + LOCKOUT_MS);
		await send(session, { type: 'pc.resend' });
		expect(pc(session).context.error).toBe('locked');
		await until(() => phone(session).context.messages.length >= 3, 'the new text');
		expect((await type(session, textOnPhone(session)!)).error).toBe('locked');
		now += LOCKOUT_MS;
		await type(session, textOnPhone(session)!);
		expect(session.step()).toBe('signin-done');
	});

	it('“don’t ask again” is offered on the sign-in code page', async () => {
		const session = await at('signin-enter-code');
		session.pc.send({ type: 'pc.remember', checked: true });
		await type(session, textOnPhone(session)!);
		await send(session, { type: 'pc.later', days: 1 });
		await send(session, { type: 'pc.signIn' });
		expect(session.step()).toBe('signin-done');
		expect(pc(session).context.remembered).toBe(true);
		await send(session, { type: 'pc.signOut' });
		expect(session.step()).toBe('signin-sign-in');
	});

	it('at sign-in the registered number is used: there is no going back to change it', async () => {
		const session = await at('signin-enter-code');
		expect(pc(session).can({ type: 'pc.cancel' })).toBe(false);
	});

	it('the right code, but the sign-in could not be finished: the retry finishes it, no new text is needed', async () => {
		const session = await at('signin-enter-code');
		session.service.use(unreachable('post', 'signin/complete', { once: true }));
		await type(session, textOnPhone(session)!);
		expect(pc(session).matches('challengeFailed')).toBe(true);
		expect(pc(session).context.error).toBe('network');
		expect(session.step()).toBe('signin-enter-code');
		const texts = session.tenant.state.challenges.length;
		await send(session, { type: 'pc.retry' });
		expect(session.step()).toBe('signin-done');
		expect(session.tenant.state.challenges.length).toBe(texts);
	});

	it('a text that cannot be sent (service unreachable) offers a retry', async () => {
		const session = await at('setup-phone-number');
		session.service.use(unreachable('post', 'challenge'));
		await send(session, register('090-1234-5678'));
		expect(pc(session).matches('challengeFailed')).toBe(true);
		expect(session.step()).toBe('setup-enter-code');
		await send(session, { type: 'pc.cancel' });
		expect(session.step()).toBe('setup-phone-number');
		await send(session, register('090-1234-5678'));
		session.service.resetHandlers();
		await send(session, { type: 'pc.retry' });
		await arrived(session);
		expect(pc(session).matches('enterCode')).toBe(true);
	});
});

describe('sms flow: practising the next sign-in', () => {
	it('opened at the next sign-in, the registration’s text is a day old and the new text’s code works', async () => {
		const session = await at('signin-sign-in');
		const registered = session.tenant.state.challenges.at(-1)!;
		expect(session.now() - registered.createdAt).toBeGreaterThanOrEqual(24 * 60 * 60_000);
		await send(session, { type: 'pc.signIn' });
		await arrived(session);
		expect(textOnPhone(session)).not.toBe(registered.code);
		await type(session, textOnPhone(session)!);
		expect(session.done()).toBe(true);
	});
});

describe('sms flow: coverage', () => {
	it('every state of both machines is reached by the walks above and a full walk', async () => {
		const session = await walkAll();
		expect(session.done()).toBe(true);
		expect(unvisited(session, visited)).toEqual({ pc: [], phone: [] });
	});
});
