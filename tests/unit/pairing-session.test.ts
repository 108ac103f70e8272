import { describe, expect, it, vi } from 'vitest';
import { PairingSession } from '../../src/islands/pairing/session';
import { codeAt } from '../../src/totp';

/** sessionStorage as the page sees it, kept in a Map. */
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

describe('the page’s pairing session', () => {
	it('keeps the secret, the used codes and the count across a reload', () => {
		const storage = memoryStorage();
		const first = new PairingSession(storage);
		const code = codeAt(first.secret, Date.now());
		expect(first.verify(code).ok).toBe(true);

		const reloaded = new PairingSession(storage);
		expect(reloaded.secret.base32).toBe(first.secret.base32);
		expect(reloaded.successes).toBe(1);
		expect(reloaded.verify(code)).toMatchObject({ ok: false, reason: 'reused' });
	});

	it('keeps nothing but the secret and the policy’s state: no typed input is stored', () => {
		const storage = memoryStorage();
		const session = new PairingSession(storage);
		session.verify('my password 123');
		const stored = storage.getItem('mfa-guide:pairing')!;
		expect(Object.keys(JSON.parse(stored)).sort()).toEqual(['secret', 'successes', 'v', 'verifier']);
		expect(stored).not.toContain('password');
	});

	it('starts over with a new secret, forgets the old state and tells every part of the page', () => {
		const storage = memoryStorage();
		const session = new PairingSession(storage);
		const old = session.secret.base32;
		session.verify(codeAt(session.secret, Date.now()));
		const heard = vi.fn();
		session.addEventListener('secret', heard);
		session.startOver();
		expect(heard).toHaveBeenCalledOnce();
		expect(session.secret.base32).not.toBe(old);
		expect(session.successes).toBe(0);
		expect(new PairingSession(storage).secret.base32).toBe(session.secret.base32);
	});

	it.each([
		['not JSON', '{'],
		['another version', JSON.stringify({ v: 2, secret: 'AAAA', verifier: { lastStep: null, failures: 0, lockedUntil: 0 }, successes: 0 })],
		[
			'a short secret',
			JSON.stringify({ v: 1, secret: 'AAAAAAAA', verifier: { lastStep: null, failures: 0, lockedUntil: 0 }, successes: 0 }),
		],
		['a broken policy state', JSON.stringify({ v: 1, secret: 'A'.repeat(32), verifier: { failures: 'x' }, successes: 0 })],
	])('makes a fresh pairing rather than break on storage holding %s', (_, raw) => {
		const storage = memoryStorage();
		storage.setItem('mfa-guide:pairing', raw);
		const session = new PairingSession(storage);
		expect(session.secret.bytes).toHaveLength(20);
		expect(session.secret.base32).not.toBe('A'.repeat(32));
	});

	it('still works where storage is blocked', () => {
		const blocked = memoryStorage();
		blocked.setItem = () => {
			throw new DOMException('blocked', 'SecurityError');
		};
		const session = new PairingSession(blocked);
		expect(session.verify(codeAt(session.secret, Date.now())).ok).toBe(true);
		expect(new PairingSession(undefined).secret.bytes).toHaveLength(20);
	});
});
