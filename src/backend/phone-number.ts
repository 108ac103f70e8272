/**
 * Phone numbers as people type them on a Japanese keyboard: "090-1234-5678",
 * "+81 90 1234 5678", "+81 (0)90 …", full-width "０９０ー１２３４ー５６７８" from an IME.
 * The service stores E.164 ("+819012345678") and shows "+81 9012345678", as the real
 * registration page does. A number that cannot be one is refused with a reason the
 * screens turn into words; whether it is *your* number, only the phone that rings knows.
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

export type PhoneNumber = { ok: true; e164: string; display: string };
export type PhoneProblem = { ok: false; reason: 'phone-empty' | 'phone-invalid' | 'phone-length' | 'phone-country' };

// Spaces (any, the ideographic one included), hyphens and dashes of every width, the
// katakana long-vowel mark an IME gives for "-", dots and brackets around a trunk "0".
const SEPARATORS = /[\s\u002d\u2010-\u2015\u2212\ufe63\uff0d\u30fc\uff70.\uff0e()\uff08\uff09]/gu;
const FULL_WIDTH = /[\uff10-\uff19\uff0b]/gu;

export function normalizePhone(country: string, input: string): PhoneNumber | PhoneProblem {
	const c = isCountry(country) ? COUNTRIES[country] : COUNTRIES.JP;
	let s = input.replace(FULL_WIDTH, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(SEPARATORS, '');
	if (!s) return { ok: false, reason: 'phone-empty' };
	if (!/^\+?[0-9]+$/.test(s)) return { ok: false, reason: 'phone-invalid' };
	if (s.startsWith('+')) {
		if (!s.startsWith(`+${c.dial}`)) return { ok: false, reason: 'phone-country' };
		s = s.slice(c.dial.length + 1);
	}
	// The trunk prefix "0" is dialled at home only: "090…" and "+81 (0)90…" are the same number.
	if (c.trunk && s.startsWith('0')) s = s.slice(1);
	if (s.startsWith('0') || s.length < c.min || s.length > c.max) return { ok: false, reason: 'phone-length' };
	return { ok: true, e164: `+${c.dial}${s}`, display: `+${c.dial} ${s}` };
}

/** "+81 XXXXXXXX78": how the sign-in page names the phone, as the real one does. */
export function maskPhone(e164: string): string {
	const dial = Object.values(COUNTRIES).find((c) => e164.startsWith(`+${c.dial}`))?.dial ?? '';
	const rest = e164.slice(dial.length + 1);
	return `+${dial} ${'X'.repeat(Math.max(0, rest.length - 2))}${rest.slice(-2)}`;
}
