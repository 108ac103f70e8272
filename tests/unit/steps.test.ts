import { describe, expect, it } from 'vitest';
import { METHODS } from '../../src/config/schema';
import { EDITIONS, editionsOf, methodsOf } from '../../src/methods';
import { elsewhere, findStep, lookupStep, phaseSteps, stepsOf } from '../../src/steps';

// The manual's table, copied here on purpose: step ids are public
// (helpdesk links, simulator deep links), so changing one must break a test.
const appCommon = [
	'setup-sign-in',
	'setup-more-info',
	'setup-choose-app',
	'setup-install-app',
	'setup-app-first-launch',
	'setup-scan-qr',
	'setup-account-added',
	'setup-check-code',
	'setup-configure-next',
];
const EXPECTED = {
	call: [
		'setup-sign-in',
		'setup-more-info',
		'setup-phone-number',
		'setup-answer-call',
		'setup-done',
		'signin-sign-in',
		'signin-answer-call',
		'signin-done',
	],
	push: [
		...appCommon,
		'setup-choose-notification',
		'setup-approve',
		'setup-backup-phone',
		'signin-sign-in',
		'signin-request-sent',
		'signin-approve',
		'signin-done',
	],
	code: [...appCommon, 'setup-choose-code', 'setup-enter-code', 'setup-backup-phone', 'signin-sign-in', 'signin-enter-code', 'signin-done'],
	sms: [
		'setup-sign-in',
		'setup-more-info',
		'setup-phone-number',
		'setup-enter-code',
		'setup-done',
		'signin-sign-in',
		'signin-enter-code',
		'signin-done',
	],
};

// Today's table, copied here for the same reason. A task both editions share
// keeps the manual's id (sign in, install the app, scan, approve the test, sign in again).
const wizard = ['setup-sign-in', 'setup-more-info'];
const EXPECTED_TODAY = {
	sms: [
		...wizard,
		'setup-other-options',
		'setup-phone-number',
		'setup-enter-code',
		'setup-done',
		'setup-stay-signed-in',
		'signin-sign-in',
		'signin-enter-code',
		// Since 1 September 2026: the prompt to create a passkey after the text's code.
		'signin-passkey-prompt',
		'signin-done',
	],
	call: [
		...wizard,
		'setup-other-options',
		'setup-phone-number',
		'setup-answer-call',
		'setup-done',
		'setup-stay-signed-in',
		'signin-sign-in',
		'signin-answer-call',
		// …and after the call.
		'signin-passkey-prompt',
		'signin-done',
	],
	push: [
		...wizard,
		'setup-install-app',
		'setup-app-first-launch',
		'setup-scan-qr',
		'setup-approve',
		'setup-done',
		'setup-stay-signed-in',
		'signin-sign-in',
		'signin-request-sent',
		'signin-approve',
		'signin-done',
		'signin-unexpected-request',
	],
	code: [
		...wizard,
		'setup-choose-app',
		'setup-app-first-launch',
		'setup-scan-qr',
		'setup-enter-code',
		'setup-done',
		'setup-stay-signed-in',
		'signin-sign-in',
		'signin-enter-code',
		'signin-done',
	],
	// Today's only: an SMS user's sign-in, the prompt, the app; then a sign-in by QR code, and a PC without
	// Bluetooth, where the chapter's bullet on it links.
	passkey: [
		'setup-sign-in',
		'setup-enter-code',
		'setup-passkey-prompt',
		'setup-open-app',
		'setup-create-passkey',
		'setup-done',
		'signin-sign-in',
		'signin-scan-qr',
		'signin-unlock',
		'signin-done',
		'signin-no-bluetooth',
	],
};

describe('step table', () => {
	it.each(methodsOf('manual'))('%s has exactly the published step ids of the manual, in order', (method) => {
		expect(stepsOf(method, 'manual').map((s) => s.id)).toEqual(EXPECTED[method]);
	});

	it.each(methodsOf('today'))('%s has exactly the published step ids of today, in order', (method) => {
		expect(stepsOf(method, 'today').map((s) => s.id)).toEqual(EXPECTED_TODAY[method]);
	});

	it('has no passkey steps in the manual, and sends no passkey link on to it', () => {
		expect(editionsOf('passkey')).toEqual(['today']);
		expect(stepsOf('passkey', 'manual')).toEqual([]);
		expect(lookupStep('passkey', 'setup-sign-in', 'manual')).toBeUndefined();
		expect(elsewhere('passkey', 'today')).toEqual([]);
		expect(() => findStep('passkey', 'setup-sign-in', 'manual')).toThrow(/in the manual edition/);
	});

	it('keeps the manual’s id for the tasks both editions share', () => {
		for (const id of ['setup-sign-in', 'setup-install-app', 'setup-scan-qr', 'setup-approve', 'signin-sign-in', 'signin-approve']) {
			expect(findStep('push', id, 'today').id).toBe(findStep('push', id, 'manual').id);
		}
	});

	it('knows which steps a chapter’s address must send on to the other edition', () => {
		expect(elsewhere('push', 'today')).toContain('setup-choose-notification');
		expect(elsewhere('push', 'today')).not.toContain('setup-scan-qr');
		expect(elsewhere('push', 'manual')).toEqual(['setup-done', 'setup-stay-signed-in', 'signin-unexpected-request']);
		// The passkey prompt is today's only (the manual of 2020 has no passkeys): /manual/sms/#signin-passkey-prompt goes on to /sms/.
		expect(elsewhere('sms', 'manual')).toEqual(['setup-other-options', 'setup-stay-signed-in', 'signin-passkey-prompt']);
		expect(elsewhere('call', 'manual')).toEqual(['setup-other-options', 'setup-stay-signed-in', 'signin-passkey-prompt']);
	});

	it('numbers steps 1..n within each phase, with no gap (the manual skips ⑨)', () => {
		expect(findStep('push', 'setup-configure-next', 'manual').number).toBe(9);
		expect(findStep('push', 'setup-backup-phone', 'manual').number).toBe(12);
		expect(findStep('code', 'signin-done', 'manual').number).toBe(3);
		expect(findStep('push', 'setup-approve', 'today').number).toBe(6);
		for (const method of METHODS) {
			for (const phase of ['setup', 'signin'] as const) {
				const numbers = stepsOf(method, 'manual')
					.filter((s) => s.phase === phase)
					.map((s) => s.number);
				expect(numbers).toEqual(numbers.map((_, i) => i + 1));
			}
		}
	});

	it('gives every step a title in both languages', () => {
		for (const method of METHODS) {
			for (const step of [...stepsOf(method, 'manual'), ...stepsOf(method, 'today')]) {
				expect(step.title.ja.trim()).not.toBe('');
				expect(step.title.en.trim()).not.toBe('');
			}
		}
	});

	it('puts setup steps under setup and sign-in steps under signin', () => {
		for (const edition of EDITIONS) {
			for (const method of METHODS) {
				for (const s of phaseSteps(method, edition, 'setup')) expect(s.id).toMatch(/^setup-/);
				for (const s of phaseSteps(method, edition, 'signin')) expect(s.id).toMatch(/^signin-/);
			}
		}
	});

	it('fails loudly on an unknown step id', () => {
		expect(() => findStep('sms', 'setup-scan-qr')).toThrow(/Unknown step "setup-scan-qr" for method "sms" in the today edition/);
		expect(() => findStep('push', 'setup-done', 'manual')).toThrow(/in the manual edition/);
	});
});
