import { describe, expect, it } from 'vitest';
import { loadFlow } from '../../src/flows/registry';
import { flow as TODAY_CALL } from '../../src/flows/today/call';
import { flow as TODAY_SMS } from '../../src/flows/today/sms';
import { DICTIONARIES } from '../../src/i18n';
import { LANGS } from '../../src/i18n/locales';
import { ringing, textOnPhone } from '../../src/machines/carrier-phone';
import type { PcEvent } from '../../src/machines/pc';
import { perform, type Session, until } from '../../src/machines/runtime';
import type { PracticeFlow } from '../../src/screens/model';
import { guideOf } from '../../src/steps';
import { practiceWorld } from '../support/world';

/**
 * Today's SMS and call practices meet the prompt to create a passkey after the second factor
 * at every sign-in (since 1 September 2026, facts §8.7). The walk skips it (flows.test.ts walks
 * it end to end); here: what "Next" says, what skipping leaves, and when the prompt does not come.
 * The manual's edition (December 2020) has no passkeys, and its flows no prompt.
 */

const now = Date.UTC(2026, 10, 30, 9);
const onPc = (s: Session, event: PcEvent) => perform(s, { device: 'pc', event });
const pc = (s: Session) => s.pc.getSnapshot();

/** The second factor of each practice, done right at the step it belongs to. */
const SECOND_FACTOR: Record<'sms' | 'call', (s: Session) => Promise<void>> = {
	sms: async (s) => {
		await until(() => textOnPhone(s) !== null, 'the text message');
		await onPc(s, { type: 'pc.verify', code: textOnPhone(s)! });
	},
	call: async (s) => {
		await until(() => ringing(s), 'the call');
		await perform(s, { device: 'phone', event: { type: 'phone.answer' } });
		await perform(s, { device: 'phone', event: { type: 'phone.key', key: '#' } });
		await until(() => !s.busy() && s.step() !== 'signin-answer-call', 'the call verified');
	},
};

for (const [method, flow, seed] of [
	['sms', TODAY_SMS, 31],
	['call', TODAY_CALL, 32],
] as [keyof typeof SECOND_FACTOR, PracticeFlow, number][]) {
	const { at } = practiceWorld(flow, { clock: () => now, seed });
	const secondFactor = SECOND_FACTOR[method];

	describe(`today’s ${method}: the passkey prompt after the second factor`, () => {
		it('comes at the next sign-in, not at registration', async () => {
			const s = await at(method === 'sms' ? 'setup-enter-code' : 'setup-answer-call');
			await secondFactor(s);
			expect(s.step()).toBe('setup-done');
			const signIn = await at('signin-sign-in');
			await onPc(signIn, { type: 'pc.signIn' });
			await secondFactor(signIn);
			expect(signIn.step()).toBe('signin-passkey-prompt');
			expect(pc(signIn).matches('passkeyPrompt')).toBe(true);
		});

		it('“Next” creates nothing here: it says to skip, and the prompt stays', async () => {
			const s = await at('signin-passkey-prompt');
			expect(pc(s).can({ type: 'pc.next' })).toBe(true);
			await onPc(s, { type: 'pc.next' });
			expect(pc(s).context.error).toBe('choose-skip');
			expect(s.step()).toBe('signin-passkey-prompt');
			await onPc(s, { type: 'pc.skip' });
			expect(pc(s).context.error).toBeNull();
			expect(s.step()).toBe('signin-done');
		});

		it('“Skip for now” signs in without a passkey, says the prompt will come again, and it does', async () => {
			const s = await at('signin-passkey-prompt');
			await onPc(s, { type: 'pc.skip' });
			expect(pc(s).matches('staySignedIn')).toBe(true);
			await onPc(s, { type: 'pc.stay', stay: false });
			expect(pc(s).matches('service')).toBe(true);
			expect(pc(s).context.notice).toBe('skipped');
			expect(s.done()).toBe(true);
			expect(s.tenant.state.passkey).toBeNull();
			expect(s.tenant.state.method).toBe(method);
			await onPc(s, { type: 'pc.later', days: 1 });
			expect(pc(s).context.notice).toBeNull();
			await onPc(s, { type: 'pc.signIn' });
			await secondFactor(s);
			expect(s.step()).toBe('signin-passkey-prompt');
		});

		it('a trusted PC (“don’t ask again”) skips the second factor, and with it the prompt', async () => {
			const s = await at(method === 'sms' ? 'signin-enter-code' : 'signin-answer-call');
			s.pc.send({ type: 'pc.remember', checked: true });
			await secondFactor(s);
			await onPc(s, { type: 'pc.skip' });
			await onPc(s, { type: 'pc.stay', stay: true });
			await onPc(s, { type: 'pc.later', days: 1 });
			await onPc(s, { type: 'pc.signIn' });
			expect(pc(s).context.remembered).toBe(true);
			expect(pc(s).matches('service')).toBe(true);
			expect(s.step()).toBe('signin-done');
		});
	});
}

describe('the passkey prompt in the guide', () => {
	it('has the student skip it, and names the passkey practice for creating one', () => {
		for (const lang of LANGS) {
			for (const method of ['sms', 'call'] as const) {
				const line = guideOf(lang, method, 'signin-passkey-prompt');
				expect(line).toContain(lang === 'ja' ? '「今はスキップ」' : '“Skip for now”');
				expect(line).toContain(DICTIONARIES[lang]['today.guide.passkeyElsewhere']);
				expect(line).not.toContain('{');
			}
		}
	});
});

describe('the manual’s edition (December 2020)', () => {
	it('has no passkey prompt in its SMS and call flows', async () => {
		for (const method of ['sms', 'call'] as const) {
			const flow = await loadFlow(method, 'manual');
			expect(flow.script.map((e) => e.step)).not.toContain('signin-passkey-prompt');
			expect(Object.keys(flow.screens.pc)).not.toContain('passkeyPrompt');
		}
	});
});
