import { describe, expect, it } from 'vitest';
import { authenticationOptions, newChallenge, registrationOptions } from '../../src/passkey/options';
import { forgetPasskey, readPasskey, STORAGE_KEY, type StoredPasskey, writePasskey } from '../../src/passkey/store';

/** localStorage as the page sees it, kept in a Map. */
function memoryStorage(): Storage {
	const map = new Map<string, string>();
	return {
		get length() {
			return map.size;
		},
		clear: () => map.clear(),
		getItem: (key) => map.get(key) ?? null,
		key: (i) => [...map.keys()][i] ?? null,
		removeItem: (key) => void map.delete(key),
		setItem: (key, value) => void map.set(key, String(value)),
	};
}

const PASSKEY: StoredPasskey = {
	v: 1,
	id: 'j3ZSUgSgqitiyqKzTcGlbuoiNs6w9vltnFf0ogDZUAA',
	publicKey: { alg: -7, crv: 'P-256', x: 'cf8833b7', y: '25568fd6' },
	counter: 3,
	transports: ['internal', 'hybrid'],
	created: '2026-11-30T04:50:00.000Z',
	name: '練習用パスキー（削除してOK）2026/11/30 13:50',
};

describe('the stored practice passkey', () => {
	it('keeps only public parts, and reads back what it wrote (a reload keeps the passkey)', () => {
		const storage = memoryStorage();
		expect(readPasskey(storage)).toBeUndefined();
		expect(writePasskey(storage, PASSKEY)).toBe(true);
		expect(readPasskey(storage)).toEqual(PASSKEY);
		expect(Object.keys(JSON.parse(storage.getItem(STORAGE_KEY)!)).sort()).toEqual(
			['v', 'id', 'publicKey', 'counter', 'transports', 'created', 'name'].sort(),
		);
	});

	it('keeps a counter anywhere in its 32 bits, unsigned: 2³¹ − 1, 2³¹ and 2³² − 1 are read back', () => {
		const storage = memoryStorage();
		for (const counter of [0x7fffffff, 0x80000000, 0xffffffff]) {
			writePasskey(storage, { ...PASSKEY, counter });
			expect(readPasskey(storage)?.counter).toBe(counter);
		}
	});

	it('“start over” forgets it', () => {
		const storage = memoryStorage();
		writePasskey(storage, PASSKEY);
		forgetPasskey(storage);
		expect(readPasskey(storage)).toBeUndefined();
	});

	it('reads an entry that is broken, edited or of another version as none, rather than failing', () => {
		const storage = memoryStorage();
		for (const raw of [
			'{',
			'null',
			JSON.stringify({ ...PASSKEY, v: 2 }),
			JSON.stringify({ ...PASSKEY, id: 'not base64url!' }),
			JSON.stringify({ ...PASSKEY, counter: -1 }),
			// Past the counter's 32 bits: no authenticator wrote that.
			JSON.stringify({ ...PASSKEY, counter: 2 ** 32 }),
			JSON.stringify({ ...PASSKEY, publicKey: { alg: -7, crv: 'P-256', x: 'zz', y: '01' } }),
			JSON.stringify({ ...PASSKEY, publicKey: { alg: -8, x: '01' } }),
		]) {
			storage.setItem(STORAGE_KEY, raw);
			expect(readPasskey(storage), raw).toBeUndefined();
		}
	});

	it('works without storage (blocked): nothing is read, a write says it failed', () => {
		expect(readPasskey(undefined)).toBeUndefined();
		expect(writePasskey(undefined, PASSKEY)).toBe(false);
		const throwing = {
			...memoryStorage(),
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
		};
		expect(writePasskey(throwing, PASSKEY)).toBe(false);
	});
});

describe('the ceremonies’ options', () => {
	it('a challenge is 32 random bytes, new every time', () => {
		const a = newChallenge();
		expect(Buffer.from(a, 'base64url')).toHaveLength(32);
		expect(newChallenge()).not.toBe(a);
	});

	it('registration asks for a passkey on the device, user verification if it can, and no attestation', () => {
		const userName = '練習用パスキー（削除してOK）';
		const options = registrationOptions({ rpId: 'localhost', rpName: '練習', userName, challenge: 'abc' });
		expect(options).toMatchObject({
			rp: { id: 'localhost', name: '練習' },
			user: { name: userName, displayName: userName },
			challenge: 'abc',
			pubKeyCredParams: [
				{ type: 'public-key', alg: -7 },
				{ type: 'public-key', alg: -257 },
			],
			authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
			attestation: 'none',
		});
		// A random user handle of 16 bytes: there is no account behind the practice passkey.
		expect(Buffer.from(options.user.id, 'base64url')).toHaveLength(16);
	});

	it('sign-in allows only the registered passkey, with its transports as a hint', () => {
		expect(authenticationOptions('localhost', 'abc', PASSKEY)).toMatchObject({
			rpId: 'localhost',
			challenge: 'abc',
			allowCredentials: [{ id: PASSKEY.id, type: 'public-key', transports: ['internal', 'hybrid'] }],
			userVerification: 'preferred',
		});
		expect(authenticationOptions('localhost', 'abc', { ...PASSKEY, transports: [] }).allowCredentials[0]).not.toHaveProperty('transports');
	});
});
