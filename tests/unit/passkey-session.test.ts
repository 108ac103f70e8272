import { readFileSync } from 'node:fs';
import type { RegistrationResponseJSON } from '@simplewebauthn/browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LANGS, pick } from '../../src/i18n';
import { fill } from '../../src/i18n/format';
import { type Failure, PasskeySession } from '../../src/islands/passkey/session';
import type { PasskeyKey } from '../../src/islands/passkey/text';
import { failureText } from '../../src/islands/passkey/ui';

// The browser's side of a ceremony, replaced: each test says what the "browser" answers.
const browser = vi.hoisted(() => ({ startRegistration: vi.fn(), startAuthentication: vi.fn() }));
vi.mock('@simplewebauthn/browser', () => ({ ...browser, browserSupportsWebAuthn: () => true }));

const ES256 = JSON.parse(readFileSync(new URL('../fixtures/passkey/es256.json', import.meta.url), 'utf8')) as {
	origin: string;
	registration: { response: RegistrationResponseJSON };
};
const place = { origin: ES256.origin, hostname: 'localhost' };
const named = () => ({ rpName: 'MFA guide (practice)', userName: 'Practice passkey (safe to delete)' });
const domError = (name: string) => Object.assign(new Error(`${name} from the browser`), { name });

beforeEach(() => {
	browser.startRegistration.mockReset();
	browser.startAuthentication.mockReset();
});

describe('the page’s passkey session', () => {
	it('names each refusal of the browser, and keeps nothing from a failed ceremony', async () => {
		const cases: [string, Failure][] = [
			['NotAllowedError', 'cancelled'],
			['AbortError', 'aborted'],
			['InvalidStateError', 'exists'],
			['SecurityError', 'domain'],
			['ConstraintError', 'no-authenticator'],
			['NotSupportedError', 'no-authenticator'],
		];
		const session = new PasskeySession(undefined, place, true);
		for (const [name, failure] of cases) {
			browser.startRegistration.mockRejectedValueOnce(domError(name));
			expect(await session.register(named), name).toEqual({ ok: false, failure });
		}
		browser.startRegistration.mockRejectedValueOnce(domError('UnknownError'));
		expect(await session.register(named)).toEqual({ ok: false, failure: 'unknown', name: 'UnknownError' });
		expect(session.passkey).toBeUndefined();
		expect(session.busy).toBe(false);
	});

	it('asks the browser for this host’s passkey, and refuses an answer recorded for another challenge', async () => {
		browser.startRegistration.mockResolvedValueOnce(ES256.registration.response);
		const session = new PasskeySession(undefined, place, true);
		expect(await session.register(named)).toEqual({ ok: false, failure: 'challenge' });
		const [{ optionsJSON }] = browser.startRegistration.mock.calls[0]!;
		expect(optionsJSON).toMatchObject({ rp: { id: 'localhost' }, user: { name: 'Practice passkey (safe to delete)' } });
		// A new challenge for every ceremony.
		browser.startRegistration.mockResolvedValueOnce(ES256.registration.response);
		await session.register(named);
		expect(browser.startRegistration.mock.calls[1]![0].optionsJSON.challenge).not.toBe(optionsJSON.challenge);
	});

	it('signs in only with a registered passkey, and shows the look-alike only after a sign-in', async () => {
		const session = new PasskeySession(undefined, place, true);
		expect(await session.signIn()).toEqual({ ok: false, failure: 'no-passkey' });
		expect(browser.startAuthentication).not.toHaveBeenCalled();
		expect(await session.lookalike('https://login-microsoftonline.example')).toEqual({ ok: false, failure: 'no-sign-in' });
	});

	it('without WebAuthn, says so instead of calling the browser', async () => {
		const session = new PasskeySession(undefined, place, false);
		expect(await session.register(named)).toEqual({ ok: false, failure: 'unsupported' });
		expect(browser.startRegistration).not.toHaveBeenCalled();
	});
});

describe('the words for each failure', () => {
	const FAILURES: Failure[] = [
		'malformed',
		'ceremony',
		'challenge',
		'origin',
		'rp-id',
		'user-present',
		'algorithm',
		'credential',
		'signature',
		'counter',
		'cancelled',
		'aborted',
		'exists',
		'domain',
		'no-authenticator',
		'unsupported',
		'load-failed',
		'no-passkey',
		'no-sign-in',
		'unknown',
	];
	for (const lang of LANGS) {
		it(`(${lang}) every failure has its own message, with its values filled in`, () => {
			const strings: Partial<Record<PasskeyKey, string>> = pick(lang, ['passkeyDemo.']);
			const t = (key: PasskeyKey, values = {}) => fill(strings[key] ?? '', values);
			const values = { origin: 'https://mfa.example.ac.jp', rpId: 'mfa.example.ac.jp', name: 'Practice passkey', error: 'UnknownError' };
			for (const ceremony of ['create', 'signin'] as const) {
				const texts = FAILURES.map((failure) => failureText(t, failure, ceremony, values));
				for (const [i, text] of texts.entries()) {
					expect(text, FAILURES[i]).not.toBe('');
					expect(text, FAILURES[i]).not.toMatch(/\{\w+\}/);
				}
				expect(new Set(texts).size, `${ceremony}: two failures share a message`).toBe(FAILURES.length);
			}
			// A cancelled sign-in also covers a passkey deleted from the device.
			expect(failureText(t, 'cancelled', 'signin', values)).not.toBe(failureText(t, 'cancelled', 'create', values));
		});
	}
});
