import { describe, expect, it } from 'vitest';
import { PASSKEY_TIMEOUT_MS } from '../../src/backend/model';
import { flow as PASSKEY_FLOW } from '../../src/flows/today/passkey';
import { DICTIONARIES } from '../../src/i18n';
import { LANGS } from '../../src/i18n/locales';
import { textOnPhone } from '../../src/machines/carrier-phone';
import type { PcEvent } from '../../src/machines/pc';
import { type PhoneEvent, perform, type Session, until } from '../../src/machines/runtime';
import { passkeyQrOnPc } from '../../src/machines/today/passkey-phone';
import { unvisited } from '../support/inspect';
import { practiceWorld, unreachable } from '../support/world';

/**
 * Today's passkey practice off the happy path (the walk itself is in flows.test.ts): the
 * prompt skipped, the app's steps out of order, an unlock cancelled on the phone, a QR
 * code read too late or not at all, and the service out of reach. Each wrong turn leaves
 * the student on a page that says why, and a way on.
 */

let now = Date.UTC(2026, 10, 30, 9);
const { visited, at, walkAll } = practiceWorld(PASSKEY_FLOW, { clock: () => now, seed: 11 });
const pc = (s: Session) => s.pc.getSnapshot();
const phone = (s: Session) => s.phone.getSnapshot();
const onPc = (s: Session, event: PcEvent) => perform(s, { device: 'pc', event });
const onPhone = (s: Session, event: PhoneEvent) => perform(s, { device: 'phone', event });
const settled = (s: Session, what: string, test: () => boolean) => until(() => !s.busy() && test(), what);

/** Signs in with the text's code, as the SMS user of this practice does. */
async function signInWithText(s: Session) {
	await onPc(s, { type: 'pc.signIn' });
	await until(() => textOnPhone(s) !== null, 'the text message');
	await onPc(s, { type: 'pc.verify', code: textOnPhone(s)! });
}

describe('passkey flow: the prompt after the text’s code', () => {
	it('“Skip for now” signs in without a passkey, says the prompt will come again, and it does at the next sign-in', async () => {
		const s = await at('setup-passkey-prompt');
		await onPc(s, { type: 'pc.skip' });
		expect(s.step()).toBe('setup-passkey-prompt');
		expect(pc(s).matches('staySignedIn')).toBe(true);
		await onPc(s, { type: 'pc.stay', stay: false });
		expect(pc(s).matches('service')).toBe(true);
		expect(pc(s).context.notice).toBe('skipped');
		expect(s.done()).toBe(true);
		expect(s.tenant.state.passkey).toBeNull();
		expect(s.tenant.state.method).toBe('sms');
		// The next day: the text again, then the prompt again.
		await onPc(s, { type: 'pc.later', days: 1 });
		expect(pc(s).context.notice).toBeNull();
		await signInWithText(s);
		expect(s.step()).toBe('setup-passkey-prompt');
	});

	it('“Next” on the wizard before the passkey exists says to create it in the app first', async () => {
		const s = await at('setup-open-app');
		await onPc(s, { type: 'pc.next' });
		expect(pc(s).context.error).toBe('passkey-not-created');
		expect(s.step()).toBe('setup-open-app');
		// Back to the prompt, and on again: nothing is lost.
		await onPc(s, { type: 'pc.back' });
		expect(s.step()).toBe('setup-passkey-prompt');
		await onPc(s, { type: 'pc.next' });
		expect(s.step()).toBe('setup-open-app');
	});

	it('a cancelled unlock creates no passkey and says so; unlocking then creates it', async () => {
		const s = await at('setup-create-passkey');
		await onPhone(s, { type: 'phone.createPasskey' });
		await onPhone(s, { type: 'phone.cancelUnlock' });
		expect(phone(s).context.error).toBe('unlock-cancelled');
		expect(phone(s).matches({ app: 'account' })).toBe(true);
		expect(s.tenant.state.passkey).toBeNull();
		expect(s.step()).toBe('setup-create-passkey');
		await onPhone(s, { type: 'phone.createPasskey' });
		await onPhone(s, { type: 'phone.unlock' });
		expect(phone(s).context.error).toBeNull();
		expect(s.tenant.state.passkey).not.toBeNull();
		await onPhone(s, { type: 'phone.providerOn' });
		await onPhone(s, { type: 'phone.done' });
		await onPc(s, { type: 'pc.next' });
		expect(s.step()).toBe('setup-done');
		expect(s.tenant.state.method).toBe('passkey');
	});
});

describe('passkey flow: signing in on a PC by its QR code', () => {
	it('a passkey account is asked for the passkey, not the text: the PC shows a QR code the camera can read', async () => {
		const s = await at('signin-scan-qr');
		expect(pc(s).matches('showQr')).toBe(true);
		expect(s.tenant.state.challenges.filter((c) => c.purpose === 'signin' && c.createdAt > now)).toEqual([]);
		expect(passkeyQrOnPc(pc(s))).toMatch(/^FIDO:\/\d{12}$/);
	});

	it('an unlock cancelled on the phone leaves the PC signed out, saying why; “Try again” shows a new QR code', async () => {
		const s = await at('signin-unlock');
		const first = passkeyQrOnPc(pc(s));
		await onPhone(s, { type: 'phone.cancelUnlock' });
		await settled(s, 'the PC to hear of it', () => pc(s).matches('passkeyFailed'));
		expect(pc(s).context.notice).toBe('cancelled');
		expect(s.step()).toBe('signin-scan-qr');
		expect(phone(s).matches('home')).toBe(true);
		await onPc(s, { type: 'pc.retry' });
		expect(pc(s).matches('showQr')).toBe(true);
		expect(passkeyQrOnPc(pc(s))).not.toBe(first);
		await onPhone(s, { type: 'phone.openCamera' });
		await onPhone(s, { type: 'phone.capture', code: passkeyQrOnPc(pc(s)) });
		await onPhone(s, { type: 'phone.unlock' });
		await settled(s, 'signed in', () => s.step() === 'signin-done');
	});

	it('a QR code not scanned in time expires: the PC says so, the old code is refused, a new one works', async () => {
		const s = await at('signin-scan-qr');
		const old = passkeyQrOnPc(pc(s))!;
		// Just before the time-out the code still works…
		now += PASSKEY_TIMEOUT_MS - 1000;
		await new Promise((r) => setTimeout(r, 20));
		expect(pc(s).matches('showQr')).toBe(true);
		// …and just after, it has expired.
		now += 2000;
		await settled(s, 'the QR code to expire', () => pc(s).matches('passkeyFailed'));
		expect(pc(s).context.notice).toBe('expired');
		await onPhone(s, { type: 'phone.openCamera' });
		await onPhone(s, { type: 'phone.capture', code: old });
		expect(phone(s).context.error).toBe('passkey-expired');
		await onPc(s, { type: 'pc.retry' });
		await onPhone(s, { type: 'phone.capture', code: passkeyQrOnPc(pc(s)) });
		expect(s.step()).toBe('signin-unlock');
		await onPhone(s, { type: 'phone.unlock' });
		await settled(s, 'signed in', () => s.step() === 'signin-done');
	});

	it('the camera reads only the PC’s current code: nothing in view, or another code, is said plainly', async () => {
		const s = await at('signin-scan-qr');
		await onPhone(s, { type: 'phone.openCamera' });
		await onPhone(s, { type: 'phone.capture', code: null });
		expect(phone(s).context.error).toBe('no-passkey-qr');
		await onPhone(s, { type: 'phone.capture', code: 'FIDO:/000000000000' });
		expect(phone(s).context.error).toBe('passkey-unknown');
		expect(s.step()).toBe('signin-scan-qr');
		const code = passkeyQrOnPc(pc(s));
		await onPhone(s, { type: 'phone.capture', code });
		await settled(s, 'the PC to hear of the scan', () => pc(s).matches('connected'));
		// Going home from the unlock sheet dismisses it: the PC hears of a cancel, and the code is spent.
		await onPhone(s, { type: 'phone.home' });
		await settled(s, 'the PC to hear of the cancel', () => pc(s).matches('passkeyFailed'));
		expect(pc(s).context.notice).toBe('cancelled');
		await onPhone(s, { type: 'phone.openCamera' });
		await onPhone(s, { type: 'phone.capture', code });
		expect(phone(s).context.error).toBe('passkey-used');
	});

	it('the service out of reach: the QR code cannot start, or the sign-in cannot finish; “Try again” recovers each', async () => {
		const s = await at('signin-sign-in');
		s.service.use(unreachable('post', 'passkey/signin', { once: true }));
		await onPc(s, { type: 'pc.signIn' });
		await onPc(s, { type: 'pc.chooseDevice', device: 'phone' });
		expect(pc(s).matches('passkeyFailed')).toBe(true);
		expect(pc(s).context.error).toBe('network');
		await onPc(s, { type: 'pc.retry' });
		expect(pc(s).matches('showQr')).toBe(true);
		await onPhone(s, { type: 'phone.openCamera' });
		await onPhone(s, { type: 'phone.capture', code: passkeyQrOnPc(pc(s)) });
		await onPhone(s, { type: 'phone.unlock' });
		await settled(s, 'stay signed in?', () => pc(s).matches('staySignedIn'));
		s.service.use(unreachable('post', 'signin/complete', { once: true }));
		await onPc(s, { type: 'pc.stay', stay: true });
		expect(pc(s).matches('passkeyFailed')).toBe(true);
		// The passkey was used: "Try again" finishes the sign-in, it does not ask for the phone again.
		await onPc(s, { type: 'pc.retry' });
		expect(pc(s).matches('service')).toBe(true);
	});

	it('the text cannot be sent: the page says so and sends it on “Try again”', async () => {
		const s = await at('setup-sign-in');
		s.service.use(unreachable('post', 'challenge', { once: true }));
		await onPc(s, { type: 'pc.signIn' });
		expect(pc(s).matches('challengeFailed')).toBe(true);
		await onPc(s, { type: 'pc.retry' });
		await until(() => textOnPhone(s) !== null, 'the text message');
		expect(s.step()).toBe('setup-enter-code');
	});
});

describe('passkey flow: Windows’ dialog before the QR code', () => {
	it('asks where the passkey is: the phone brings the QR code; a security key, or no choice, says to choose the phone', async () => {
		const s = await at('signin-sign-in');
		await onPc(s, { type: 'pc.signIn' });
		expect(pc(s).matches('choosingDevice')).toBe(true);
		expect(s.step()).toBe('signin-sign-in');
		// Nothing is asked of the service yet: no QR code until the phone is chosen.
		expect(passkeyQrOnPc(pc(s))).toBeNull();
		for (const device of ['key', '']) {
			await onPc(s, { type: 'pc.chooseDevice', device });
			expect(pc(s).context.error).toBe('choose-phone-device');
			expect(pc(s).matches('choosingDevice')).toBe(true);
		}
		await onPc(s, { type: 'pc.chooseDevice', device: 'phone' });
		expect(pc(s).context.error).toBeNull();
		expect(s.step()).toBe('signin-scan-qr');
		expect(passkeyQrOnPc(pc(s))).toMatch(/^FIDO:\/\d{12}$/);
	});
});

describe('passkey flow: a PC without Bluetooth', () => {
	it('offers the drill once signed in with the passkey, and the practice is already done there', async () => {
		const s = await at('signin-done');
		await onPc(s, { type: 'pc.stay', stay: false });
		expect(pc(s).matches('service')).toBe(true);
		// The drill is optional: signed in with the passkey, the practice is done.
		expect(s.done()).toBe(true);
		await onPc(s, { type: 'pc.noBluetooth' });
		expect(s.step()).toBe('signin-no-bluetooth');
		expect(pc(s).matches('noBluetoothDevice')).toBe(true);
		expect(pc(s).context.noBluetooth).toBe(true);
		expect(s.done()).toBe(false);
	});

	it('refuses the phone on that PC, and signs in with the text’s code through “Sign in with a different method”', async () => {
		const s = await at('signin-no-bluetooth');
		const texts = s.tenant.state.challenges.length;
		await onPc(s, { type: 'pc.chooseDevice', device: 'phone' });
		expect(pc(s).context.error).toBe('no-bluetooth');
		// No QR code was asked for: it could never reach the phone.
		expect(s.tenant.state.passkeyRequests.filter((r) => r.status === 'pending')).toEqual([]);
		await onPc(s, { type: 'pc.otherWay' });
		expect(pc(s).matches('otherWays')).toBe(true);
		expect(pc(s).context.error).toBeNull();
		// The passkey again, from the list, is the same PC's dialog: still no Bluetooth.
		await onPc(s, { type: 'pc.useWay', way: 'passkey' });
		expect(pc(s).matches('noBluetoothDevice')).toBe(true);
		await onPc(s, { type: 'pc.otherWay' });
		await onPc(s, { type: 'pc.useWay', way: 'sms' });
		await until(() => textOnPhone(s) !== null, 'the text message');
		expect(s.tenant.state.challenges.length).toBe(texts + 1);
		expect(s.tenant.state.challenges.at(-1)).toMatchObject({ kind: 'sms', purpose: 'signin' });
		expect(s.step()).toBe('signin-no-bluetooth');
		// A wrong code first: the same page says why.
		await onPc(s, { type: 'pc.verify', code: textOnPhone(s) === '000000' ? '111111' : '000000' });
		expect(pc(s).matches('enterCode')).toBe(true);
		expect(pc(s).context.error).toBe('wrong-code');
		await onPc(s, { type: 'pc.verify', code: textOnPhone(s)! });
		expect(pc(s).matches('otherStay')).toBe(true);
		expect(s.step()).toBe('signin-no-bluetooth');
		await onPc(s, { type: 'pc.stay', stay: false });
		expect(pc(s).matches('drilled')).toBe(true);
		expect(s.step()).toBe('signin-no-bluetooth');
		expect(s.done()).toBe(true);
		// The passkey is still the account's first method: the next sign-in asks for it, on a PC with Bluetooth.
		expect(s.tenant.state.method).toBe('passkey');
		await onPc(s, { type: 'pc.later', days: 1 });
		await onPc(s, { type: 'pc.signIn' });
		expect(pc(s).matches('choosingDevice')).toBe(true);
		expect(pc(s).context.noBluetooth).toBe(false);
	});

	it('a student at the QR code who finds no Bluetooth leaves it the same way; the passkey from the list asks again', async () => {
		const s = await at('signin-scan-qr');
		await onPc(s, { type: 'pc.otherWay' });
		expect(s.step()).toBe('signin-no-bluetooth');
		// The QR code is gone from the PC: the camera sees none.
		expect(passkeyQrOnPc(pc(s))).toBeNull();
		await onPc(s, { type: 'pc.useWay', way: 'passkey' });
		expect(pc(s).matches('choosingDevice')).toBe(true);
		expect(s.step()).toBe('signin-sign-in');
		await onPc(s, { type: 'pc.otherWay' });
		await onPc(s, { type: 'pc.useWay', way: 'sms' });
		await until(() => textOnPhone(s) !== null, 'the text message');
		await onPc(s, { type: 'pc.verify', code: textOnPhone(s)! });
		await onPc(s, { type: 'pc.stay', stay: true });
		expect(pc(s).matches('drilled')).toBe(true);
	});

	it('the sign-in cannot finish: “Stay signed in?” says so, and answering again finishes it without a new text', async () => {
		const s = await at('signin-no-bluetooth');
		await onPc(s, { type: 'pc.otherWay' });
		await onPc(s, { type: 'pc.useWay', way: 'sms' });
		await until(() => textOnPhone(s) !== null, 'the text message');
		await onPc(s, { type: 'pc.verify', code: textOnPhone(s)! });
		const texts = s.tenant.state.challenges.length;
		s.service.use(unreachable('post', 'signin/complete', { once: true }));
		await onPc(s, { type: 'pc.stay', stay: false });
		expect(pc(s).matches('otherStay')).toBe(true);
		expect(pc(s).context.error).toBe('network');
		await onPc(s, { type: 'pc.stay', stay: false });
		expect(pc(s).matches('drilled')).toBe(true);
		expect(s.tenant.state.challenges.length).toBe(texts);
	});

	it('is not offered before the account has a passkey (after “Skip for now”)', async () => {
		const s = await at('setup-passkey-prompt');
		await onPc(s, { type: 'pc.skip' });
		await onPc(s, { type: 'pc.stay', stay: false });
		expect(pc(s).matches('service')).toBe(true);
		expect(pc(s).can({ type: 'pc.noBluetooth' })).toBe(false);
	});
});

describe('passkey flow: words and reach', () => {
	it('every refusal of this practice has its own words in both languages', () => {
		for (const lang of LANGS) {
			const t = DICTIONARIES[lang];
			for (const code of [
				'unlock-cancelled',
				'passkey-not-created',
				'passkey-unknown',
				'passkey-expired',
				'passkey-used',
				'choose-phone-device',
				'no-bluetooth',
			] as const) {
				expect(t[`error.${code}`].trim(), `${lang} ${code}`).not.toBe('');
			}
		}
	});

	it('the walk and the wrong turns above reach every state of both machines', async () => {
		const s = await walkAll();
		// Coming back later, and opening the Messages app from the home screen.
		await onPc(s, { type: 'pc.later', days: 1 });
		await onPhone(s, { type: 'phone.openMessages' });
		expect(unvisited(s, visited)).toEqual({ pc: [], phone: [] });
	});
});
