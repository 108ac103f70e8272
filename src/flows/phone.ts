import { assign, raise, setup } from 'xstate';
import type { PushRequest } from '../backend/model';
import { call, errorCode, isTransient, watchInbox, type FlowDeps } from './common';

export interface PhoneAccount {
	name: string;
	deviceId: string;
	secret: string;
}

export interface PhoneContext {
	installed: boolean;
	consented: boolean;
	account: PhoneAccount | null;
	/** The request shown as a notification, until it is answered or expires. */
	notification: PushRequest | null;
	/** Requests the reader already answered, so a slow poll cannot show them again. */
	answered: string[];
	error: string | null;
}

export type PhoneEvent =
	| { type: 'phone.openStore' }
	| { type: 'phone.install' }
	| { type: 'phone.open' }
	| { type: 'phone.home' }
	| { type: 'phone.openApp' }
	| { type: 'phone.agree' }
	| { type: 'phone.scan' }
	/** The camera saw a QR code; `code` is what it encodes (null: nothing in view). */
	| { type: 'phone.capture'; code: string | null }
	| { type: 'phone.openAccount' }
	| { type: 'phone.back' }
	| { type: 'phone.add' }
	| { type: 'phone.openNotification' }
	| { type: 'phone.approve' }
	| { type: 'phone.deny' }
	| { type: 'inbox.update'; pending: PushRequest[] }
	/** Raised by the phone itself: a scan replaced the account, so the inbox must follow the new device. */
	| { type: 'inbox.paired' };

/** The virtual phone: its home screen, the app store and the Authenticator app. */
export function createPhoneMachine(deps: FlowDeps) {
	const { api } = deps;
	return setup({
		types: {} as { context: PhoneContext; events: PhoneEvent },
		actors: {
			activate: call((code: string) => api.activateDevice(code)),
			respond: call((input: { deviceId: string; id: string; approve: boolean }) =>
				api.respond(input.deviceId, input.id, input.approve),
			),
			watchInbox: watchInbox(deps),
		},
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
					home: {
						on: {
							'phone.openStore': 'store',
							'phone.openApp': { guard: ({ context }) => context.installed, target: 'app' },
						},
					},
					store: {
						initial: 'listing',
						on: { 'phone.home': 'home' },
						states: {
							listing: {
								always: { guard: ({ context }) => context.installed, target: 'installed' },
								on: { 'phone.install': { target: 'installed', actions: assign({ installed: true }) } },
							},
							installed: { on: { 'phone.open': '#phone.screen.app' } },
						},
					},
					app: {
						initial: 'launch',
						on: { 'phone.home': 'home' },
						states: {
							launch: {
								always: [
									{ guard: ({ context }) => !context.consented, target: 'consent' },
									{ guard: 'hasAccount', target: 'accounts' },
									{ target: 'intro' },
								],
							},
							consent: { on: { 'phone.agree': { target: 'intro', actions: assign({ consented: true }) } } },
							intro: { on: { 'phone.scan': { target: 'scanner', actions: assign({ error: null }) } } },
							scanner: {
								on: {
									'phone.capture': [
										{ guard: ({ event }) => !event.code, actions: assign({ error: 'nothing-to-scan' }) },
										{ target: 'activating', actions: assign({ error: null }) },
									],
									'phone.back': 'launch',
								},
							},
							activating: {
								tags: 'busy',
								invoke: {
									src: 'activate',
									input: ({ event }) => (event as { code: string }).code,
									onDone: {
										target: 'accounts',
										actions: [
											assign({
												account: ({ event }) => ({
													name: event.output.account,
													deviceId: event.output.deviceId,
													secret: event.output.secret,
												}),
											}),
											// "Add account" and a second scan register a new device at the service:
											// requests now go to it, not to the one the inbox was polling.
											raise({ type: 'inbox.paired' }),
										],
									},
									onError: { target: 'scanner', actions: assign({ error: ({ event }) => errorCode(event.error) }) },
								},
							},
							accounts: {
								on: { 'phone.openAccount': 'account', 'phone.add': 'intro' },
							},
							account: { on: { 'phone.back': 'accounts' } },
							approve: {
								// The request expired or was answered elsewhere while on screen.
								always: { guard: ({ context }) => context.notification === null, target: 'accounts' },
								on: {
									'phone.approve': 'responding',
									'phone.deny': 'responding',
								},
							},
							responding: {
								tags: 'busy',
								invoke: {
									src: 'respond',
									input: ({ context, event }) => ({
										deviceId: context.account!.deviceId,
										id: context.notification!.id,
										approve: event.type === 'phone.approve',
									}),
									onDone: {
										target: 'accounts',
										actions: assign({
											answered: ({ context }) => [...context.answered, context.notification!.id].slice(-10),
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
												answered: ({ context }) => [...context.answered, context.notification!.id].slice(-10),
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
						invoke: { src: 'watchInbox', input: ({ context }) => ({ deviceId: context.account!.deviceId }) },
						on: {
							'inbox.paired': { target: 'watching', reenter: true },
							'inbox.update': {
								actions: assign(({ context, event }) => {
									const next = event.pending.find((p) => !context.answered.includes(p.id)) ?? null;
									// A request that vanished while on screen has expired: say so.
									if (!next) return { notification: null, error: context.notification ? 'push-expired' : context.error };
									// The same request still waiting keeps its error (a failed answer, to try again).
									return { notification: next, error: next.id === context.notification?.id ? context.error : null };
								}),
							},
						},
					},
				},
			},
		},
	});
}

export type PhoneMachine = ReturnType<typeof createPhoneMachine>;
