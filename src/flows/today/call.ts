import { assign } from 'xstate';
import { carrierPhoneActors, pcActors } from '../../machines/actors';
import { answerCall, carrierPhone, PHONE_FORM, ringing } from '../../machines/carrier-phone';
import {
	ANSWER_CALL_STEPS,
	callFailedStates,
	challengeStates,
	initialPcContext,
	type PcContext,
	pcSetup,
	phoneFormStates,
	signInStates,
} from '../../machines/pc';
import { nextDay, pc, type ScriptEntry } from '../../machines/runtime';
import type { PracticeFlow } from '../../screens/model';
import { callStarting } from '../../screens/shared/pc';
import { type CallRules, carrierScreens } from '../../screens/shared/phone-carrier';
import * as PC from '../../screens/today/pc';
import { installStates, passkeyPromptStates, stayStates } from './wizard';

/**
 * Since 1 March 2025 "report suspicious activity" replaces the fraud alert: a report marks the
 * user as high risk and blocks nothing by itself. One value for the practice tenant and for
 * what the phone's voice says after 0#, so the two cannot disagree.
 */
const RULES: CallRules = { reportBlocks: false };

/** How a call that did not verify ended, as the PC's page explains it. */
const failure = (status: string): PcContext['notice'] =>
	status === 'hung-up' || status === 'wrong-key' || status === 'fraud' ? status : 'no-answer';

/**
 * Today's phone call (as of November 2026): "Other options", the phone page, answer and
 * press #; the same at every sign-in, followed by the prompt to create a passkey. 0# reports the sign-in as suspicious (since 1 March
 * 2025 the report replaces the fraud alert, which blocked the account): the sign-in fails,
 * the report reaches the administrators, and the student may call again.
 */
const callPc = pcSetup.createMachine({
	id: 'pc',
	context: initialPcContext,
	initial: 'signIn',
	states: {
		...signInStates(pcSetup, { register: 'installApp', verify: 'startingChallenge' }),
		...installStates(pcSetup, 'phone', 'phoneForm'),
		...phoneFormStates(pcSetup, 'call', { stopsCall: true }),
		...challengeStates(pcSetup, 'call', ANSWER_CALL_STEPS, 'waitingCall', 'phoneForm'),
		waitingCall: {
			meta: { step: ANSWER_CALL_STEPS, screen: 'waitingCall' },
			tags: 'phone-leads',
			invoke: { src: 'watchChallenge', input: ({ context }) => ({ id: context.challenge?.id ?? '' }) },
			on: {
				'pc.remember': { actions: assign({ remember: ({ event }) => event.checked }) },
				'pc.cancel': { guard: 'registering', target: 'phoneForm.stoppingCall', actions: 'clearError' },
				'challenge.update': [
					{ guard: ({ context, event }) => event.status === 'verified' && context.phase === 'setup', target: 'added' },
					{ guard: ({ event }) => event.status === 'verified', target: 'passkeyPrompt' },
					{ target: 'callFailed', actions: assign({ notice: ({ event }) => failure(event.status) }) },
				],
			},
		},
		...callFailedStates(pcSetup),
		added: {
			meta: { step: 'setup-done', screen: 'added' },
			on: { 'pc.done': { target: 'staySignedIn', actions: 'clearError' } },
		},
		...passkeyPromptStates(pcSetup, 'staySignedIn'),
		...stayStates(pcSetup, 'challengeFailed'),
	},
});

const callPhone = carrierPhone({ messages: false, calls: true });

/** Today's call practice, done right. */
export const CALL_SCRIPT: ScriptEntry[] = [
	{ step: 'setup-sign-in', actions: [pc({ type: 'pc.signIn' })] },
	{ step: 'setup-more-info', actions: [pc({ type: 'pc.next' })] },
	{ step: 'setup-other-options', actions: [pc({ type: 'pc.otherOptions' }), pc({ type: 'pc.chooseMethod', method: 'phone' })] },
	{ step: 'setup-phone-number', actions: [pc({ type: 'pc.registerPhone', ...PHONE_FORM, via: 'call' })] },
	{ step: 'setup-answer-call', ready: ringing, actions: answerCall },
	{ step: 'setup-done', actions: [pc({ type: 'pc.done' })] },
	{ step: 'setup-stay-signed-in', actions: [pc({ type: 'pc.stay', stay: false }), nextDay] },
	{ step: 'signin-sign-in', actions: [pc({ type: 'pc.signIn' })] },
	{ step: 'signin-answer-call', ready: ringing, actions: answerCall },
	{ step: 'signin-passkey-prompt', actions: [pc({ type: 'pc.skip' })] },
	{ step: 'signin-done', actions: [pc({ type: 'pc.stay', stay: false })] },
];

export const flow: PracticeFlow = {
	method: 'call',
	pc: callPc,
	phone: callPhone,
	plug: (deps) => ({
		pc: callPc.provide({ actors: pcActors(deps.pc) }),
		phone: callPhone.provide({ actors: carrierPhoneActors(deps.phone) }),
	}),
	screens: {
		pc: {
			...PC.WIZARD_SCREENS,
			otherOptions: PC.otherOptions,
			phoneForm: PC.phoneForm,
			callStarting,
			waitingCall: PC.waitingCall,
			callFailed: PC.callFailed,
			passkeyPrompt: PC.passkeyPrompt,
		},
		phone: carrierScreens(RULES),
	},
	script: CALL_SCRIPT,
	tenant: { reportBlocks: RULES.reportBlocks },
};
