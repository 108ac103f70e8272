import { describe, expect, it } from 'vitest';
import { initialTenant, ModelError, PRACTICE_PHONE, Tenant } from '../../src/backend/model';
import { maskPhone, normalizePhone, type PhoneReason } from '../../src/backend/phone-number';
import { DICTIONARIES } from '../../src/i18n';

describe('Japanese numbers as people type them', () => {
	it.each([
		['090-1234-5678', '+819012345678', 'mobile'],
		['09012345678', '+819012345678', 'mobile'],
		['9012345678', '+819012345678', 'mobile'],
		['+81 90 1234 5678', '+819012345678', 'mobile'],
		['+81 (0)90-1234-5678', '+819012345678', 'mobile'],
		['0081 90 1234 5678', '+819012345678', 'mobile'],
		['0081 (0)90 1234 5678', '+819012345678', 'mobile'],
		['010-81-90-1234-5678', '+819012345678', 'mobile'],
		['０９０－１２３４－５６７８', '+819012345678', 'mobile'],
		['＋８１　９０　１２３４　５６７８', '+819012345678', 'mobile'],
		['090ー1234ー5678', '+819012345678', 'mobile'],
		['070-2345-6789', '+817023456789', 'mobile'],
		['080-2345-6789', '+818023456789', 'mobile'],
		['050-1234-5678', '+815012345678', 'ip'],
		['03-1234-5678', '+81312345678', 'landline'],
		['011-234-5678', '+81112345678', 'landline'],
		['0123-45-6789', '+81123456789', 'landline'],
		['099-234-5678', '+81992345678', 'landline'],
	])('%s is %s (%s)', (typed, e164, kind) => {
		expect(normalizePhone('JP', typed)).toEqual({ ok: true, e164, display: `+81 ${e164.slice(3)}`, kind });
	});

	it.each<[string, PhoneReason]>([
		['', 'phone-empty'],
		['   ', 'phone-empty'],
		['abc', 'phone-invalid'],
		['090-1234-567a', 'phone-invalid'],
		['090+1234', 'phone-invalid'],
		['12345', 'phone-length'],
		['0000', 'phone-length'],
		['090-1234', 'phone-length'],
		['090-1234-567', 'phone-length'],
		['090-1234-56789', 'phone-length'],
		['03-1234-56789', 'phone-length'],
		['1-2-3-4-5-6-7-8-9-0', 'phone-length'],
		['+1 415 555 0100', 'phone-country'],
		['0086 10 1234 5678', 'phone-country'],
		// Free dial, navi dial and the other service numbers cannot receive a call or a text.
		['0120-123-456', 'phone-service'],
		['0800-123-4567', 'phone-service'],
		['080-0000-1111', 'phone-service'],
		['0570-123-456', 'phone-service'],
		['0180-123-456', 'phone-service'],
		['0170-123-456', 'phone-service'],
		['0990-123-456', 'phone-service'],
		['020-1234-5678', 'phone-service'],
		// The same digit over and over.
		['1111111111', 'phone-repeated'],
		['0111111111', 'phone-repeated'],
		['090-1111-1111', 'phone-repeated'],
		['090-0000-0000', 'phone-repeated'],
		['03-3333-3333', 'phone-repeated'],
		// Prefixes no Japanese number has.
		['060-1234-5678', 'phone-unknown'],
		['090-0123-4567', 'phone-unknown'],
		['010-1234-5678', 'phone-unknown'],
		['030-1234-567', 'phone-unknown'],
	])('%j is refused: %s', (typed, reason) => {
		expect(normalizePhone('JP', typed)).toEqual({ ok: false, reason });
	});
});

describe('other countries', () => {
	it('use their own code and lengths; 010 is a Korean mobile, not an international prefix', () => {
		expect(normalizePhone('US', '(415) 555-0100')).toMatchObject({ ok: true, e164: '+14155550100', kind: 'other' });
		expect(normalizePhone('US', '001 415 555 0100')).toMatchObject({ ok: true, e164: '+14155550100' });
		expect(normalizePhone('KR', '010-1234-5678')).toMatchObject({ ok: true, e164: '+821012345678' });
		expect(normalizePhone('CN', '+86 138 0013 8000')).toMatchObject({ ok: true, e164: '+8613800138000' });
		expect(normalizePhone('US', '090-1234-5678')).toEqual({ ok: false, reason: 'phone-length' });
		expect(normalizePhone('US', '111-111-1111')).toEqual({ ok: false, reason: 'phone-repeated' });
		expect(normalizePhone('KR', '+81 90 1234 5678')).toEqual({ ok: false, reason: 'phone-country' });
	});

	it('the sign-in page names the phone by its last two digits only', () => {
		expect(maskPhone('+819012345678')).toBe('+81 XXXXXXXX78');
	});
});

describe('the practice service’s phone form', () => {
	const tenant = () => new Tenant(initialTenant('s1234567@example.ac.jp'), { clock: () => 0, random: () => 0.5 });
	const refusal = (fn: () => unknown) => {
		try {
			fn();
		} catch (error) {
			if (error instanceof ModelError) return error.code;
			throw error;
		}
		return 'accepted';
	};

	it('takes the practice phone, for texts and calls', () => {
		for (const via of ['sms', 'call'] as const) {
			const t = tenant();
			expect(t.account.registerPhone('JP', PRACTICE_PHONE.national, via)).toEqual({ display: '+81 9012345678' });
			expect(t.state.phone).toEqual({ e164: PRACTICE_PHONE.e164, display: '+81 9012345678', via });
		}
	});

	it('refuses a landline or an IP phone for texts, which never reach them', () => {
		expect(refusal(() => tenant().account.registerPhone('JP', '03-1234-5678', 'sms'))).toBe('phone-no-sms');
		expect(refusal(() => tenant().account.registerPhone('JP', '050-1234-5678', 'sms'))).toBe('phone-no-sms');
	});

	it.each([
		['080-2345-6789', 'sms'],
		['080-2345-6789', 'call'],
		['03-1234-5678', 'call'],
		['050-1234-5678', 'call'],
	] as const)('refuses any other well-formed number (%s, %s): the practice reaches only its own phone', (number, via) => {
		const t = tenant();
		expect(refusal(() => t.account.registerPhone('JP', number, via))).toBe('phone-not-practice');
		expect(t.state.phone).toBeNull();
		expect(t.state.registration).toBe('none');
	});

	it('refuses nonsense with the number’s own reason before anything else', () => {
		expect(refusal(() => tenant().account.registerPhone('JP', '0120-123-456', 'call'))).toBe('phone-service');
		expect(refusal(() => tenant().account.registerPhone('JP', '1111111111', 'sms'))).toBe('phone-repeated');
	});

	it('has a message in Japanese and English for every refusal; the practice one names the practice number', () => {
		const reasons = [
			'phone-empty',
			'phone-invalid',
			'phone-length',
			'phone-country',
			'phone-service',
			'phone-repeated',
			'phone-unknown',
			'phone-no-sms',
			'phone-not-practice',
		];
		for (const lang of ['ja', 'en'] as const) {
			const t = DICTIONARIES[lang] as Record<string, string>;
			const texts = reasons.map((r) => t[`error.${r}`]);
			for (const text of texts) expect(text).toMatch(/\S/);
			// Each refusal says something different.
			expect(new Set(texts).size).toBe(reasons.length);
			expect(t['error.phone-not-practice']).toContain(PRACTICE_PHONE.national);
			expect(t['error.phone-no-sms']).toContain(PRACTICE_PHONE.national);
		}
	});
});
