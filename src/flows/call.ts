import { assign } from 'xstate';
import { createCarrierPhoneMachine, PHONE_FORM, phoneMethodStep } from './carrier-phone';
import type { FlowDeps } from './common';
import { challengeStates, finishStates, initialPcContext, pcSetup, phoneFormStates, signInStates, type PcContext, type SnapshotLike } from './pc';
import { pc, phone, type Flow, type ScriptEntry, type Session } from './runtime';

/**
 * The PC's side of the phone-call method (the manual's chapter 2): register a number,
 * answer the call and press #; the same at every sign-in. Not answering, hanging up or
 * pressing another key fails; 0# reports fraud, and the account is blocked until the
 * helpdesk unblocks it, as Entra's fraud alert does.
 */
export function createCallPcMachine(deps: FlowDeps) {
	const s = pcSetup(deps);
	return s.createMachine({
		id: 'pc',
		context: initialPcContext,
		initial: 'signIn',
		states: {
			...signInStates(s, { register: 'phoneForm', verify: 'startingChallenge', blocked: 'blocked' }),
			...phoneFormStates(s, 'call', { stopsCall: true }),
			...challengeStates(s, 'call', 'waitingCall', 'phoneForm'),
			waitingCall: {
				tags: 'phone-leads',
				invoke: { src: 'watchChallenge', input: ({ context }) => ({ id: context.challenge?.id ?? '' }) },
				on: {
					'pc.remember': { actions: assign({ remember: ({ event }) => event.checked }) },
					// A call that does not come (a wrong number typed, the phone elsewhere): change the number, as SMS allows.
					'pc.cancel': { guard: 'registering', target: 'phoneForm.stoppingCall', actions: 'clearError' },
					'challenge.update': [
						{ guard: ({ context, event }) => event.status === 'verified' && context.phase === 'setup', target: 'verified', actions: assign({ notice: 'verified' }) },
						{ guard: ({ event }) => event.status === 'verified', target: 'completing' },
						{ guard: ({ event }) => event.status === 'fraud', target: 'blocked', actions: assign({ notice: 'fraud' }) },
						{
							target: 'callFailed',
							actions: assign({
								notice: ({ event }) => (['hung-up', 'wrong-key'].includes(event.status) ? event.status : 'no-answer') as PcContext['notice'],
							}),
						},
					],
				},
			},
			// No answer, hung up or another key: the screen says which and offers another call.
			callFailed: {
				on: {
					'pc.retry': { target: 'startingChallenge', actions: 'clearError' },
					'pc.cancel': { guard: 'registering', target: 'phoneForm', actions: 'clearError' },
				},
			},
			// Fraud was reported: nothing works until an administrator (here: a button) unblocks.
			blocked: {
				on: { 'pc.unblock': { target: 'unblocking', actions: 'clearError' } },
			},
			unblocking: {
				tags: 'busy',
				invoke: {
					src: 'unblock',
					onDone: { target: 'signIn', actions: assign({ notice: 'unblocked' }) },
					onError: { target: 'blocked', actions: 'failed' },
				},
			},
			...finishStates(s, 'verified', 'challengeFailed'),
		},
	});
}

export const callStep = (pc: SnapshotLike) => phoneMethodStep(pc, 'answer-call');

export const ringing = (s: Session) => s.phone.getSnapshot().matches({ call: 'ringing' } as never);

const answer = [phone({ type: 'phone.answer' }), phone({ type: 'phone.key', key: '#' })];

/** The manual's chapter 2, done right. */
export const CALL_SCRIPT: ScriptEntry[] = [
	{ step: 'setup-sign-in', actions: [pc({ type: 'pc.signIn' })] },
	{ step: 'setup-more-info', actions: [pc({ type: 'pc.next' })] },
	{ step: 'setup-phone-number', actions: [pc({ type: 'pc.next', ...PHONE_FORM, via: 'call' })] },
	{ step: 'setup-answer-call', ready: ringing, actions: answer },
	{ step: 'setup-done', actions: [pc({ type: 'pc.done' })] },
	{ step: 'signin-sign-in', actions: [pc({ type: 'pc.signIn' })] },
	{ step: 'signin-answer-call', ready: ringing, actions: answer },
	{ step: 'signin-done', actions: [] },
];

export const CALL_FLOW: Flow = {
	method: 'call',
	createPc: createCallPcMachine,
	createPhone: (deps) => createCarrierPhoneMachine(deps, { messages: false, calls: true }),
	step: callStep,
	script: CALL_SCRIPT,
};
