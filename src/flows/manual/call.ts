import { assign } from 'xstate';
import { carrierPhoneActors, pcActors } from '../../machines/actors';
import { answerCall, carrierPhone, PHONE_FORM, ringing } from '../../machines/carrier-phone';
import { CALL_SCREENS } from '../../screens/manual/pc-phone';
import type { PracticeFlow } from '../../screens/model';
import { CALL_PHONE_SCREENS } from '../../screens/shared/phone-carrier';

export { ringing };

import {
	ANSWER_CALL_STEPS,
	callFailedStates,
	challengeStates,
	finishStates,
	initialPcContext,
	type PcContext,
	pcSetup,
	phoneFormStates,
	signInStates,
} from '../../machines/pc';
import { nextDay, pc, type ScriptEntry } from '../../machines/runtime';

/** How a call that did not verify ended, as the PC's page explains it. */
const failure = (status: string): PcContext['notice'] => (status === 'hung-up' || status === 'wrong-key' ? status : 'no-answer');

/**
 * The PC's side of the phone-call method (the manual's chapter 2): register a number,
 * answer the call and press #; the same at every sign-in. Not ANSWER_CALL_STEPS, hanging up or
 * pressing another key fails; 0# reports fraud, and the account is blocked until the
 * helpdesk unblocks it, as Entra's fraud alert does.
 */
const callPc = pcSetup.createMachine({
	id: 'pc',
	context: initialPcContext,
	initial: 'signIn',
	states: {
		...signInStates(pcSetup, { register: 'phoneForm', verify: 'startingChallenge', blocked: 'blocked' }),
		...phoneFormStates(pcSetup, 'call', { stopsCall: true }),
		...challengeStates(pcSetup, 'call', ANSWER_CALL_STEPS, 'waitingCall', 'phoneForm'),
		waitingCall: {
			meta: { step: ANSWER_CALL_STEPS, screen: 'waitingCall' },
			tags: 'phone-leads',
			invoke: { src: 'watchChallenge', input: ({ context }) => ({ id: context.challenge?.id ?? '' }) },
			on: {
				'pc.remember': { actions: assign({ remember: ({ event }) => event.checked }) },
				// A call that does not come (a wrong number typed, the phone elsewhere): change the number, as SMS allows.
				'pc.cancel': { guard: 'registering', target: 'phoneForm.stoppingCall', actions: 'clearError' },
				'challenge.update': [
					{
						guard: ({ context, event }) => event.status === 'verified' && context.phase === 'setup',
						target: 'verified',
						actions: assign({ notice: 'verified' }),
					},
					{ guard: ({ event }) => event.status === 'verified', target: 'completing' },
					{ guard: ({ event }) => event.status === 'fraud', target: 'blocked', actions: assign({ notice: 'fraud' }) },
					{ target: 'callFailed', actions: assign({ notice: ({ event }) => failure(event.status) }) },
				],
			},
		},
		...callFailedStates(pcSetup),
		// Fraud was reported: nothing works until an administrator (here: a button) unblocks.
		blocked: {
			meta: { step: ANSWER_CALL_STEPS, screen: 'blocked' },
			on: { 'pc.unblock': { target: 'unblocking', actions: 'clearError' } },
		},
		unblocking: {
			meta: { step: ANSWER_CALL_STEPS, screen: 'blocked' },
			tags: 'busy',
			invoke: {
				src: 'unblock',
				onDone: { target: 'signIn', actions: assign({ notice: 'unblocked' }) },
				onError: { target: 'blocked', actions: 'failed' },
			},
		},
		...finishStates(pcSetup, ANSWER_CALL_STEPS, 'verified', 'challengeFailed'),
	},
});

const callPhone = carrierPhone({ messages: false, calls: true });

/** The manual's chapter 2, done right. */
export const CALL_SCRIPT: ScriptEntry[] = [
	{ step: 'setup-sign-in', actions: [pc({ type: 'pc.signIn' })] },
	{ step: 'setup-more-info', actions: [pc({ type: 'pc.next' })] },
	{ step: 'setup-phone-number', actions: [pc({ type: 'pc.registerPhone', ...PHONE_FORM, via: 'call' })] },
	{ step: 'setup-answer-call', ready: ringing, actions: answerCall },
	{ step: 'setup-done', actions: [pc({ type: 'pc.done' }), nextDay] },
	{ step: 'signin-sign-in', actions: [pc({ type: 'pc.signIn' })] },
	{ step: 'signin-answer-call', ready: ringing, actions: answerCall },
	{ step: 'signin-done', actions: [] },
];

export const flow: PracticeFlow = {
	method: 'call',
	pc: callPc,
	phone: callPhone,
	plug: (deps) => ({
		pc: callPc.provide({ actors: pcActors(deps.pc) }),
		phone: callPhone.provide({ actors: carrierPhoneActors(deps.phone) }),
	}),
	screens: { pc: CALL_SCREENS, phone: CALL_PHONE_SCREENS },
	script: CALL_SCRIPT,
};
