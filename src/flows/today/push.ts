import { assign } from 'xstate';
import { appPhoneActors, pcActors } from '../../machines/actors';
import { appSecret } from '../../machines/app-code';
import { qrOnPcScreen } from '../../machines/app-phone';
import {
	challengeStates,
	codeEntryStates,
	initialPcContext,
	type PcContext,
	pcSetup,
	signInStates,
	type VerifySteps,
} from '../../machines/pc';
import { nextDay, pc, phone, type ScriptEntry, type Session } from '../../machines/runtime';
import { todayPhone } from '../../machines/today/phone';
import type { PracticeFlow } from '../../screens/model';
import * as PC from '../../screens/today/pc';
import { TODAY_PHONE_SCREENS } from '../../screens/today/phone';
import { appSetupStates, installStates, stayStates } from './wizard';

const approving = { setup: 'setup-approve', signin: 'signin-approve' } as const satisfies VerifySteps;
// At sign-in the PC shows the number while the phone leads: the request has arrived, then it is open.
const waiting = { setup: 'setup-approve', signin: ['signin-request-sent', 'signin-approve'] } as const satisfies VerifySteps;
const unexpected = 'signin-unexpected-request' as const;

/** How the phone answered a request someone else made, as the scenario's last page explains it. */
const answeredAs = (status: 'approved' | 'mismatch' | 'denied' | 'reported' | 'expired'): PcContext['notice'] =>
	status === 'mismatch' ? 'approved' : status;

/**
 * Today's Authenticator push (as of November 2026): the registration wizard (install the
 * app, set up the account in it, scan the QR code, "Let's try it out" with a number), then
 * every sign-in with number matching, and the practice's "request you did not make".
 */
const pushPc = pcSetup.createMachine({
	id: 'pc',
	context: initialPcContext,
	initial: 'signIn',
	states: {
		...signInStates(pcSetup, { register: 'installApp', verify: 'sendingPush' }),
		...installStates(pcSetup, 'authenticator', 'appSetupInfo'),
		...appSetupStates(pcSetup, 'sendingPush'),
		sendingPush: {
			meta: { step: waiting, screen: 'approveRequest' },
			tags: 'busy',
			// A new request has a new number: the last one's must not stay on screen meanwhile, where a
			// student would type it (and fail again) while the service is slow.
			entry: assign({ pushNumber: null }),
			invoke: {
				src: 'requestPush',
				input: ({ context }) => ({ purpose: context.phase, match: true }),
				onDone: {
					target: 'waitingApproval',
					actions: assign({ pushId: ({ event }) => event.output.id, pushNumber: ({ event }) => event.output.number, notice: null }),
				},
				onError: { target: 'pushFailed', actions: ['failed', 'clearNotice'] },
			},
		},
		waitingApproval: {
			meta: { step: waiting, screen: 'approveRequest' },
			tags: 'phone-leads',
			invoke: { src: 'watchPush', input: ({ context }) => ({ id: context.pushId ?? '' }) },
			on: {
				'pc.remember': { actions: assign({ remember: ({ event }) => event.checked }) },
				// The app is not at hand, or its notification does not come: its code works offline.
				'pc.otherWay': { guard: ({ context }) => context.phase === 'signin', target: 'otherWays', actions: 'clearError' },
				'push.approved': [{ guard: 'registering', target: 'added', actions: assign({ notice: 'verified' }) }, { target: 'staySignedIn' }],
				'push.denied': { target: 'pushFailed', actions: assign({ notice: 'denied' }) },
				'push.reported': { target: 'pushFailed', actions: assign({ notice: 'denied' }) },
				'push.expired': { target: 'pushFailed', actions: assign({ notice: 'expired' }) },
				'push.mismatch': { target: 'pushFailed', actions: assign({ notice: 'mismatch' }) },
			},
		},
		// Denied, unanswered, the wrong number, or unreachable: which, and a new request (with a new number).
		pushFailed: {
			meta: { step: approving, screen: 'pushFailed', next: 'pc' },
			on: {
				'pc.retry': [
					{ guard: 'completionFailed', target: 'completing', actions: 'clearError' },
					{ target: 'sendingPush', actions: 'clearError' },
				],
			},
		},
		// "Sign in with a different method": the registered ways; the app's code is one of them.
		otherWays: {
			meta: { step: 'signin-approve', screen: 'otherWays' },
			on: {
				'pc.useWay': [
					{ guard: ({ event }) => event.way === 'code', target: 'startingChallenge', actions: 'clearError' },
					{ target: 'sendingPush', actions: 'clearError' },
				],
			},
		},
		...challengeStates(pcSetup, 'app', approving, 'enterCode'),
		...codeEntryStates(pcSetup, approving, 'added', { signedIn: 'staySignedIn' }),
		added: {
			meta: { step: 'setup-done', screen: 'added' },
			on: { 'pc.done': { target: 'staySignedIn', actions: 'clearError' } },
		},
		...stayStates(pcSetup, 'pushFailed', { stranger: 'strangerStarting' }),
		// Someone else signs in with the student's password; the student is not signing in.
		strangerStarting: {
			meta: { step: unexpected, screen: 'stranger' },
			tags: 'busy',
			invoke: {
				src: 'strangerSignIn',
				onDone: { target: 'strangerWaiting', actions: assign({ pushId: ({ event }) => event.output.id, pushNumber: null }) },
				onError: { target: 'service', actions: 'failed' },
			},
		},
		strangerWaiting: {
			meta: { step: unexpected, screen: 'stranger' },
			tags: 'phone-leads',
			invoke: { src: 'watchPush', input: ({ context }) => ({ id: context.pushId ?? '' }) },
			on: {
				'push.approved': { target: 'strangerOutcome', actions: assign({ notice: answeredAs('approved') }) },
				'push.mismatch': { target: 'strangerOutcome', actions: assign({ notice: answeredAs('mismatch') }) },
				'push.denied': { target: 'strangerOutcome', actions: assign({ notice: answeredAs('denied') }) },
				'push.reported': { target: 'strangerOutcome', actions: assign({ notice: answeredAs('reported') }) },
				'push.expired': { target: 'strangerOutcome', actions: assign({ notice: answeredAs('expired') }) },
			},
		},
		// The end of the walk-through too: the practice is done here, and stays done back on the service.
		strangerOutcome: {
			meta: { step: unexpected, screen: 'strangerOutcome' },
			tags: 'done',
			on: { 'pc.next': { target: 'drilled', actions: assign({ notice: null }) } },
		},
	},
});

const pushPhone = todayPhone('authenticator', {
	install: 'setup-install-app',
	launch: 'setup-app-first-launch',
	scan: 'setup-scan-qr',
	code: 'setup-scan-qr',
});

/** The two digits the PC shows, read off its screen as a student does. */
export const numberOnPc = (s: Session): string | null => {
	const context: PcContext = s.pc.getSnapshot().context;
	return context.pushNumber;
};

const typeNumber = phone((s) => {
	const number = numberOnPc(s);
	return number ? { type: 'phone.approve', number } : null;
});

/** A request is waiting on the phone. */
export const requestArrived = (s: Session) => s.phone.getSnapshot().context.notification !== null;

/** Today's push, done right, step by step. */
export const PUSH_SCRIPT: ScriptEntry[] = [
	{ step: 'setup-sign-in', actions: [pc({ type: 'pc.signIn' })] },
	{ step: 'setup-more-info', actions: [pc({ type: 'pc.next' })] },
	{
		step: 'setup-install-app',
		actions: [phone({ type: 'phone.openStore' }), phone({ type: 'phone.install' }), phone({ type: 'phone.open' }), pc({ type: 'pc.next' })],
	},
	{
		step: 'setup-app-first-launch',
		actions: [
			phone({ type: 'phone.agree' }),
			phone({ type: 'phone.continue' }),
			phone({ type: 'phone.add' }),
			phone({ type: 'phone.allow', allow: true }),
			phone({ type: 'phone.cameraOk' }),
			pc({ type: 'pc.next' }),
		],
	},
	{
		step: 'setup-scan-qr',
		actions: [phone((s) => ({ type: 'phone.capture', code: qrOnPcScreen(s.pc.getSnapshot()) })), pc({ type: 'pc.next' })],
	},
	{ step: 'setup-approve', ready: requestArrived, actions: [phone({ type: 'phone.openNotification' }), typeNumber] },
	{ step: 'setup-done', actions: [pc({ type: 'pc.done' })] },
	{ step: 'setup-stay-signed-in', actions: [pc({ type: 'pc.stay', stay: false }), nextDay] },
	{ step: 'signin-sign-in', actions: [pc({ type: 'pc.signIn' })] },
	{ step: 'signin-request-sent', ready: requestArrived, actions: [phone({ type: 'phone.openNotification' })] },
	{ step: 'signin-approve', actions: [typeNumber] },
	{ step: 'signin-done', actions: [pc({ type: 'pc.stay', stay: false }), pc({ type: 'pc.stranger' })] },
	{
		step: unexpected,
		ready: requestArrived,
		actions: [phone({ type: 'phone.openNotification' }), phone({ type: 'phone.deny' }), phone({ type: 'phone.report', report: true })],
	},
];

export const flow: PracticeFlow = {
	method: 'push',
	pc: pushPc,
	phone: pushPhone,
	plug: (deps) => ({
		pc: pushPc.provide({ actors: pcActors(deps.pc) }),
		phone: pushPhone.provide({ actors: appPhoneActors(deps.phone) }),
	}),
	screens: {
		pc: {
			...PC.WIZARD_SCREENS,
			appSetupInfo: PC.appSetupInfo,
			scanQr: PC.scanQr,
			approveRequest: PC.approveRequest,
			pushFailed: PC.pushFailed,
			otherWays: PC.otherWays,
			enterCode: PC.enterCode,
			stranger: PC.stranger,
			strangerOutcome: PC.strangerOutcome,
		},
		phone: TODAY_PHONE_SCREENS,
	},
	script: PUSH_SCRIPT,
	appSecret,
};
