import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	type Algorithm,
	APP_PARAMS,
	codeAt,
	createSecret,
	groupKey,
	keyUri,
	msLeftInStep,
	normalizeCode,
	Secret,
	secretFromBase32,
	stepAt,
} from '../../src/totp';

// RFC 6238 Appendix B, copied here on purpose rather than computed: the seeds are the
// ASCII strings of the RFC's reference code, one per hash, and every code has 8 digits.
const SEEDS: Record<Algorithm, string> = {
	SHA1: '12345678901234567890',
	SHA256: '12345678901234567890123456789012',
	SHA512: '1234567890123456789012345678901234567890123456789012345678901234',
};
const VECTORS: [seconds: number, sha1: string, sha256: string, sha512: string][] = [
	[59, '94287082', '46119246', '90693936'],
	[1111111109, '07081804', '68084774', '25091201'],
	[1111111111, '14050471', '67062674', '99943326'],
	[1234567890, '89005924', '91819424', '93441116'],
	[2000000000, '69279037', '90698825', '38618901'],
	[20000000000, '65353130', '77737706', '47863826'],
];

describe('RFC 6238 test vectors', () => {
	for (const [seconds, ...codes] of VECTORS) {
		(['SHA1', 'SHA256', 'SHA512'] as const).forEach((algorithm, i) => {
			it(`${algorithm} at T=${seconds}s gives ${codes[i]}`, () => {
				const secret = Secret.fromLatin1(SEEDS[algorithm]);
				expect(codeAt(secret, seconds * 1000, { algorithm, digits: 8, period: 30 })).toBe(codes[i]);
			});
		});
	}

	it('puts 1111111109 s and 1111111111 s in neighbouring 30-s steps, as the table says', () => {
		expect(stepAt(1111111109 * 1000)).toBe(0x023523ec);
		expect(stepAt(1111111111 * 1000)).toBe(0x023523ed);
		expect(msLeftInStep(1111111109 * 1000)).toBe(1000);
	});
});

describe('secrets and key URIs', () => {
	it('makes a 160-bit secret from the random source it is given', () => {
		const secret = createSecret((bytes) => bytes.fill(0xab));
		expect(secret.bytes).toHaveLength(20);
		expect(secret.hex).toBe('AB'.repeat(20));
		// 160 bits are exactly 32 base32 characters, with no padding for apps to choke on.
		expect(secret.base32).toMatch(/^[A-Z2-7]{32}$/);
	});

	it('draws a different secret each time from the platform’s crypto', () => {
		const seen = new Set(Array.from({ length: 50 }, () => createSecret().base32));
		expect(seen.size).toBe(50);
	});

	it('reads a stored secret back, and refuses something that is not base32', () => {
		const secret = createSecret();
		expect(secretFromBase32(secret.base32).hex).toBe(secret.hex);
		expect(() => secretFromBase32('not base32!')).toThrow();
	});

	it('groups the key in fours for typing by hand', () => {
		expect(groupKey('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')).toBe('ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567');
		expect(groupKey('ABCDEF')).toBe('ABCD EF');
	});

	it('builds an otpauth URI that apps accept: SHA1, 6 digits, 30 s, issuer in label and parameter', () => {
		const secret = createSecret((bytes) => bytes.fill(1));
		const uri = new URL(keyUri(secret, { issuer: '練習 (削除してOK)', account: 's1234567@example.ac.jp' }));
		expect(uri.protocol).toBe('otpauth:');
		expect(uri.host).toBe('totp');
		expect(decodeURIComponent(uri.pathname)).toBe('/練習 (削除してOK):s1234567@example.ac.jp');
		expect(Object.fromEntries(uri.searchParams)).toEqual({
			issuer: '練習 (削除してOK)',
			secret: secret.base32,
			algorithm: 'SHA1',
			digits: '6',
			period: '30',
		});
	});

	it('makes the same codes as an HMAC-SHA1 computed by Node itself (RFC 4226 truncation)', () => {
		const secret = createSecret();
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 2 ** 40 }), (seconds) => {
				const counter = Buffer.alloc(8);
				counter.writeBigUInt64BE(BigInt(Math.floor(seconds / 30)));
				const mac = createHmac('sha1', Buffer.from(secret.bytes)).update(counter).digest();
				const at = mac[19]! & 0xf;
				const expected = String((mac.readUInt32BE(at) & 0x7fffffff) % 1e6).padStart(6, '0');
				expect(codeAt(secret, seconds * 1000, APP_PARAMS)).toBe(expected);
			}),
			{ numRuns: 200 },
		);
	});
});

describe('normalizeCode: what people really type', () => {
	it.each([
		['123456', '123456'],
		['123 456', '123456'],
		[' 123 456 ', '123456'],
		['123-456', '123456'],
		['１２３４５６', '123456'],
		['１２３　４５６', '123456'],
		['１２３ー４５６', '123456'],
		['123\u00a0456\n', '123456'],
		['12 34 56', '123456'],
	])('reads %j as %s', (input, code) => {
		expect(normalizeCode(input)).toEqual({ ok: true, code });
	});

	it('calls blank input empty', () => {
		expect(normalizeCode('')).toEqual({ ok: false, reason: 'empty' });
		expect(normalizeCode(' 　- ')).toEqual({ ok: false, reason: 'empty' });
	});

	it.each(['12345a', 'abcdef', '123.456', '①②③④⑤⑥', '12345６x', '+123456', '１２３abc'])(
		'says %j is not digits, whatever its length',
		(input) => {
			expect(normalizeCode(input)).toMatchObject({ ok: false, reason: 'not-digits' });
		},
	);

	it('says how long a code of digits is when it is too short or too long', () => {
		expect(normalizeCode('12345')).toEqual({ ok: false, reason: 'wrong-length', length: 5, expected: 6 });
		expect(normalizeCode('1234 5678')).toEqual({ ok: false, reason: 'wrong-length', length: 8, expected: 6 });
		expect(normalizeCode('12345678', 8)).toEqual({ ok: true, code: '12345678' });
	});

	it('reads any six digits back however they are spaced and whatever their width', () => {
		const digit = fc.integer({ min: 0, max: 9 });
		const typed = fc.record({
			digits: fc.array(digit, { minLength: 6, maxLength: 6 }),
			wide: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
			gaps: fc.array(fc.constantFrom('', ' ', '\u3000', '-', 'ー', '  '), { minLength: 7, maxLength: 7 }),
		});
		fc.assert(
			fc.property(typed, ({ digits, wide, gaps }) => {
				const input = digits.map((d, i) => gaps[i] + (wide[i] ? String.fromCharCode(0xff10 + d) : String(d))).join('') + gaps[6];
				expect(normalizeCode(input)).toEqual({ ok: true, code: digits.join('') });
			}),
		);
	});
});

describe('otpauth, on Oslo’s HMAC', () => {
	it('makes the codes otpauth’s default build makes with its own hashes, for every algorithm', async () => {
		const { Secret: Full, TOTP } = await import('otpauth');
		fc.assert(
			fc.property(
				fc.uint8Array({ minLength: 10, maxLength: 64 }),
				fc.integer({ min: 0, max: 2 ** 40 }),
				fc.constantFrom<Algorithm>('SHA1', 'SHA256', 'SHA512'),
				(bytes, seconds, algorithm) => {
					const hex = Buffer.from(bytes).toString('hex');
					const params = { algorithm, digits: 8, period: 30 };
					expect(codeAt(Secret.fromHex(hex), seconds * 1000, params)).toBe(
						TOTP.generate({ secret: Full.fromHex(hex), timestamp: seconds * 1000, ...params }),
					);
				},
			),
			{ numRuns: 200 },
		);
	});

	it('writes a key URI that otpauth reads back: the same secret, issuer, account and parameters', async () => {
		const { URI } = await import('otpauth');
		const secret = createSecret();
		const parsed = URI.parse(keyUri(secret, { issuer: '練習 (削除してOK)', account: 'a@example.ac.jp' }));
		expect(parsed).toMatchObject({ issuer: '練習 (削除してOK)', label: 'a@example.ac.jp', algorithm: 'SHA1', digits: 6, period: 30 });
		expect(parsed.secret.base32).toBe(secret.base32);
	});

	it('forgives a key copied with any whitespace and in lower case', () => {
		const secret = createSecret();
		const copied = ` ${groupKey(secret.base32).toLowerCase().replaceAll(' ', '\u00a0')}\n`;
		expect(secretFromBase32(copied).hex).toBe(secret.hex);
	});
});
