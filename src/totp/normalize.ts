/**
 * What people really type into a code field: full-width digits from a Japanese IME,
 * spaces (ASCII, no-break, U+3000 ideographic), and hyphens or dashes from grouped
 * codes such as "123 456" or "123-456" pasted from an app. This turns all of that into
 * plain ASCII digits, or says why it cannot, without ever judging the code itself.
 */
export type NormalizedCode =
	| { ok: true; code: string }
	| { ok: false; reason: 'empty' }
	| { ok: false; reason: 'not-digits' }
	| { ok: false; reason: 'wrong-length'; length: number; expected: number };

// Separators people put between digit groups: hyphen-minus, the Unicode hyphens and
// dashes, the minus sign, full-width hyphen-minus, and the katakana long-vowel mark ー
// that a Japanese IME produces when the reader presses the "-" key in kana mode.
const SEPARATORS = /[\s\u002d\u2010-\u2015\u2212\ufe63\uff0d\u30fc\uff70]/gu;
// Only full-width digits are folded. NFKC would also turn ① or ² into digits, which
// nobody types on purpose, and would hide a real typo from the reader.
const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/gu;

export function normalizeCode(input: string, digits = 6): NormalizedCode {
	const code = input.replace(SEPARATORS, '').replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
	if (code === '') return { ok: false, reason: 'empty' };
	if (!/^[0-9]+$/.test(code)) return { ok: false, reason: 'not-digits' };
	if (code.length !== digits) return { ok: false, reason: 'wrong-length', length: code.length, expected: digits };
	return { ok: true, code };
}
