import { describe, expect, it } from 'vitest';
import { TOPICS, topicsFor } from '../../src/components/helpdesk/topics';
import { countText, firstOffered, listText, numberOf, numbersText, offeredOf } from '../../src/components/offer';
import { institution } from '../../src/config/institution';
import { parseInstitution } from '../../src/config/schema';
import { LANGS } from '../../src/i18n/locales';

const valid = structuredClone(institution);

// biome-ignore lint/suspicious/noExplicitAny: each case breaks the config its own way, on purpose, whatever its type says.
type Loose = Record<string, any>;
function expectRejected(change: (c: Loose) => void, field: string) {
	const copy: Loose = structuredClone(valid);
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

	it('asks for a name in every language of the site, and names the one missing or not the site’s', () => {
		const message = (change: (c: Loose) => void) => {
			const copy: Loose = structuredClone(valid);
			change(copy);
			try {
				parseInstitution(copy);
			} catch (e) {
				return (e as Error).message;
			}
			return '';
		};
		// The languages named are the site's, whatever they are.
		const langs = LANGS.join(', ');
		expect(message((c) => delete c.name.en)).toContain(
			`- name.en: missing: every language of the site (src/i18n/locales.ts: ${langs}) needs a value`,
		);
		expect(message((c) => (c.helpdesk.hours = { ...c.helpdesk.hours, jp: '平日' }))).toContain(
			`- helpdesk.hours: "jp": not a language of the site (src/i18n/locales.ts: ${langs})`,
		);
		expect(message((c) => (c.name = 'Sample University'))).toContain('- name: expected one text per language of the site');
		expectRejected((c) => (c.helpdesk.name.ja = ''), 'helpdesk.name.ja');
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

	it('keeps SMS and calls after 1 February 2027 only when the config says so (the advice ranks by it)', () => {
		const { smsVoiceViaCarrier: _left, ...without } = valid;
		expect(parseInstitution(without).smsVoiceViaCarrier).toBe(false);
		expect(parseInstitution({ ...valid, smsVoiceViaCarrier: true }).smsVoiceViaCarrier).toBe(true);
		expectRejected((c) => (c.smsVoiceViaCarrier = 'yes'), 'smsVoiceViaCarrier');
	});

	it('links the institution’s own SMS guide only when the config gives one, and only over http(s)', () => {
		const { smsGuideUrl: _left, ...withoutGuide } = valid;
		expect(parseInstitution(withoutGuide).smsGuideUrl).toBeNull();
		expect(parseInstitution({ ...valid, smsGuideUrl: 'https://www.example.ac.jp/mfa/sms/' }).smsGuideUrl).toBe(
			'https://www.example.ac.jp/mfa/sms/',
		);
		expectRejected((c) => (c.smsGuideUrl = 'not a url'), 'smsGuideUrl');
		expectRejected((c) => (c.smsGuideUrl = 'javascript:alert(1)'), 'smsGuideUrl');
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

describe('the offer as words: what the overview and troubleshooting say about the methods offered', () => {
	it('numbers methods as offered, so the advice names the cards a reader sees', () => {
		expect(numberOf('sms', ['sms', 'call', 'push', 'code'])).toBe(1);
		expect(numberOf('push', ['call', 'push'])).toBe(2);
		expect(() => numberOf('sms', ['call', 'push'])).toThrow(/not offered/);
		expect(numbersText('ja', ['push', 'code'], 'and', ['sms', 'call', 'push', 'code'])).toBe('3・4');
		expect(numbersText('en', ['push', 'code'], 'or', ['sms', 'call', 'push', 'code'])).toBe('3 or 4');
		expect(numbersText('en', ['push'], 'or', ['call', 'push'])).toBe('2');
	});

	it('writes counts and lists in running text', () => {
		expect(countText('ja', 3)).toBe('3 つ');
		expect(countText('en', 3)).toBe('three');
		expect(listText('en', ['A', 'B', 'C'])).toBe('A, B and C');
		expect(listText('en', ['A', 'B'], 'or')).toBe('A or B');
		expect(listText('ja', ['A', 'B'])).toBe('A、B');
		// Alternatives in Japanese are listed in brackets, without または; numbers with ・.
		expect(listText('ja', ['A', 'B', 'C'], 'or')).toBe('A、B、C');
		expect(listText('en', ['A', 'B', 'C'], 'or')).toBe('A, B or C');
		expect(numbersText('ja', ['sms', 'push', 'code'], 'or', ['sms', 'call', 'push', 'code'])).toBe('1・3・4');
		expect(countText('en', 12)).toBe('12');
	});

	it('picks the offered method of a preference list, or none', () => {
		expect(firstOffered(['push', 'code'], ['sms', 'code'])).toBe('code');
		expect(firstOffered(['push', 'code'], ['sms', 'call'])).toBeUndefined();
		expect(offeredOf(['code', 'sms', 'push'], ['sms', 'push'])).toEqual(['sms', 'push']);
	});

	it('keeps a troubleshooting answer only while a method it is about is offered', () => {
		expect(topicsFor(['sms', 'call', 'push', 'code', 'passkey'])).toEqual(TOPICS.map((t) => t.id));
		// The passkey's answers (the lost phone, the prompt after a text) only where it is offered.
		expect(topicsFor(['sms', 'call', 'push', 'code'])).not.toContain('passkey-prompt');
		expect(topicsFor(['sms', 'passkey'])).toEqual(expect.arrayContaining(['passkey-prompt', 'passkey-lost-phone']));
		// No app: no answer about notifications or the app's clock; SMS still has typed codes.
		expect(topicsFor(['sms', 'call'])).toEqual([
			'unexpected-request',
			'new-phone',
			'lost-phone',
			'no-sms-or-call',
			'full-width',
			'abroad',
			'asked-every-time',
			'remember-not-sticking',
		]);
		// The app's code alone: nobody is ever sent a request, a text or a call.
		expect(topicsFor(['code'])).not.toContain('unexpected-request');
		expect(topicsFor(['code'])).toContain('code-refused');
		expect(topicsFor(['push'])).not.toContain('full-width');
		// Typing the number is about approvals; switching method is about the app being away.
		expect(topicsFor(['push'])).toContain('number');
		expect(topicsFor(['code'])).not.toContain('number');
		expect(topicsFor(['code'])).toContain('other-method');
		expect(topicsFor(['sms', 'call'])).not.toContain('other-method');
	});

	it('keeps the answer about "don’t ask again" only where the institution has it on', () => {
		expect(topicsFor(['sms', 'push'], true)).toContain('remember-not-sticking');
		expect(topicsFor(['sms', 'push'], false)).not.toContain('remember-not-sticking');
		expect(topicsFor(['sms', 'push'], false)).toContain('asked-every-time');
	});
});
