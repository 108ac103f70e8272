import { assign, setup } from 'xstate';
import { call, errorCode, watchPush, type FlowDeps } from './common';

export type Phase = 'setup' | 'signin';

export interface PcContext {
	phase: Phase;
	rememberDays: number;
	activation: { code: string; url: string } | null;
	pushId: string | null;
	/** The "don't ask again for N days" box on the waiting screen. */
	remember: boolean;
	/** Set when the last sign-in skipped verification because this PC was trusted. */
	remembered: boolean;
	/** A code the screens turn into a kind message; null when all is well. */
	error: string | null;
	/** What the PC's last answer from the service was, for screens that report it. */
	notice: 'registered' | 'verified' | 'denied' | 'expired' | null;
}

export type PcEvent =
	| { type: 'pc.signIn' }
	| { type: 'pc.next'; use?: 'notification' | 'code' }
	| { type: 'pc.setup'; contact?: 'app' | 'phone' }
	| { type: 'pc.cancel' }
	| { type: 'pc.retry' }
	| { type: 'pc.done'; backupPhone?: string }
	| { type: 'pc.remember'; checked: boolean }
	| { type: 'pc.signOut' }
	| { type: 'pc.later'; days: number }
	| { type: 'guide.continue' }
	| { type: 'push.approved' }
	| { type: 'push.denied' }
	| { type: 'push.expired' };

/**
 * The PC's side of the Authenticator push method (the manual's chapter 3): first-time
 * registration, then every later sign-in. It knows the phone only through the service.
 */
export function createPushPcMachine(deps: FlowDeps) {
	const { api } = deps;
	return setup({
		types: {} as { context: PcContext; events: PcEvent; input: { rememberDays: number } },
		actors: {
			signIn: call(() => api.signIn()),
			startActivation: call(() => api.startActivation()),
			appConfigured: call(() => api.appConfigured()),
			chooseMethod: call(() => api.chooseMethod('push')),
			requestPush: call((purpose: Phase) => api.requestPush(purpose)),
			finishRegistration: call((phone: string | null) => api.finishRegistration(phone)),
			completeSignIn: call((days: number | null) => api.completeSignIn(days)),
			advanceDays: call((days: number) => api.advanceDays(days)),
			watchPush: watchPush(deps),
		},
		actions: {
			failed: assign({ error: ({ event }) => errorCode((event as any).error) }),
			clearError: assign({ error: null }),
		},
	}).createMachine({
		id: 'pc',
		context: ({ input }) => ({
			phase: 'setup',
			rememberDays: input.rememberDays,
			activation: null,
			pushId: null,
			remember: false,
			remembered: false,
			error: null,
			notice: null,
		}),
		initial: 'signIn',
		states: {
			signIn: {
				on: { 'pc.signIn': { target: 'signingIn', actions: 'clearError' } },
			},
			signingIn: {
				tags: 'busy',
				invoke: {
					src: 'signIn',
					onDone: [
						{ guard: ({ event }) => event.output.next === 'register', target: 'moreInfo', actions: assign({ phase: 'setup' }) },
						{
							guard: ({ event }) => event.output.next === 'done',
							target: 'service',
							actions: assign({ phase: 'signin', remembered: true }),
						},
						{ target: 'sendingPush', actions: assign({ phase: 'signin', remembered: false }) },
					],
					onError: { target: 'signIn', actions: 'failed' },
				},
			},
			moreInfo: {
				on: { 'pc.next': 'securityVerification' },
			},
			securityVerification: {
				on: {
					'pc.setup': [
						{ guard: ({ event }) => event.contact === 'phone', actions: assign({ error: 'choose-app' }) },
						{ target: 'startingActivation', actions: 'clearError' },
					],
				},
			},
			startingActivation: {
				tags: 'busy',
				invoke: {
					src: 'startActivation',
					onDone: { target: 'configureApp', actions: assign({ activation: ({ event }) => event.output }) },
					onError: { target: 'securityVerification', actions: 'failed' },
				},
			},
			configureApp: {
				initial: 'waiting',
				states: {
					// The phone leads here: installing the app, scanning, checking the code.
					waiting: { tags: 'phone-leads', on: { 'guide.continue': 'ready' } },
					ready: {},
				},
				on: {
					'pc.next': { target: 'checkingApp', actions: 'clearError' },
					'pc.cancel': { target: 'securityVerification', actions: 'clearError' },
				},
			},
			checkingApp: {
				tags: 'busy',
				invoke: {
					src: 'appConfigured',
					onDone: [
						{ guard: ({ event }) => event.output.configured, target: 'chooseUse' },
						{ target: 'configureApp.waiting', actions: assign({ error: 'app-not-configured' }) },
					],
					onError: { target: 'configureApp.ready', actions: 'failed' },
				},
			},
			chooseUse: {
				on: {
					'pc.next': [
						{ guard: ({ event }) => event.use !== 'notification', actions: assign({ error: 'choose-notification' }) },
						{ target: 'choosingMethod', actions: 'clearError' },
					],
				},
			},
			choosingMethod: {
				tags: 'busy',
				invoke: { src: 'chooseMethod', onDone: 'sendingPush', onError: { target: 'chooseUse', actions: 'failed' } },
			},
			sendingPush: {
				tags: 'busy',
				invoke: {
					src: 'requestPush',
					input: ({ context }) => context.phase,
					onDone: { target: 'waitingApproval', actions: assign({ pushId: ({ event }) => event.output.id, notice: null }) },
					onError: { target: 'pushFailed', actions: 'failed' },
				},
			},
			waitingApproval: {
				tags: 'phone-leads',
				invoke: { src: 'watchPush', input: ({ context }) => ({ id: context.pushId! }) },
				on: {
					'pc.remember': { actions: assign({ remember: ({ event }) => event.checked }) },
					'push.approved': [
						{ guard: ({ context }) => context.phase === 'setup', target: 'backupPhone', actions: assign({ notice: 'verified' }) },
						{ target: 'completing' },
					],
					'push.denied': { target: 'pushFailed', actions: assign({ notice: 'denied' }) },
					'push.expired': { target: 'pushFailed', actions: assign({ notice: 'expired' }) },
				},
			},
			// Denied, unanswered or unreachable: the screen explains which and offers a retry.
			pushFailed: {
				on: {
					'pc.retry': [
						{ guard: ({ context }) => context.notice === 'denied' && context.phase === 'signin', target: 'signIn', actions: ['clearError', assign({ notice: null })] },
						{ target: 'sendingPush', actions: 'clearError' },
					],
				},
			},
			backupPhone: {
				on: { 'pc.done': { target: 'finishing', actions: 'clearError' } },
			},
			finishing: {
				tags: 'busy',
				invoke: {
					src: 'finishRegistration',
					input: ({ event }) => ((event as { backupPhone?: string }).backupPhone?.trim() || null),
					onDone: { target: 'signIn', actions: assign({ phase: 'signin', notice: 'registered' }) },
					onError: { target: 'backupPhone', actions: 'failed' },
				},
			},
			completing: {
				tags: 'busy',
				invoke: {
					src: 'completeSignIn',
					input: ({ context }) => (context.remember ? context.rememberDays : null),
					onDone: 'service',
					onError: { target: 'pushFailed', actions: 'failed' },
				},
			},
			service: {
				tags: 'done',
				on: {
					'pc.signOut': { target: 'signIn', actions: assign({ notice: null, remember: false }) },
					'pc.later': { target: 'advancing' },
				},
			},
			advancing: {
				tags: 'busy',
				invoke: {
					src: 'advanceDays',
					input: ({ event }) => (event as { days: number }).days,
					onDone: { target: 'signIn', actions: assign({ notice: null, remember: false }) },
					onError: { target: 'service', actions: 'failed' },
				},
			},
		},
	});
}

export type PushPcMachine = ReturnType<typeof createPushPcMachine>;
