import type passkeyDemo from './passkey-demo.ja';

/** The live passkey demo in English, with the keys of passkey-demo.ja.ts. */

// Long strings are split by hand so that each line stays within 140 bytes (see ja.ts).
// biome-ignore format: the line breaks of the strings below are chosen by hand (see above).
export default {
	'passkeyDemo.rp.name': '{site} (practice)',
	'passkeyDemo.user.name': 'Practice passkey (safe to delete) {date}',

	'passkeyDemo.noscript.demo':
		'This practice needs JavaScript. With JavaScript on, you get the buttons to create a passkey, to sign in with it and to try it on a ' +
		'look-alike address. The explanations can be read as they are.',
	'passkeyDemo.noscript.part': 'This part works with JavaScript on.',
	'passkeyDemo.unsupported':
		'This browser cannot create passkeys (it does not support WebAuthn, the technology behind passkeys, or the page was not opened at an ' +
		'https:// address). Open the page at its https:// address in a recent Chrome, Edge, Safari or Firefox. The explanations can be read as ' +
		'they are.',
	'passkeyDemo.unsupported.part': 'This part works in a browser that supports passkeys.',
	'passkeyDemo.waiting': 'Follow what your browser or device shows (fingerprint, face, PIN, or scan the QR code with your phone).',

	'passkeyDemo.create.button': 'Create a passkey',
	'passkeyDemo.create.stateNone': 'No practice passkey yet.',
	'passkeyDemo.create.stateSaved': 'You have the practice passkey “{name}” (for {rpId}). This browser keeps its public key only.',
	'passkeyDemo.create.again': 'To make a new one, press “Start over” at the end of the page first.',
	'passkeyDemo.create.done': 'Your passkey is ready. Next, sign in with it in “2. Sign in with the passkey”: no password needed.',
	'passkeyDemo.create.bound': 'This passkey is for {rpId} only. Pages at other addresses cannot use it.',
	'passkeyDemo.create.storeFailed': 'This browser’s storage is not available, so the page forgets the passkey when you close it.',

	'passkeyDemo.signin.button': 'Sign in with the passkey',
	'passkeyDemo.signin.needPasskey': 'First create a practice passkey in “1. Create a passkey”.',
	'passkeyDemo.signin.done': 'Signed in with your passkey, no password needed (time {count}).',

	'passkeyDemo.check.summary': 'What this page checked ({count} checks)',
	'passkeyDemo.check.challenge': 'Challenge: matches the single-use value (32 random bytes) this page issued just now',
	'passkeyDemo.check.origin': 'Origin: used at this site’s address, {origin}',
	'passkeyDemo.check.rpId': 'RP ID (which site it is for): a passkey for {rpId}',
	'passkeyDemo.check.userPresent': 'User present (UP): a person operated the device',
	'passkeyDemo.check.userVerifiedYes': 'User verified (UV): yes. The device checked it was you (fingerprint, face, PIN…)',
	'passkeyDemo.check.userVerifiedNo':
		'User verified (UV): no. The device did not check who you are (for example a security key without a PIN). This practice accepts it; a ' +
		'real sign-in usually asks for it',
	'passkeyDemo.check.publicKey': 'Public key: received and kept in this browser ({algorithm}). The private key never leaves the device',
	'passkeyDemo.check.signature': 'Signature: checked with the stored public key ({algorithm})',
	'passkeyDemo.check.counter': 'Counter: {counter} (some passkeys always say 0; for those that count, it must be higher than last time)',
	'passkeyDemo.check.attestation': 'Attestation (proof of who made the device): not asked for, so not checked',

	'passkeyDemo.refused.malformed': 'The passkey’s answer could not be read. Please try again.',
	'passkeyDemo.refused.ceremony': 'The answer is of the wrong kind (creating and signing in are mixed up). Please try again.',
	'passkeyDemo.refused.challenge':
		'The challenge does not match: this answer is not for the value this page issued just now (an old answer sent again, for example). ' +
		'Please press again.',
	'passkeyDemo.refused.origin': 'This answer was made at another address. Open the page at this site’s address ({origin}).',
	'passkeyDemo.refused.rpId':
		'This answer comes from a passkey of another site (not one for {rpId}). Choose this site’s practice passkey.',
	'passkeyDemo.refused.userPresent':
		'The device did not report that a person operated it (no UP flag). Press again and follow what your device shows.',
	'passkeyDemo.refused.algorithm':
		'This key is of a kind the page cannot check (it checks ES256 and RS256). Choose another device or place to save it.',
	'passkeyDemo.refused.credential':
		'A passkey other than the one you registered answered (another site’s, or a practice passkey made before). Press again and choose ' +
		'“{name}”.',
	'passkeyDemo.refused.signature':
		'The signature does not match the stored public key, so the sign-in was refused. If it happens again, press “Start over” and ' +
		'create a new passkey.',
	'passkeyDemo.refused.counter': 'The counter did not go up since last time. The passkey may have been copied, so the sign-in was refused.',

	'passkeyDemo.error.createCancelled':
		'No passkey was created: the prompt was closed or timed out. Press “Create a passkey” again to retry.',
	'passkeyDemo.error.signinCancelled':
		'The sign-in did not finish: the prompt was closed or timed out, or this device no longer has the practice passkey (it was deleted). ' +
		'Press again, or if you deleted the passkey, press “Start over” and create a new one.',
	'passkeyDemo.error.aborted': 'A new request started, so the one before was cancelled.',
	'passkeyDemo.error.exists': 'This device (or place to save) already has a passkey for this site. Choose another place to save it.',
	'passkeyDemo.error.domain': 'Passkeys cannot be used at this address (an IP address, for example). Open the page at the site’s name.',
	'passkeyDemo.error.noAuthenticator':
		'This device (or the place you chose) cannot create a passkey for this site. Choose another place, or your phone (QR code).',
	'passkeyDemo.error.loadFailed': 'The checking code could not be loaded. Check your connection and press again.',
	'passkeyDemo.error.unknown': 'Something went wrong ({name}). Please try again.',

	'passkeyDemo.lookalike.button': 'Try it on a look-alike address',
	'passkeyDemo.lookalike.needSignIn': 'First sign in with “2. Sign in with the passkey”. The demo uses that answer.',
	'passkeyDemo.lookalike.intro': 'If a site at the look-alike address {fake} checked your last sign-in’s answer:',
	'passkeyDemo.lookalike.origin': 'Refused (wrong address): the answer says it was used at {origin}, not {fake}.',
	'passkeyDemo.lookalike.rpId':
		'Refused (wrong RP ID): the signed data names {rpId}, not {fakeRpId}. Changing it would break the signature.',
	'passkeyDemo.lookalike.browser':
		'In reality, the browser would not even offer this passkey on a page at {fake}: a passkey works only on the site it was made for ' +
		'({rpId}).',
	'passkeyDemo.lookalike.unexpected': 'Unexpectedly, checking it as {fake} did not refuse it.',

	'passkeyDemo.reset.button': 'Start over (forget the passkey on this page)',
	'passkeyDemo.reset.done':
		'This browser no longer keeps the practice passkey’s record (its public key). Delete the passkey “{name}” from your device as ' +
		'described above.',
	'passkeyDemo.reset.nothing': 'There is nothing to forget.',
} as const satisfies Record<keyof typeof passkeyDemo, string>;
