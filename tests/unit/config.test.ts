import { describe, expect, it } from 'vitest';
import { institution } from '../../src/config/institution';
import { parseInstitution } from '../../src/config/schema';

const valid = structuredClone(institution);

function expectRejected(change: (c: Record<string, any>) => void, field: string) {
	const copy: Record<string, any> = structuredClone(valid);
	change(copy);
	expect(() => parseInstitution(copy)).toThrow(new RegExp(`^Invalid institution config[\\s\\S]*- ${field.replace('.', '\\.')}:`));
}

describe('institution config', () => {
	it('accepts the shipped config', () => {
		expect(parseInstitution(valid)).toEqual(valid);
		expect(institution.rememberDays).toBe(14);
	});

	it('names the field when "don’t ask again" days are not a whole number of days', () => {
		expectRejected((c) => (c.rememberDays = 0), 'rememberDays');
		expectRejected((c) => (c.rememberDays = 1.5), 'rememberDays');
		expectRejected((c) => (c.rememberDays = '14'), 'rememberDays');
	});

	it('refuses a real-looking domain for the example account', () => {
		expectRejected((c) => (c.exampleAccount = 's1234567@u-tokyo.ac.jp'), 'exampleAccount');
		expectRejected((c) => (c.exampleAccount = 'not an address'), 'exampleAccount');
		expect(() => parseInstitution({ ...valid, exampleAccount: 'taro@example.com' })).not.toThrow();
	});

	it('refuses an unknown method, an empty list and a repeated method', () => {
		expectRejected((c) => (c.methods = ['sms', 'fax']), 'methods.1');
		expectRejected((c) => (c.methods = []), 'methods');
		expectRejected((c) => (c.methods = ['sms', 'sms']), 'methods');
	});

	it('names nested fields and unknown keys', () => {
		expectRejected((c) => delete c.helpdesk.name.en, 'helpdesk.name.en');
		expectRejected((c) => (c.helpdesk.email = 'nope'), 'helpdesk.email');
		expectRejected((c) => (c.notices.smsVoiceRetirement = 'yes'), 'notices.smsVoiceRetirement');
		expect(() => parseInstitution({ ...valid, remberDays: 14 })).toThrow(/remberDays/);
	});

	it('shows the SMS/voice retirement notice unless the config turns it off', () => {
		const { notices: _left, ...withoutNotices } = valid;
		expect(parseInstitution(withoutNotices).notices.smsVoiceRetirement).toBe(true);
		expect(parseInstitution({ ...valid, notices: {} }).notices.smsVoiceRetirement).toBe(true);
		expect(parseInstitution({ ...valid, notices: { smsVoiceRetirement: false } }).notices.smsVoiceRetirement).toBe(false);
		// A misspelt key must not leave the notice on silently when the editor meant "off".
		expectRejected((c) => (c.notices = { smsVoiceRetirment: false }), 'notices');
	});

	it('lists every bad field at once, so one build run shows them all', () => {
		const message = (() => {
			try {
				parseInstitution({ ...valid, rememberDays: -1, methods: [] });
			} catch (e) {
				return (e as Error).message;
			}
			return '';
		})();
		expect(message).toContain('- rememberDays:');
		expect(message).toContain('- methods:');
	});
});
