import { assign } from 'xstate';
import { appPhoneActors, pcActors } from '../../machines/actors';
import { APP_SETUP_SCRIPT, appSetupStates } from '../../machines/manual/app-setup';
import { appPhone, appSecret } from '../../machines/manual/phone';
import { finishStates, initialPcContext, pcSetup, signInStates, type VerifySteps } from '../../machines/pc';
import { nextDay, pc, phone, type ScriptEntry } from '../../machines/runtime';
import { PUSH_SCREENS } from '../../screens/manual/pc-app';
import { APP_PHONE_SCREENS } from '../../screens/manual/phone-app';
import type { PracticeFlow } from '../../screens/model';

const approving = { setup: 'setup-approve', signin: 'signin-approve' } as const satisfies VerifySteps;
// At sign-in the PC waits while the phone leads: the request has arrived, then it is open.
const waiting = { setup: 'setup-approve', signin: ['signin-request-sent', 'signin-approve'] } as const satisfies VerifySteps;

/**
 * The PC's side of the Authenticator push method (the manual's chapter 3): first-time
 * registration, then every later sign-in. It knows the phone only through the service.
 */
const pushPc = pcSetup.createMachine({
	id: 'pc',
	context: initialPcContext,
	initial: 'signIn',
	states: {
		...signInStates(pcSetup, { register: 'securityVerification', verify: 'sendingPush' }),
		...appSetupStates(pcSetup, 'notification', 'sendingPush'),
		sendingPush: {
			meta: { step: waiting, screen: 'waitApproval' },
			tags: 'busy',
			invoke: {
				src: 'requestPush',
				input: ({ context }) => context.phase,
				onDone: { target: 'waitingApproval', actions: assign({ pushId: ({ event }) => event.output.id, notice: null }) },
				onError: { target: 'pushFailed', actions: ['failed', 'clearNotice'] },
			},
		},
		waitingApproval: {
			meta: { step: waiting, screen: 'waitApproval' },
			tags: 'phone-leads',
			invoke: { src: 'watchPush', input: ({ context }) => ({ id: context.pushId ?? '' }) },
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
			meta: { step: approving, screen: 'pushFailed', next: 'pc' },
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
		...finishStates(pcSetup, approving, 'backupPhone', 'pushFailed'),
	},
});

/** The manual's chapter 3, done right, step by step: the unit tests walk it and the build records each step for deep links. */
export const PUSH_SCRIPT: ScriptEntry[] = [
	...APP_SETUP_SCRIPT,
	{ step: 'setup-choose-notification', actions: [pc({ type: 'pc.chooseUse', use: 'notification' })] },
	{ step: 'setup-approve', actions: [phone({ type: 'phone.openNotification' }), phone({ type: 'phone.approve' })] },
	{ step: 'setup-backup-phone', actions: [pc({ type: 'pc.done', backupPhone: '' }), nextDay] },
	{ step: 'signin-sign-in', actions: [pc({ type: 'pc.signIn' })] },
	{ step: 'signin-request-sent', actions: [phone({ type: 'phone.openNotification' })] },
	{ step: 'signin-approve', actions: [phone({ type: 'phone.approve' })] },
	{ step: 'signin-done', actions: [] },
];

export const flow: PracticeFlow = {
	method: 'push',
	pc: pushPc,
	phone: appPhone,
	plug: (deps) => ({
		pc: pushPc.provide({ actors: pcActors(deps.pc) }),
		phone: appPhone.provide({ actors: appPhoneActors(deps.phone) }),
	}),
	screens: { pc: PUSH_SCREENS, phone: APP_PHONE_SCREENS },
	script: PUSH_SCRIPT,
	appSecret,
};
