import { type AnyMachineSnapshot, assign, setup } from 'xstate';
import type { CarrierNews } from '../../backend/client';
import type { ErrorCode } from '../../backend/errors';
import { PRACTICE_PHONE } from '../../backend/model';
import { errorCode, passkeyPhoneActors, UNPLUGGED } from '../actors';
import type { StateMeta } from '../meta';
import type { PcContext } from '../pc';

/**
 * The passkey practice's phone (as of November 2026; facts §8): the Messages app, where
 * the sign-in's text arrives as before; Microsoft Authenticator, where the student adds the
 * work account, creates the passkey (the phone's screen lock confirms it) and turns the app
 * on as a passkey provider; and the camera, which reads the QR code a PC shows to sign in
 * with the passkey, after which the phone unlocks to use it. It hears from the service only
 * what reaches its number and what its app and camera ask, as a real phone does.
 */

export type PasskeyPhoneScreenId =
	| 'home'
	| 'messages'
	| 'appIntro'
	| 'appSignIn'
	| 'appAccount'
	| 'unlockCreate'
	| 'provider'
	| 'passkeyCreated'
	| 'camera'
	| 'unlockSignIn'
	| 'passkeyUsed';

export interface PasskeyPhoneContext {
	number: string;
	messages: CarrierNews['messages'];
	/** Texts already seen in the Messages app. */
	read: string[];
	/** The work account is in the app (signed in there). */
	account: boolean;
	/** The app holds the passkey. */
	passkey: boolean;
	/** Authenticator is on as a passkey provider in the phone's settings. */
	provider: boolean;
	/** A PC's sign-in the camera connected to, waiting for the unlock. */
	request: string | null;
	error: ErrorCode | null;
}

export type PasskeyPhoneEvent =
	| { type: 'phone.home' }
	| { type: 'phone.openMessages' }
	| { type: 'phone.openApp' }
	| { type: 'phone.openCamera' }
	/** "Add work or school account", then its sign-in. */
	| { type: 'phone.add' }
	| { type: 'phone.signIn' }
	| { type: 'phone.createPasskey' }
	/** The screen lock's sheet: face, fingerprint or PIN, or cancel. */
	| { type: 'phone.unlock' }
	| { type: 'phone.cancelUnlock' }
	| { type: 'phone.providerOn' }
	| { type: 'phone.done' }
	/** The camera saw a QR code; `code` is what it encodes (null: nothing in view). */
	| { type: 'phone.capture'; code: string | null }
	| ({ type: 'carrier.update' } & CarrierNews);

const step = (id: 'setup-open-app' | 'setup-create-passkey' | 'signin-scan-qr' | 'signin-unlock', screen: PasskeyPhoneScreenId) =>
	({ step: id, screen }) as const;

export const passkeyPhone = setup({
	types: {} as { context: PasskeyPhoneContext; events: PasskeyPhoneEvent; meta: StateMeta<PasskeyPhoneScreenId> },
	actors: passkeyPhoneActors(UNPLUGGED),
	actions: {
		news: assign(({ event }) => (event.type === 'carrier.update' ? { messages: event.messages } : {})),
		readAll: assign({ read: ({ context }) => context.messages.map((m) => m.id) }),
		clearError: assign({ error: null }),
	},
}).createMachine({
	id: 'phone',
	context: {
		number: PRACTICE_PHONE.e164,
		messages: [],
		read: [],
		account: false,
		passkey: false,
		provider: false,
		request: null,
		error: null,
	},
	invoke: { src: 'watchCarrier', input: ({ context }) => ({ number: context.number }) },
	on: {
		// The Messages app opens from the home screen or from a text's banner on any screen.
		'phone.openMessages': { target: '.messages', actions: ['readAll', 'clearError'] },
		'carrier.update': { actions: 'news' },
	},
	initial: 'home',
	states: {
		home: {
			meta: { screen: 'home' },
			on: {
				'phone.openApp': { target: 'app', actions: 'clearError' },
				'phone.openCamera': { target: 'camera', actions: 'clearError' },
			},
		},
		// Home again once the passkey is made: still step 5 (the PC's 次へ is what is left), not back
		// at step 4, which a phone showing no step would make the guide say.
		homeAfterCreating: {
			meta: step('setup-create-passkey', 'home'),
			on: {
				'phone.openApp': { target: 'app', actions: 'clearError' },
				'phone.openCamera': { target: 'camera', actions: 'clearError' },
			},
		},
		messages: {
			meta: { screen: 'messages' },
			entry: 'readAll',
			on: { 'phone.home': 'home', 'carrier.update': { actions: ['news', 'readAll'] } },
		},
		app: {
			initial: 'launch',
			on: { 'phone.home': { target: 'home', actions: 'clearError' } },
			states: {
				launch: {
					meta: step('setup-open-app', 'appIntro'),
					always: [
						{ guard: ({ context }) => context.passkey, target: 'created' },
						{ guard: ({ context }) => context.account, target: 'account' },
						{ target: 'intro' },
					],
				},
				// "Secure Your Digital Life" → "Add work or school account" [ED-PK].
				intro: { meta: step('setup-open-app', 'appIntro'), on: { 'phone.add': 'signIn' } },
				signIn: {
					meta: step('setup-open-app', 'appSignIn'),
					on: { 'phone.signIn': { target: 'account', actions: assign({ account: true, error: null }) } },
				},
				// The account in the app: "Create a passkey" [ED-PK].
				account: {
					meta: step('setup-create-passkey', 'appAccount'),
					on: { 'phone.createPasskey': { target: 'unlock', actions: 'clearError' } },
				},
				unlock: {
					meta: step('setup-create-passkey', 'unlockCreate'),
					on: {
						'phone.unlock': 'creating',
						// Nothing is created without the screen lock: the app's page again, with why.
						'phone.cancelUnlock': { target: 'account', actions: assign({ error: 'unlock-cancelled' }) },
					},
				},
				creating: {
					meta: step('setup-create-passkey', 'unlockCreate'),
					tags: 'busy',
					invoke: {
						src: 'createPasskey',
						onDone: { target: 'provider', actions: assign({ passkey: true, error: null }) },
						onError: { target: 'account', actions: assign({ error: ({ event }) => errorCode(event.error) }) },
					},
				},
				// The phone's settings: Authenticator as a passkey provider (iOS and Android name it differently).
				provider: {
					meta: step('setup-create-passkey', 'provider'),
					always: { guard: ({ context }) => context.provider, target: 'created' },
					on: { 'phone.providerOn': { target: 'created', actions: assign({ provider: true }) } },
				},
				created: {
					meta: step('setup-create-passkey', 'passkeyCreated'),
					on: { 'phone.done': { target: '#phone.homeAfterCreating', actions: 'clearError' } },
				},
			},
		},
		camera: {
			meta: step('signin-scan-qr', 'camera'),
			on: {
				'phone.home': { target: 'home', actions: 'clearError' },
				'phone.capture': [
					{ guard: ({ event }) => !event.code, actions: assign({ error: 'no-passkey-qr' }) },
					{ target: 'scanning', actions: 'clearError' },
				],
			},
		},
		scanning: {
			meta: step('signin-scan-qr', 'camera'),
			tags: 'busy',
			invoke: {
				src: 'scanPasskey',
				input: ({ event }) => (event.type === 'phone.capture' ? (event.code ?? '') : ''),
				onDone: { target: 'unlock', actions: assign({ request: ({ event }) => event.output.id, error: null }) },
				onError: { target: 'camera', actions: assign({ error: ({ event }) => errorCode(event.error) }) },
			},
		},
		// Connected to the PC over Bluetooth: the screen lock confirms the student, or the student cancels.
		unlock: {
			meta: step('signin-unlock', 'unlockSignIn'),
			// Leaving the sheet for the home screen dismisses it, as the phone's own sheet does: a cancel.
			on: { 'phone.unlock': 'answering', 'phone.cancelUnlock': 'answering', 'phone.home': 'answering' },
		},
		answering: {
			meta: step('signin-unlock', 'unlockSignIn'),
			tags: 'busy',
			invoke: {
				src: 'answerPasskey',
				input: ({ context, event }) => ({ id: context.request ?? '', approve: event.type === 'phone.unlock' }),
				onDone: [
					{ guard: ({ event }) => event.output.status === 'verified', target: 'used', actions: assign({ request: null }) },
					// Cancelled: the PC's page says what happened and offers a new QR code.
					{ target: 'home', actions: assign({ request: null }) },
				],
				onError: { target: 'home', actions: assign({ request: null, error: ({ event }) => errorCode(event.error) }) },
			},
		},
		used: {
			meta: step('signin-unlock', 'passkeyUsed'),
			on: { 'phone.home': 'home', 'phone.done': 'home' },
		},
	},
});

/** What the PC's QR code carries, while the PC shows it: the phone's camera reads it. */
export function passkeyQrOnPc(pc: AnyMachineSnapshot): string | null {
	const context: PcContext = pc.context;
	return pc.matches('showQr') ? (context.passkey?.code ?? null) : null;
}
