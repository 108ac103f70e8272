import { assign } from 'xstate';
import { PRACTICE_PHONE } from '../../backend/model';
import { passkeyPhoneActors, pcActors } from '../../machines/actors';
import { readText, textCame } from '../../machines/carrier-phone';
import { challengeStates, codeEntryStates, initialPcContext, pcSetup, serviceStates, type VerifySteps } from '../../machines/pc';
import { nextDay, pc, phone, type ScriptEntry } from '../../machines/runtime';
import { passkeyPhone, passkeyQrOnPc } from '../../machines/today/passkey-phone';
import type { PracticeFlow } from '../../screens/model';
import { PASSKEY_PC_SCREENS, PASSKEY_PHONE_SCREENS } from '../../screens/today/passkey';
import * as PC from '../../screens/today/pc';

/**
 * Today's passkey (as of November 2026; facts §8, §10): since 1 September 2026 a student who
 * signs in with a text or a call is asked, once signed in, to create a passkey; "Skip for now"
 * puts it off until the next sign-in (from 1 February 2027 it cannot be skipped). The passkey
 * lives in Microsoft Authenticator on the phone. Signing in on a PC then shows a QR code: the
 * phone's camera reads it, the phone reaches the PC over Bluetooth and unlocks with the
 * student's face, fingerprint or PIN. A look-alike site cannot use the passkey: it is bound
 * to Microsoft's address (the live demo at /passkey-demo/ shows it with a real one).
 *
 * Before the QR code, Windows 11 asks where the passkey is ("iPhone, iPad, or Android device",
 * then Next). The phone reaches the PC over Bluetooth, which many computer-room PCs lack: there
 * the student takes "Sign in with a different method" and the text's code, as before the passkey
 * (the only other method this practice's account has). The service page offers that PC as an
 * optional last step, once signed in with the passkey.
 *
 * The chapter counts the text's sign-in in registration (it is where the prompt comes from):
 * the PC's phase is "setup" until the account has a passkey, then "signin".
 */

// The text's code is typed at the sign-in that leads to the prompt, and, once there is a passkey, on a PC without Bluetooth.
const entering = { setup: 'setup-enter-code', signin: 'signin-no-bluetooth' } as const satisfies VerifySteps;
const signInMeta = { step: { setup: 'setup-sign-in', signin: 'signin-sign-in' }, screen: 'signIn' } as const;
const prompt = 'setup-passkey-prompt' as const;
// A sign-in skipped past the prompt belongs to the prompt's step; a sign-in with the passkey ends at signin-done.
const signedIn = { setup: prompt, signin: 'signin-done' } as const satisfies VerifySteps;
const scanning = ['signin-scan-qr', 'signin-unlock'] as const;
const noBluetooth = 'signin-no-bluetooth' as const;

const service = serviceStates(pcSetup);

/**
 * Signed in, at `step`, with the practice's PC without Bluetooth on offer: signing in there (its password taken as
 * typed) brings Windows' dialog at once. Only once the account has a passkey (the sign-in phase): before, there is
 * nothing to miss.
 */
const signedInState = (step: typeof signedIn | typeof noBluetooth) =>
	pcSetup.createStateConfig({
		...service.service,
		meta: { step, screen: 'service' },
		on: {
			...service.service.on,
			'pc.noBluetooth': {
				guard: ({ context }) => context.phase === 'signin',
				target: 'noBluetoothDevice',
				actions: assign({ noBluetooth: true, remembered: false, notice: null, error: null }),
			},
		},
	});

const passkeyPc = pcSetup.createMachine({
	id: 'pc',
	context: initialPcContext,
	initial: 'signIn',
	states: {
		signIn: {
			meta: signInMeta,
			on: { 'pc.signIn': { target: 'signingIn', actions: 'clearError' } },
		},
		signingIn: {
			meta: signInMeta,
			tags: 'busy',
			invoke: {
				src: 'signIn',
				onDone: [
					{ guard: ({ event }) => event.output.next === 'done', target: 'service', actions: assign({ remembered: true }) },
					// With a passkey, the service asks for it first (system-preferred MFA, facts §6.4): Windows asks where it is.
					{
						guard: ({ event }) => event.output.method === 'passkey',
						target: 'choosingDevice',
						actions: assign({ phase: 'signin', remembered: false, noBluetooth: false }),
					},
					{ target: 'startingChallenge', actions: assign({ phase: 'setup', remembered: false }) },
				],
				onError: { target: 'signIn', actions: 'failed' },
			},
		},
		...challengeStates(pcSetup, 'sms', entering, 'enterCode', undefined, 'signin'),
		...codeEntryStates(pcSetup, entering, 'passkeyPrompt', { resend: true, signedIn: 'otherStay' }),
		// After the text's code: "create a passkey" (its words are UNVERIFIED), Next or "Skip for now".
		passkeyPrompt: {
			meta: { step: prompt, screen: 'passkeyPrompt' },
			on: {
				'pc.next': { target: 'openApp', actions: ['clearError', 'clearNotice'] },
				'pc.skip': { target: 'staySignedIn', actions: ['clearError', assign({ notice: 'skipped' })] },
			},
		},
		// The wizard sends the student to the app and waits; Next asks the service for the passkey.
		openApp: {
			meta: { step: ['setup-open-app', 'setup-create-passkey'], screen: 'openApp' },
			tags: 'phone-leads',
			on: {
				'pc.next': { target: 'confirming', actions: 'clearError' },
				'pc.back': { target: 'passkeyPrompt', actions: 'clearError' },
			},
		},
		confirming: {
			meta: { step: ['setup-open-app', 'setup-create-passkey'], screen: 'openApp' },
			tags: 'busy',
			invoke: {
				src: 'confirmPasskey',
				onDone: { target: 'added', actions: assign({ notice: 'verified' }) },
				onError: { target: 'openApp', actions: 'failed' },
			},
		},
		added: {
			meta: { step: 'setup-done', screen: 'added' },
			on: { 'pc.done': { target: 'signIn', actions: assign({ phase: 'signin', notice: 'registered', error: null }) } },
		},
		// Windows 11's dialog (facts after-enrolment §5): the passkey is on a phone (its QR code follows) or a security key,
		// which this practice has none of. "Sign in with a different method" is the sign-in page's, behind the dialog.
		choosingDevice: {
			meta: { step: 'signin-sign-in', screen: 'passkeyWhere' },
			on: {
				'pc.chooseDevice': [
					{ guard: ({ event }) => event.device === 'phone', target: 'startingPasskey', actions: 'clearError' },
					{ actions: { type: 'setError', params: { error: 'choose-phone-device' } } },
				],
				'pc.otherWay': { target: 'otherWays', actions: 'clearError' },
			},
		},
		// The same dialog on a PC without Bluetooth: Windows still offers the phone ([3P-AUTHCHOOSER], sources.ts), which
		// cannot reach it. The practice says so rather than show a QR code that would never connect.
		noBluetoothDevice: {
			meta: { step: noBluetooth, screen: 'passkeyWhere' },
			on: {
				'pc.chooseDevice': { actions: { type: 'setError', params: { error: 'no-bluetooth' } } },
				'pc.otherWay': { target: 'otherWays', actions: 'clearError' },
			},
		},
		// "Sign in with a different method": this account's methods, the passkey first (system-preferred), then its texts.
		otherWays: {
			meta: { step: noBluetooth, screen: 'otherWays' },
			on: {
				'pc.useWay': [
					{ guard: ({ event }) => event.way === 'sms', target: 'startingChallenge', actions: 'clearError' },
					{ guard: ({ context }) => context.noBluetooth, target: 'noBluetoothDevice', actions: 'clearError' },
					{ target: 'choosingDevice', actions: 'clearError' },
				],
			},
		},
		// Signing in with the passkey from this PC: a QR code for a phone.
		startingPasskey: {
			meta: { step: 'signin-scan-qr', screen: 'passkeyQr' },
			tags: 'busy',
			invoke: {
				src: 'startPasskeySignIn',
				onDone: { target: 'showQr', actions: assign({ passkey: ({ event }) => event.output, notice: null }) },
				onError: { target: 'passkeyFailed', actions: ['failed', 'clearNotice'] },
			},
		},
		showQr: {
			meta: { step: scanning, screen: 'passkeyQr' },
			tags: 'phone-leads',
			invoke: { src: 'watchPasskey', input: ({ context }) => ({ id: context.passkey?.id ?? '', waiting: ['pending'] }) },
			on: {
				// No Bluetooth after all (the QR code never connects): the sign-in page's other methods.
				'pc.otherWay': { target: 'otherWays', actions: 'clearError' },
				'passkey.scanned': 'connected',
				'passkey.verified': 'staySignedIn',
				'passkey.cancelled': { target: 'passkeyFailed', actions: assign({ notice: 'cancelled' }) },
				'passkey.expired': { target: 'passkeyFailed', actions: assign({ notice: 'expired' }) },
			},
		},
		// The phone has read the code and reached this PC: it waits for the phone's screen lock.
		connected: {
			meta: { step: 'signin-unlock', screen: 'passkeyConnected' },
			tags: 'phone-leads',
			invoke: {
				src: 'watchPasskey',
				input: ({ context }) => ({ id: context.passkey?.id ?? '', waiting: ['pending', 'scanned'] }),
			},
			on: {
				'passkey.verified': 'staySignedIn',
				'passkey.cancelled': { target: 'passkeyFailed', actions: assign({ notice: 'cancelled' }) },
				'passkey.expired': { target: 'passkeyFailed', actions: assign({ notice: 'expired' }) },
			},
		},
		// Cancelled on the phone, the code expired, or the service unreachable: why, and a new QR code.
		passkeyFailed: {
			meta: { step: { setup: prompt, signin: 'signin-scan-qr' }, screen: 'passkeyFailed', next: 'pc' },
			on: {
				'pc.retry': [
					{ guard: 'completionFailed', target: 'completing', actions: 'clearError' },
					{ target: 'startingPasskey', actions: 'clearError' },
				],
			},
		},
		staySignedIn: {
			meta: { step: signedIn, screen: 'staySignedIn' },
			on: {
				'pc.dontShow': { actions: assign({ dontShow: ({ event }) => event.checked }) },
				'pc.stay': { target: 'completing', actions: 'clearError' },
			},
		},
		completing: {
			meta: { step: signedIn, screen: 'staySignedIn' },
			tags: 'busy',
			invoke: {
				src: 'completeSignIn',
				input: ({ context }) => (context.remember ? context.rememberDays : null),
				onDone: { target: 'service', actions: assign({ completionFailed: false, dontShow: false }) },
				onError: { target: 'passkeyFailed', actions: ['failed', assign({ completionFailed: true })] },
			},
		},
		// Signed in with the text's code on the PC without Bluetooth: "Stay signed in?" as after the passkey.
		otherStay: {
			meta: { step: noBluetooth, screen: 'staySignedIn' },
			on: {
				'pc.dontShow': { actions: assign({ dontShow: ({ event }) => event.checked }) },
				'pc.stay': { target: 'otherCompleting', actions: 'clearError' },
			},
		},
		otherCompleting: {
			meta: { step: noBluetooth, screen: 'staySignedIn' },
			tags: 'busy',
			invoke: {
				src: 'completeSignIn',
				input: ({ context }) => (context.remember ? context.rememberDays : null),
				onDone: { target: 'drilled', actions: assign({ completionFailed: false, dontShow: false }) },
				// The code was accepted: answering again finishes the sign-in, no new text needed.
				onError: { target: 'otherStay', actions: 'failed' },
			},
		},
		// Signed in; after "Skip for now" the service page says the prompt will come again. Once signed in with the
		// passkey the practice is done, and the PC without Bluetooth is on offer (optional: it stays done).
		service: signedInState(signedIn),
		// Signed in on the PC without Bluetooth: the end of that step, and the drill still on offer.
		drilled: signedInState(noBluetooth),
		advancing: { ...service.advancing, meta: { step: signedIn, screen: 'service' } },
	},
});

/** The PC's QR code as the phone's camera reads it. */
const captureQr = phone((s) => ({ type: 'phone.capture', code: passkeyQrOnPc(s.pc.getSnapshot()) }));

/** Today's passkey practice, done right: an SMS user meets the prompt, creates the passkey, and signs in with it. */
export const PASSKEY_SCRIPT: ScriptEntry[] = [
	{ step: 'setup-sign-in', actions: [pc({ type: 'pc.signIn' })] },
	{ step: 'setup-enter-code', ready: textCame, actions: readText },
	{ step: prompt, actions: [pc({ type: 'pc.next' })] },
	{
		step: 'setup-open-app',
		actions: [
			phone({ type: 'phone.home' }),
			phone({ type: 'phone.openApp' }),
			phone({ type: 'phone.add' }),
			phone({ type: 'phone.signIn' }),
		],
	},
	{
		step: 'setup-create-passkey',
		actions: [
			phone({ type: 'phone.createPasskey' }),
			phone({ type: 'phone.unlock' }),
			phone({ type: 'phone.providerOn' }),
			phone({ type: 'phone.done' }),
			pc({ type: 'pc.next' }),
		],
	},
	{ step: 'setup-done', actions: [pc({ type: 'pc.done' }), nextDay] },
	{ step: 'signin-sign-in', actions: [pc({ type: 'pc.signIn' }), pc({ type: 'pc.chooseDevice', device: 'phone' })] },
	{ step: 'signin-scan-qr', actions: [phone({ type: 'phone.openCamera' }), captureQr] },
	{ step: 'signin-unlock', actions: [phone({ type: 'phone.unlock' })] },
	{ step: 'signin-done', actions: [pc({ type: 'pc.stay', stay: false }), pc({ type: 'pc.noBluetooth' })] },
	{
		step: noBluetooth,
		actions: [pc({ type: 'pc.otherWay' }), pc({ type: 'pc.useWay', way: 'sms' }), ...readText, pc({ type: 'pc.stay', stay: false })],
	},
];

export const flow: PracticeFlow = {
	method: 'passkey',
	pc: passkeyPc,
	phone: passkeyPhone,
	plug: (deps) => ({
		pc: passkeyPc.provide({ actors: pcActors(deps.pc) }),
		phone: passkeyPhone.provide({ actors: passkeyPhoneActors(deps.phone) }),
	}),
	screens: {
		pc: {
			signIn: PC.WIZARD_SCREENS.signIn,
			enterCode: PC.enterCode,
			challengeFailed: PC.WIZARD_SCREENS.challengeFailed,
			added: PC.added,
			staySignedIn: PC.staySignedIn,
			...PASSKEY_PC_SCREENS,
		},
		phone: PASSKEY_PHONE_SCREENS,
	},
	script: PASSKEY_SCRIPT,
	// The student signs in with texts already: the prompt is for them (facts §8.7).
	tenant: {
		registration: 'done',
		method: 'sms',
		phone: { e164: PRACTICE_PHONE.e164, display: PRACTICE_PHONE.national, via: 'sms' },
	},
};
