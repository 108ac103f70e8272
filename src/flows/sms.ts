import { createCarrierPhoneMachine, PHONE_FORM, phoneMethodStep } from './carrier-phone';
import type { FlowDeps } from './common';
import { challengeStates, codeEntryStates, finishStates, initialPcContext, pcSetup, phoneFormStates, signInStates, type SnapshotLike } from './pc';
import { pc, phone, type Flow, type ScriptEntry, type Session } from './runtime';

/**
 * The PC's side of the SMS method (the manual's chapter 1): register a mobile number,
 * type the code of the text message it receives, then the same at every sign-in.
 */
export function createSmsPcMachine(deps: FlowDeps) {
	const s = pcSetup(deps);
	return s.createMachine({
		id: 'pc',
		context: initialPcContext,
		initial: 'signIn',
		states: {
			...signInStates(s, { register: 'phoneForm', verify: 'startingChallenge' }),
			...phoneFormStates(s, 'sms'),
			...challengeStates(s, 'sms', 'enterCode', 'phoneForm'),
			// At registration the number can still be corrected; a new text can always be asked for.
			...codeEntryStates(s, 'verified', { resend: true, cancel: 'phoneForm' }),
			...finishStates(s, 'verified', 'challengeFailed'),
		},
	});
}

export const smsStep = (pc: SnapshotLike) => phoneMethodStep(pc, 'enter-code');

/** The latest text on the phone, if it is the one the PC is waiting for. */
export function textOnPhone(s: Session): string | null {
	const id = s.pc.getSnapshot().context.challenge?.id;
	const message = (s.phone.getSnapshot().context.messages as { id: string; code: string }[] | undefined)?.at(-1);
	return message && message.id === id ? message.code : null;
}

const readText = [phone({ type: 'phone.openMessages' }), pc((s) => (textOnPhone(s) ? { type: 'pc.verify', code: textOnPhone(s)! } : null))];

/** The manual's chapter 1, done right. */
export const SMS_SCRIPT: ScriptEntry[] = [
	{ step: 'setup-sign-in', actions: [pc({ type: 'pc.signIn' })] },
	{ step: 'setup-more-info', actions: [pc({ type: 'pc.next' })] },
	{ step: 'setup-phone-number', actions: [pc({ type: 'pc.next', ...PHONE_FORM, via: 'sms' })] },
	{ step: 'setup-enter-code', ready: (s) => textOnPhone(s) !== null, actions: readText },
	{ step: 'setup-done', actions: [pc({ type: 'pc.done' })] },
	{ step: 'signin-sign-in', actions: [pc({ type: 'pc.signIn' })] },
	{ step: 'signin-enter-code', ready: (s) => textOnPhone(s) !== null, actions: readText },
	{ step: 'signin-done', actions: [] },
];

export const SMS_FLOW: Flow = {
	method: 'sms',
	createPc: createSmsPcMachine,
	createPhone: (deps) => createCarrierPhoneMachine(deps, { messages: true, calls: false }),
	step: smsStep,
	script: SMS_SCRIPT,
};
