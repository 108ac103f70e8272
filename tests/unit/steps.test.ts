import { describe, expect, it } from 'vitest';
import { METHODS } from '../../src/config/schema';
import { findStep, STEPS, stepsOf } from '../../src/steps';

// The table of the guide-site issue, copied here on purpose: step ids are public
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

describe('step table', () => {
	it.each(METHODS)('%s has exactly the published step ids, in order', (method) => {
		expect(stepsOf(method).map((s) => s.id)).toEqual(EXPECTED[method]);
	});

	it('numbers steps 1..n within each phase, with no gap (the manual skips ⑨)', () => {
		expect(findStep('push', 'setup-configure-next').number).toBe(9);
		expect(findStep('push', 'setup-backup-phone').number).toBe(12);
		expect(findStep('code', 'signin-done').number).toBe(3);
		for (const method of METHODS) {
			for (const phase of ['setup', 'signin'] as const) {
				const numbers = stepsOf(method)
					.filter((s) => s.phase === phase)
					.map((s) => s.number);
				expect(numbers).toEqual(numbers.map((_, i) => i + 1));
			}
		}
	});

	it('gives every step a title in both languages', () => {
		for (const method of METHODS) {
			for (const step of stepsOf(method)) {
				expect(step.title.ja.trim()).not.toBe('');
				expect(step.title.en.trim()).not.toBe('');
			}
		}
	});

	it('puts setup steps under setup and sign-in steps under signin', () => {
		for (const method of METHODS) {
			for (const s of STEPS[method].setup) expect(s.id).toMatch(/^setup-/);
			for (const s of STEPS[method].signin) expect(s.id).toMatch(/^signin-/);
		}
	});

	it('fails loudly on an unknown step id', () => {
		expect(() => findStep('sms', 'setup-scan-qr')).toThrow(/Unknown step "setup-scan-qr" for method "sms"/);
	});
});
