import { assign, setup } from 'xstate';
import type { ErrorCode } from '../../backend/errors';
import type { PushRequest } from '../../backend/model';
import { appPhoneActors, errorCode, isTransient, UNPLUGGED } from '../actors';
import { type AppPhoneEvent, activatingState, answered, homeAndStoreStates, inboxNews, type PhoneAccount } from '../app-phone';
import type { StateMeta } from '../meta';

/** The screens of the phone with the Authenticator app (src/screens/manual/phone-app.ts draws them). */
export type AppPhoneScreenId = 'home' | 'store' | 'storeInstalled' | 'consent' | 'intro' | 'scanner' | 'accounts' | 'account' | 'approve';

export interface PhoneContext {
	installed: boolean;
	consented: boolean;
	account: PhoneAccount | null;
	/** The request shown as a notification, until it is answered or expires. */
	notification: PushRequest | null;
	/** Requests the reader already answered, so a slow poll cannot show them again. */
	answered: string[];
	error: ErrorCode | null;
}

/**
 * The virtual phone of the app methods: its home screen, the app store and the
 * Authenticator app. Made once; a session plugs its service in (appPhoneActors).
 */
export const appPhone = setup({
	types: {} as { context: PhoneContext; events: AppPhoneEvent; meta: StateMeta<AppPhoneScreenId> },
	actors: appPhoneActors(UNPLUGGED),
	guards: {
		hasAccount: ({ context }) => context.account !== null,
		hasNotification: ({ context }) => context.notification !== null,
	},
}).createMachine({
	id: 'phone',
	type: 'parallel',
	context: {
		installed: false,
		consented: false,
		account: null,
		notification: null,
		answered: [],
		error: null,
	},
	states: {
		screen: {
			initial: 'home',
			on: {
				'phone.openNotification': { guard: 'hasNotification', target: '.app.approve' },
			},
			states: {
				...homeAndStoreStates<PhoneContext>('setup-install-app'),
				app: {
					initial: 'launch',
					on: { 'phone.home': 'home' },
					states: {
						launch: {
							meta: { step: 'setup-account-added', screen: 'accounts' },
							always: [
								{ guard: ({ context }) => !context.consented, target: 'consent' },
								{ guard: 'hasAccount', target: 'accounts' },
								{ target: 'intro' },
							],
						},
						consent: {
							meta: { step: 'setup-app-first-launch', screen: 'consent' },
							on: { 'phone.agree': { target: 'intro', actions: assign({ consented: true }) } },
						},
						intro: {
							meta: { step: 'setup-app-first-launch', screen: 'intro' },
							on: { 'phone.scan': { target: 'scanner', actions: assign({ error: null }) } },
						},
						scanner: {
							meta: { step: 'setup-scan-qr', screen: 'scanner' },
							on: {
								'phone.capture': [
									{ guard: ({ event }) => !event.code, actions: assign({ error: 'nothing-to-scan' }) },
									{ target: 'activating', actions: assign({ error: null }) },
								],
								'phone.back': 'launch',
							},
						},
						activating: activatingState<PhoneContext>('setup-scan-qr'),
						accounts: {
							meta: { step: 'setup-account-added', screen: 'accounts' },
							on: { 'phone.openAccount': 'account', 'phone.add': 'intro' },
						},
						account: {
							meta: { step: 'setup-check-code', screen: 'account' },
							on: { 'phone.back': 'accounts' },
						},
						approve: {
							meta: { step: 'signin-approve', screen: 'approve' },
							// The request expired or was answered elsewhere while on screen.
							always: { guard: ({ context }) => context.notification === null, target: 'accounts' },
							on: {
								'phone.approve': 'responding',
								'phone.deny': 'responding',
							},
						},
						responding: {
							meta: { step: 'signin-approve', screen: 'approve' },
							tags: 'busy',
							invoke: {
								src: 'respond',
								input: ({ context, event }) => ({
									deviceId: context.account?.deviceId ?? '',
									id: context.notification?.id ?? '',
									answer: { approve: event.type === 'phone.approve' },
								}),
								onDone: {
									target: 'accounts',
									actions: assign({
										answered: ({ context }) => answered(context),
										notification: null,
										error: null,
									}),
								},
								onError: [
									// Unreachable: the request is still waiting at the service, and the inbox's
									// next poll will not bring it back (it is the same list, so nothing changes).
									// Keep it: the account list shows the error and the banner opens it again.
									{
										guard: ({ event }) => isTransient(event.error),
										target: 'accounts',
										actions: assign({ error: ({ event }) => errorCode(event.error) }),
									},
									// Expired or answered meanwhile: nothing left to answer.
									{
										target: 'accounts',
										actions: assign({
											answered: ({ context }) => answered(context),
											notification: null,
											error: ({ event }) => errorCode(event.error),
										}),
									},
								],
							},
						},
					},
				},
			},
		},
		inbox: {
			initial: 'idle',
			states: {
				idle: { always: { guard: 'hasAccount', target: 'watching' } },
				watching: {
					invoke: { src: 'watchInbox', input: ({ context }) => ({ deviceId: context.account?.deviceId ?? '' }) },
					on: {
						'inbox.paired': { target: 'watching', reenter: true },
						'inbox.update': {
							actions: assign(({ context, event }) => {
								const { notification, error } = inboxNews(context, event.pending);
								return { notification, error };
							}),
						},
					},
				},
			},
		},
	},
});

export { appSecret } from '../app-code';
