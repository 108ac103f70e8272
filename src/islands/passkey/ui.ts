import type { Values } from '../../i18n/format';
import { type Algorithm, algorithmName } from '../../passkey/options';
import type { Facts } from '../../passkey/verify';
import type { Failure } from './session';
import { checkList, type PasskeyKey } from './text';

type T = (key: PasskeyKey, values?: Values) => string;

/** The words for each failure: a refusal of the answer, or what the browser said, per ceremony. */
export function failureText(
	t: T,
	failure: Failure,
	ceremony: 'create' | 'signin',
	values: { origin: string; rpId: string; name: string; error?: string },
): string {
	switch (failure) {
		case 'malformed':
			return t('passkeyDemo.refused.malformed');
		case 'ceremony':
			return t('passkeyDemo.refused.ceremony');
		case 'challenge':
			return t('passkeyDemo.refused.challenge');
		case 'origin':
			return t('passkeyDemo.refused.origin', values);
		case 'rp-id':
			return t('passkeyDemo.refused.rpId', values);
		case 'user-present':
			return t('passkeyDemo.refused.userPresent');
		case 'algorithm':
			return t('passkeyDemo.refused.algorithm');
		case 'credential':
			return t('passkeyDemo.refused.credential', values);
		case 'signature':
			return t('passkeyDemo.refused.signature');
		case 'counter':
			return t('passkeyDemo.refused.counter');
		case 'cancelled':
			return t(ceremony === 'create' ? 'passkeyDemo.error.createCancelled' : 'passkeyDemo.error.signinCancelled');
		case 'aborted':
			return t('passkeyDemo.error.aborted');
		case 'exists':
			return t('passkeyDemo.error.exists');
		case 'domain':
			return t('passkeyDemo.error.domain');
		case 'no-authenticator':
			return t('passkeyDemo.error.noAuthenticator');
		case 'unsupported':
			return t('passkeyDemo.unsupported');
		case 'load-failed':
			return t('passkeyDemo.error.loadFailed');
		case 'no-passkey':
			return t('passkeyDemo.signin.needPasskey');
		case 'no-sign-in':
			return t('passkeyDemo.lookalike.needSignIn');
		case 'unknown':
			return t('passkeyDemo.error.unknown', { name: values.error ?? '?' });
	}
}

/**
 * The ticks after an accepted answer: what the page checked, in the order it checked them,
 * folded under one line. They are for the curious (RP ID, UP/UV, ES256 mean nothing to most
 * students): the plain sentence before them is what everyone reads.
 */
export function checksOf(t: T, facts: Facts, algorithm: Algorithm, ceremony: 'create' | 'signin'): HTMLDetailsElement {
	const alg = algorithmName(algorithm);
	const list = checkList([
		{ mark: '✓', text: t('passkeyDemo.check.challenge') },
		{ mark: '✓', text: t('passkeyDemo.check.origin', { origin: facts.origin }) },
		{ mark: '✓', text: t('passkeyDemo.check.rpId', { rpId: facts.rpId }) },
		{ mark: '✓', text: t('passkeyDemo.check.userPresent') },
		facts.userVerified
			? { mark: '✓', text: t('passkeyDemo.check.userVerifiedYes') }
			: { mark: '–', text: t('passkeyDemo.check.userVerifiedNo') },
		...(ceremony === 'create'
			? [
					{ mark: '✓' as const, text: t('passkeyDemo.check.publicKey', { algorithm: alg }) },
					{ mark: '–' as const, text: t('passkeyDemo.check.attestation') },
				]
			: [
					{ mark: '✓' as const, text: t('passkeyDemo.check.signature', { algorithm: alg }) },
					{ mark: '✓' as const, text: t('passkeyDemo.check.counter', { counter: facts.counter }) },
				]),
	]);
	const details = Object.assign(document.createElement('details'), { className: 'mfa-passkey-details' });
	details.append(
		Object.assign(document.createElement('summary'), { textContent: t('passkeyDemo.check.summary', { count: list.children.length }) }),
		list,
	);
	return details;
}

/** A date and time as the page's language writes it (the passkey's name, when it was made). */
export function dateTime(intl: string, date: Date): string {
	return new Intl.DateTimeFormat(intl, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(
		date,
	);
}
