import type { AnyMachineSnapshot, DoneActorEvent, ErrorActorEvent } from 'xstate';
import { assign, raise } from 'xstate';
import type { ErrorCode } from '../backend/errors';
import type { PushRequest } from '../backend/model';
import type { StepId } from '../step-ids';
import { errorCode } from './actors';
import { currentScreen } from './meta';
import type { PcContext } from './pc';

/**
 * What both editions' phones with an authenticator app share: the account the app holds,
 * the events their screens send, what the camera sees on the PC, and the pairing that a scan
 * starts (the manual's phone is src/machines/manual/phone.ts, today's src/machines/today/phone.ts).
 */

export interface PhoneAccount {
	name: string;
	deviceId: string;
	secret: string;
}

export type AppPhoneEvent =
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
	/** "Approve", or today's "Yes" with the number typed (number matching). */
	| { type: 'phone.approve'; number?: string }
	| { type: 'phone.deny' }
	// Today's app (src/machines/today/phone.ts): its first pages, the system's questions, the
	// number sheet's "I can't see the number", and reporting a request one did not make.
	| { type: 'phone.continue' }
	| { type: 'phone.allow'; allow: boolean }
	| { type: 'phone.cameraOk' }
	| { type: 'phone.peek' }
	| { type: 'phone.report'; report: boolean }
	| { type: 'inbox.update'; pending: PushRequest[] }
	/** Raised by the phone itself: a scan replaced the account, so the inbox must follow the new device. */
	| { type: 'inbox.paired' };

/** What the app's phone knows in either edition: the app installed, its account, the request on screen, the requests answered. */
export interface AppContext {
	installed: boolean;
	account: PhoneAccount | null;
	notification: PushRequest | null;
	answered: string[];
	error: ErrorCode | null;
}

/** The requests answered so far, with the one on screen: a slow poll cannot bring it back. */
export function answered(context: AppContext) {
	return context.notification ? [...context.answered, context.notification.id].slice(-10) : context.answered;
}

/** The service's answer to a scan: the account the app now holds. */
type Paired = DoneActorEvent<{ account: string; deviceId: string; secret: string }>;

/**
 * What the app shows after its inbox changed: the first request not yet answered. A request
 * that vanished while on screen has expired, which the app says; the same request still
 * waiting keeps its error (a failed answer, to try again). `fresh` says a new request came.
 */
export function inboxNews(context: AppContext, pending: PushRequest[]) {
	const next = pending.find((p) => !context.answered.includes(p.id)) ?? null;
	if (!next) return { notification: null, error: context.notification ? ('push-expired' as const) : context.error, fresh: false };
	const same = next.id === context.notification?.id;
	return { notification: next, error: same ? context.error : null, fresh: !same };
}

/**
 * The phone's home screen and the app store, up to opening the app: both editions' phones
 * begin so. `step` is the chapter's step of installing the app.
 */
export const homeAndStoreStates = <C extends AppContext>(step: StepId) =>
	({
		home: {
			meta: { step, screen: 'home' },
			on: {
				'phone.openStore': 'store',
				'phone.openApp': { guard: ({ context }: { context: C }) => context.installed, target: 'app' },
			},
		},
		store: {
			initial: 'listing',
			meta: { step },
			on: { 'phone.home': 'home' },
			states: {
				listing: {
					meta: { screen: 'store' },
					always: { guard: ({ context }: { context: C }) => context.installed, target: 'installed' },
					on: {
						'phone.install': {
							target: 'installed',
							actions: assign<C, AppPhoneEvent, undefined, AppPhoneEvent, never>(({ context }) => ({ ...context, installed: true })),
						},
					},
				},
				installed: { meta: { screen: 'storeInstalled' }, on: { 'phone.open': '#phone.screen.app' } },
			},
		},
	}) as const;

/**
 * The app pairing with the service after a scan (the QR code's activation code): the account
 * it gets, or back to the camera with the error. `step` is the chapter's step of the scan.
 */
export const activatingState = <C extends AppContext>(step: StepId) =>
	({
		meta: { step, screen: 'scanner' },
		tags: 'busy',
		invoke: {
			src: 'activate',
			input: ({ event }: { event: AppPhoneEvent }) => (event.type === 'phone.capture' ? (event.code ?? '') : ''),
			onDone: {
				target: 'accounts',
				actions: [
					assign<C, Paired, undefined, AppPhoneEvent, never>(({ context, event }) => ({
						...context,
						account: { name: event.output.account, deviceId: event.output.deviceId, secret: event.output.secret },
					})),
					// "Add account" and a second scan register a new device at the service:
					// requests now go to it, not to the one the inbox was polling.
					raise<C, Paired, AppPhoneEvent, undefined>({ type: 'inbox.paired' }),
				],
			},
			onError: {
				target: 'scanner',
				actions: assign<C, ErrorActorEvent, undefined, AppPhoneEvent, never>(({ context, event }) => ({
					...context,
					error: errorCode(event.error),
				})),
			},
		},
	}) as const;

/**
 * What the phone's camera sees when pointed at the PC: the QR code on the PC's screen,
 * if one is showing. This is the one channel between the devices besides the service,
 * and it is optical, as in reality.
 */
export function qrOnPcScreen(pc: AnyMachineSnapshot): string | null {
	const screen = currentScreen(pc);
	const context: PcContext = pc.context;
	// The manual's "Configure mobile app" page, or today's "Scan the QR code".
	const showing = screen === 'configureApp' || screen === 'configureAppReady' || screen === 'scanQr';
	return showing ? (context.activation?.code ?? null) : null;
}
