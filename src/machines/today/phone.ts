import { assign, setup } from 'xstate';
import type { ErrorCode } from '../../backend/errors';
import type { PushRequest, PushStatus } from '../../backend/model';
import type { StepId } from '../../step-ids';
import { appPhoneActors, errorCode, isTransient, UNPLUGGED } from '../actors';
import { type AppPhoneEvent, activatingState, answered, homeAndStoreStates, inboxNews, type PhoneAccount } from '../app-phone';
import type { StateMeta } from '../meta';

/**
 * Today's phone with an authenticator app (as of November 2026; facts §2, §3, §6): the
 * Microsoft Authenticator's first pages, the system's questions (notifications, camera),
 * adding the account by the PC's QR code, and the request sheet of number matching: the
 * app's name and a place, a field for the number the sign-in screen shows, "I can't see
 * the number" (the sheet steps aside for 3 seconds), "No, it's not me" and then whether
 * to report it. The code practice's phone has "an authenticator app" instead: no
 * notifications, only the account and its code.
 */

export type TodayPhoneScreenId =
	| 'home'
	| 'store'
	| 'storeInstalled'
	| 'consent'
	| 'quality'
	| 'intro'
	| 'notify'
	| 'camera'
	| 'scanner'
	| 'accounts'
	| 'account'
	| 'approve'
	| 'peek'
	| 'report';

export interface TodayPhoneContext {
	/** Which app this phone has: Microsoft Authenticator, or the code practice's other authenticator app. */
	app: 'authenticator' | 'other';
	installed: boolean;
	consented: boolean;
	notifications: boolean;
	camera: boolean;
	account: PhoneAccount | null;
	notification: PushRequest | null;
	answered: string[];
	/** How the last request was answered, as the app's list then says. */
	last: 'approved' | 'denied' | 'reported' | null;
	error: ErrorCode | null;
}

/**
 * What the app's list says of an answered request. A wrong number approved nothing (the
 * service failed the request): the list shows only the mismatch's error, never "approved".
 */
function answeredAs(status: PushStatus): TodayPhoneContext['last'] {
	if (status === 'reported' || status === 'denied' || status === 'approved') return status;
	return null;
}

/** How long "I can't see the number" keeps the request sheet out of the way (facts §3.6). */
export const PEEK_MS = 3000;

/** The steps the phone's pages belong to, in the chapter that uses this phone. */
export interface PhoneSteps {
	install: StepId;
	launch: StepId;
	scan: StepId;
	/** Where the account's code is read (the code practice). */
	code: StepId;
}

/** `start`: a handset that already has the app and its account (the old phone of the practice after enrolment). */
export function todayPhone(app: TodayPhoneContext['app'], steps: PhoneSteps, start: Partial<TodayPhoneContext> = {}) {
	return setup({
		types: {} as { context: TodayPhoneContext; events: AppPhoneEvent; meta: StateMeta<TodayPhoneScreenId> },
		actors: appPhoneActors(UNPLUGGED),
		guards: {
			hasAccount: ({ context }) => context.account !== null,
			hasNotification: ({ context }) => context.notification !== null,
		},
		delays: { peek: PEEK_MS },
	}).createMachine({
		id: 'phone',
		type: 'parallel',
		context: {
			app,
			installed: false,
			consented: app === 'other',
			notifications: app === 'other',
			camera: false,
			account: null,
			notification: null,
			answered: [],
			last: null,
			error: null,
			...start,
		},
		states: {
			screen: {
				initial: 'home',
				on: { 'phone.openNotification': { guard: 'hasNotification', target: '.app.approve', actions: assign({ error: null }) } },
				states: {
					...homeAndStoreStates<TodayPhoneContext>(steps.install),
					app: {
						initial: 'launch',
						on: { 'phone.home': 'home' },
						states: {
							launch: {
								meta: { step: steps.launch, screen: 'intro' },
								always: [
									{ guard: ({ context }) => !context.consented, target: 'consent' },
									{ guard: 'hasAccount', target: 'accounts' },
									{ target: 'intro' },
								],
							},
							consent: {
								meta: { step: steps.launch, screen: 'consent' },
								on: { 'phone.agree': { target: 'quality', actions: assign({ consented: true }) } },
							},
							quality: {
								meta: { step: steps.launch, screen: 'quality' },
								on: { 'phone.continue': 'intro' },
							},
							intro: {
								meta: { step: steps.launch, screen: 'intro' },
								on: {
									'phone.add': [
										{ guard: ({ context }) => !context.notifications, target: 'notify' },
										{ guard: ({ context }) => !context.camera, target: 'camera' },
										{ target: 'scanner', actions: assign({ error: null }) },
									],
								},
							},
							// The system asks once; without notifications no request could reach the app.
							notify: {
								meta: { step: steps.launch, screen: 'notify' },
								on: {
									'phone.allow': [
										{ guard: ({ event }) => !event.allow, actions: assign({ error: 'notifications-off' }) },
										{ target: 'camera', actions: assign({ notifications: true, error: null }) },
									],
								},
							},
							camera: {
								meta: { step: steps.launch, screen: 'camera' },
								on: { 'phone.cameraOk': { target: 'scanner', actions: assign({ camera: true, error: null }) } },
							},
							scanner: {
								meta: { step: steps.scan, screen: 'scanner' },
								on: {
									'phone.capture': [
										{ guard: ({ event }) => !event.code, actions: assign({ error: 'no-qr-yet' }) },
										{ target: 'activating', actions: assign({ error: null }) },
									],
									'phone.back': 'launch',
								},
							},
							activating: activatingState<TodayPhoneContext>(steps.scan),
							accounts: {
								meta: { step: steps.scan, screen: 'accounts' },
								on: { 'phone.openAccount': 'account', 'phone.add': 'intro' },
							},
							account: {
								meta: { step: steps.code, screen: 'account' },
								on: { 'phone.back': 'accounts' },
							},
							approve: {
								meta: { step: 'signin-approve', screen: 'approve' },
								always: { guard: ({ context }) => context.notification === null, target: 'accounts' },
								on: {
									'phone.approve': 'responding',
									'phone.deny': { target: 'report', actions: assign({ error: null }) },
									'phone.peek': 'peek',
								},
							},
							// The sheet steps aside so that the number behind it shows, then comes back.
							peek: {
								meta: { step: 'signin-approve', screen: 'peek' },
								after: { peek: 'approve' },
								on: { 'phone.openNotification': 'approve' },
							},
							report: {
								meta: { step: 'signin-approve', screen: 'report' },
								always: { guard: ({ context }) => context.notification === null, target: 'accounts' },
								on: { 'phone.report': 'responding' },
							},
							responding: {
								meta: { step: 'signin-approve', screen: 'approve' },
								tags: 'busy',
								invoke: {
									src: 'respond',
									input: ({ context, event }) => ({
										deviceId: context.account?.deviceId ?? '',
										id: context.notification?.id ?? '',
										answer:
											event.type === 'phone.approve'
												? { approve: true, number: event.number ?? '' }
												: { approve: false, report: event.type === 'phone.report' && event.report },
									}),
									onDone: {
										target: 'accounts',
										actions: assign(({ context, event }) => ({
											answered: answered(context),
											notification: null,
											last: answeredAs(event.output.status),
											error: event.output.status === 'mismatch' ? 'push-mismatch' : null,
										})),
									},
									onError: [
										// A number that is not two digits: the sheet stays, with what was wrong.
										{
											guard: ({ event }) => ['number-empty', 'number-invalid'].includes(errorCode(event.error)),
											target: 'approve',
											actions: assign({ error: ({ event }) => errorCode(event.error) }),
										},
										{
											guard: ({ event }) => isTransient(event.error),
											target: 'accounts',
											actions: assign({ error: ({ event }) => errorCode(event.error) }),
										},
										{
											target: 'accounts',
											actions: assign(({ context, event }) => ({
												answered: answered(context),
												notification: null,
												error: errorCode(event.error),
											})),
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
									const { notification, error, fresh } = inboxNews(context, event.pending);
									// A new request: what the app said of the last one is old news.
									return { notification, error, last: fresh ? null : context.last };
								}),
							},
						},
					},
				},
			},
		},
	});
}
