/**
 * Phone numbers as people type them on a Japanese keyboard: "090-1234-5678",
 * "+81 90 1234 5678", "+81 (0)90 …", "0081 90 …", "010-81-90-…", full-width
 * "０９０ー１２３４ー５６７８" from an IME. The service stores E.164 ("+819012345678") and
 * shows "+81 9012345678", as the real registration page does. A number that cannot be
 * one is refused with a reason the screens turn into words; whether it is *your*
 * number, only the phone that rings knows.
 *
 * Japanese numbers follow the national numbering plan (総務省 電気通信番号計画), so
 * that the practice teaches what the real form will take:
 * - mobile 070 / 080 / 090 and IP phone 050: 11 digits, the fourth not 0;
 * - landlines: 0 + area code + local number, 10 digits;
 * - service numbers (0120 and 0800 free dial, 0570 navi dial, 0170, 0180, 0990, and
 *   020 for machines and pagers) are refused: they cannot receive a verification
 *   call or text, so registering one would lock the student out;
 * - the same digit repeated ("090-1111-1111", "1111111111") is refused as nonsense.
 * Whether a number can receive texts (mobiles only) is for the service to decide, so
 * the kind of number is part of the answer.
 */

/** The countries the practice page offers: Japan first, then the commonest home countries of international students. */
export const COUNTRIES = {
	JP: { dial: '81', trunk: true, min: 9, max: 10 },
	CN: { dial: '86', trunk: false, min: 10, max: 11 },
	KR: { dial: '82', trunk: true, min: 8, max: 10 },
	US: { dial: '1', trunk: false, min: 10, max: 10 },
} as const;
export type Country = keyof typeof COUNTRIES;
export const isCountry = (c: unknown): c is Country => typeof c === 'string' && c in COUNTRIES;

/** What kind of line a number is: only mobiles receive texts. `other`: a country this module does not classify. */
export type PhoneKind = 'mobile' | 'landline' | 'ip' | 'other';
export type PhoneNumber = { ok: true; e164: string; display: string; kind: PhoneKind };
export type PhoneReason =
	| 'phone-empty'
	| 'phone-invalid'
	| 'phone-length'
	| 'phone-country'
	| 'phone-service'
	| 'phone-repeated'
	| 'phone-unknown';
export type PhoneProblem = { ok: false; reason: PhoneReason };

// Spaces (any, the ideographic one included), hyphens and dashes of every width, the
// katakana long-vowel mark an IME gives for "-", dots and brackets around a trunk "0".
const SEPARATORS = /[\s\u002d\u2010-\u2015\u2212\ufe63\uff0d\u30fc\uff70.\uff0e()\uff08\uff09]/gu;
const FULL_WIDTH = /[\uff10-\uff19\uff0b]/gu;

// Free dial (0120, 0800), navi dial (0570), 0170, 0180, 0990 and 020 (machines,
// pagers), written without the trunk 0. 0800 must be caught before mobile 080: the
// digits "0800…" are free dial however they are grouped.
const JP_SERVICE = /^(?:120|800|570|170|180|990|20)/;
// The last eight digits all the same: no subscriber number looks like that.
const REPEATED = /(\d)\1{7}$/;

const problem = (reason: PhoneReason): PhoneProblem => ({ ok: false, reason });

/** A Japanese national number without its trunk 0 ("9012345678"): its kind, or why it cannot be one. */
function japanese(n: string): PhoneKind | PhoneProblem {
	if (n.length < 9 || n.length > 10) return problem('phone-length');
	if (JP_SERVICE.test(n)) return problem('phone-service');
	if (REPEATED.test(n)) return problem('phone-repeated');
	// 0A0 numbers are the 11-digit, non-geographic ones.
	if (/^[5789]0/.test(n)) {
		if (n.length !== 10) return problem('phone-length');
		// 090-0…, 070-0…, 050-0… are not given out (and 0800 is free dial, above).
		if (n[2] === '0') return problem('phone-unknown');
		return n[0] === '5' ? 'ip' : 'mobile';
	}
	// 030, 040, 060: not in use for people's phones; 010 is the international prefix.
	if (/^\d0/.test(n) || n[0] === '0') return problem('phone-unknown');
	return n.length === 9 ? 'landline' : problem('phone-length');
}

export function normalizePhone(country: string, input: string): PhoneNumber | PhoneProblem {
	const code = isCountry(country) ? country : 'JP';
	const c = COUNTRIES[code];
	let s = input.replace(FULL_WIDTH, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(SEPARATORS, '');
	if (!s) return problem('phone-empty');
	if (!/^\+?[0-9]+$/.test(s)) return problem('phone-invalid');
	// The international forms: "+81…", "0081…" (the prefix dialled from most countries)
	// and "010 81…" (Japan's own). A short "00…" is a typing slip, not a call abroad:
	// every international number is at least ten digits after its prefix.
	const prefix = s.startsWith('+') ? 1 : /^00\d{10}/.test(s) ? 2 : code === 'JP' && /^010\d{10}/.test(s) ? 3 : 0;
	if (prefix) {
		const rest = s.slice(prefix);
		if (!rest.startsWith(c.dial)) return problem('phone-country');
		s = rest.slice(c.dial.length);
	}
	// The trunk prefix "0" is dialled at home only: "090…" and "+81 (0)90…" are the same number.
	if (c.trunk && s.startsWith('0')) s = s.slice(1);
	let kind: PhoneKind = 'other';
	if (code === 'JP') {
		const k = japanese(s);
		if (typeof k !== 'string') return k;
		kind = k;
	} else {
		if (s.startsWith('0') || s.length < c.min || s.length > c.max) return problem('phone-length');
		if (REPEATED.test(s) || /^(\d)\1*$/.test(s)) return problem('phone-repeated');
	}
	return { ok: true, e164: `+${c.dial}${s}`, display: `+${c.dial} ${s}`, kind };
}

/** "+81 XXXXXXXX78": how the sign-in page names the phone, as the real one does. */
export function maskPhone(e164: string): string {
	const dial = Object.values(COUNTRIES).find((c) => e164.startsWith(`+${c.dial}`))?.dial ?? '';
	const rest = e164.slice(dial.length + 1);
	return `+${dial} ${'X'.repeat(Math.max(0, rest.length - 2))}${rest.slice(-2)}`;
}
