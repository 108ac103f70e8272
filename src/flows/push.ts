import { assign } from 'xstate';
import type { FlowDeps } from './common';
import { APP_SETUP_SCRIPT, appSetupStates, appSetupStep } from './app-setup';
import { finishStates, initialPcContext, pcSetup, signInStates, type SnapshotLike } from './pc';
import { createPhoneMachine } from './phone';
import { pc, phone, type Flow, type ScriptEntry } from './runtime';

export type { PcContext, PcEvent, Phase } from './pc';

/**
 * The PC's side of the Authenticator push method (the manual's chapter 3): first-time
 * registration, then every later sign-in. It knows the phone only through the service.
 */
export function createPushPcMachine(deps: FlowDeps) {
	const s = pcSetup(deps);
	return s.createMachine({
		id: 'pc',
		context: initialPcContext,
		initial: 'signIn',
		states: {
			...signInStates(s, { register: 'securityVerification', verify: 'sendingPush' }),
			...appSetupStates(s, 'notification', 'sendingPush'),
			sendingPush: {
				tags: 'busy',
				invoke: {
					src: 'requestPush',
					input: ({ context }) => context.phase,
					onDone: { target: 'waitingApproval', actions: assign({ pushId: ({ event }) => event.output.id, notice: null }) },
					onError: { target: 'pushFailed', actions: ['failed', 'clearNotice'] },
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
						// Approved, but the service was not told: finish, do not ask for another approval.
						{ guard: 'completionFailed', target: 'completing', actions: 'clearError' },
						{
							guard: ({ context }) => context.notice === 'denied' && context.phase === 'signin',
							target: 'signIn',
							actions: ['clearError', assign({ notice: null })],
						},
						{ target: 'sendingPush', actions: 'clearError' },
					],
				},
			},
			...finishStates(s, 'backupPhone', 'pushFailed'),
		},
	});
}

export type PushPcMachine = ReturnType<typeof createPushPcMachine>;

export function pushStep(pc: SnapshotLike, phone: SnapshotLike): string {
	const shared = appSetupStep(pc, phone);
	if (shared) return shared;
	const m = (v: string) => pc.matches(v as never);
	const phase = pc.context.phase;
	if (m('chooseUse') || m('choosingMethod')) return 'setup-choose-notification';
	if (m('backupPhone') || m('finishing')) return 'setup-backup-phone';
	if (m('service') || m('advancing')) return 'signin-done';
	if (phase === 'setup') return 'setup-approve';
	if (m('completing') || m('pushFailed')) return 'signin-approve';
	const approving = phone.matches({ screen: { app: 'approve' } } as never) || phone.matches({ screen: { app: 'responding' } } as never);
	return approving ? 'signin-approve' : 'signin-request-sent';
}

/** The manual's chapter 3, done right, step by step: the unit tests walk it and the build records each step for deep links. */
export const PUSH_SCRIPT: ScriptEntry[] = [
	...APP_SETUP_SCRIPT,
	{ step: 'setup-choose-notification', actions: [pc({ type: 'pc.next', use: 'notification' })] },
	{ step: 'setup-approve', actions: [phone({ type: 'phone.openNotification' }), phone({ type: 'phone.approve' })] },
	{ step: 'setup-backup-phone', actions: [pc({ type: 'pc.done', backupPhone: '' })] },
	{ step: 'signin-sign-in', actions: [pc({ type: 'pc.signIn' })] },
	{ step: 'signin-request-sent', actions: [phone({ type: 'phone.openNotification' })] },
	{ step: 'signin-approve', actions: [phone({ type: 'phone.approve' })] },
	{ step: 'signin-done', actions: [] },
];

export const PUSH_FLOW: Flow = {
	method: 'push',
	createPc: createPushPcMachine,
	createPhone: createPhoneMachine,
	step: pushStep,
	script: PUSH_SCRIPT,
};
