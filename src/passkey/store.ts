import type { Credential, PublicKeyRecord } from './verify';

/*
 * The one practice passkey the page remembers, in localStorage so that a reload (or a
 * visit next week) still knows it. Only public parts are kept: the credential id, the
 * public key, the counter and the transports, with when it was made and the name it was
 * given on the device. The private key never leaves the device; the challenges are never
 * stored. The key is versioned: a later format reads v1 or starts afresh.
 */

export const STORAGE_KEY = 'mfa-guide:passkey-demo:v1';

export interface StoredPasskey extends Credential {
	v: 1;
	/** When it was registered, ISO 8601. */
	created: string;
	/** The user name it carries on the device ("練習用パスキー（削除してOK）…"), so the reader can find it to delete it. */
	name: string;
}

const isHex = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]+$/.test(value);

function isPublicKey(value: unknown): value is PublicKeyRecord {
	if (!value || typeof value !== 'object') return false;
	const key = value as Record<string, unknown>;
	if (key['alg'] === -7) return key['crv'] === 'P-256' && isHex(key['x']) && isHex(key['y']);
	if (key['alg'] === -257) return isHex(key['n']) && isHex(key['e']);
	return false;
}

/** The stored passkey if there is a readable one; an edited or broken entry reads as none. */
export function readPasskey(storage: Storage | undefined): StoredPasskey | undefined {
	try {
		const raw = storage?.getItem(STORAGE_KEY);
		if (!raw) return undefined;
		const stored = JSON.parse(raw) as Partial<StoredPasskey>;
		if (stored.v !== 1 || typeof stored.id !== 'string' || !/^[\w-]+$/.test(stored.id) || !isPublicKey(stored.publicKey)) return undefined;
		// The authenticator's counter is 32 bits, unsigned (WebAuthn §6.1): 0 to 2³² − 1.
		if (!Number.isSafeInteger(stored.counter) || Number(stored.counter) < 0 || Number(stored.counter) > 0xffffffff) return undefined;
		return {
			v: 1,
			id: stored.id,
			publicKey: stored.publicKey,
			counter: Number(stored.counter),
			transports: Array.isArray(stored.transports) ? stored.transports.filter((t) => typeof t === 'string') : [],
			created: typeof stored.created === 'string' ? stored.created : '',
			name: typeof stored.name === 'string' ? stored.name : '',
		};
	} catch {
		// Blocked storage or JSON edited by hand: as if nothing were stored.
		return undefined;
	}
}

/** Saves the passkey; false where storage is full or blocked (the page then keeps it until it is closed). */
export function writePasskey(storage: Storage | undefined, passkey: StoredPasskey): boolean {
	try {
		if (!storage) return false;
		storage.setItem(STORAGE_KEY, JSON.stringify(passkey));
		return true;
	} catch {
		return false;
	}
}

export function forgetPasskey(storage: Storage | undefined): void {
	try {
		storage?.removeItem(STORAGE_KEY);
	} catch {
		// Blocked storage held nothing to forget.
	}
}
