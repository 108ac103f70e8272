import { carrierPhoneActors, pcActors } from '../../machines/actors';
import { carrierPhone, PHONE_FORM, textOnPhone } from '../../machines/carrier-phone';
import { SMS_SCREENS } from '../../screens/manual/pc-phone';
import type { PracticeFlow } from '../../screens/model';
import { SMS_PHONE_SCREENS } from '../../screens/shared/phone-carrier';

export { textOnPhone };

import {
	challengeStates,
	codeEntryStates,
	finishStates,
	initialPcContext,
	pcSetup,
	phoneFormStates,
	signInStates,
	type VerifySteps,
} from '../../machines/pc';
import { nextDay, pc, phone, type ScriptEntry } from '../../machines/runtime';

const entering = { setup: 'setup-enter-code', signin: 'signin-enter-code' } as const satisfies VerifySteps;

/**
 * The PC's side of the SMS method (the manual's chapter 1): register a mobile number,
 * type the code of the text message it receives, then the same at every sign-in.
 */
const smsPc = pcSetup.createMachine({
	id: 'pc',
	context: initialPcContext,
	initial: 'signIn',
	states: {
		...signInStates(pcSetup, { register: 'phoneForm', verify: 'startingChallenge' }),
		...phoneFormStates(pcSetup, 'sms'),
		...challengeStates(pcSetup, 'sms', entering, 'enterCode', 'phoneForm'),
		// At registration the number can still be corrected; a new text can always be asked for.
		...codeEntryStates(pcSetup, entering, 'verified', { resend: true, cancel: 'phoneForm' }),
		...finishStates(pcSetup, entering, 'verified', 'challengeFailed'),
	},
});

const smsPhone = carrierPhone({ messages: true, calls: false });

const readText = [
	phone({ type: 'phone.openMessages' }),
	pc((s) => {
		const code = textOnPhone(s);
		return code ? { type: 'pc.verify', code } : null;
	}),
];

/** The manual's chapter 1, done right. */
export const SMS_SCRIPT: ScriptEntry[] = [
	{ step: 'setup-sign-in', actions: [pc({ type: 'pc.signIn' })] },
	{ step: 'setup-more-info', actions: [pc({ type: 'pc.next' })] },
	{ step: 'setup-phone-number', actions: [pc({ type: 'pc.registerPhone', ...PHONE_FORM, via: 'sms' })] },
	{ step: 'setup-enter-code', ready: (s) => textOnPhone(s) !== null, actions: readText },
	{ step: 'setup-done', actions: [pc({ type: 'pc.done' }), nextDay] },
	{ step: 'signin-sign-in', actions: [pc({ type: 'pc.signIn' })] },
	{ step: 'signin-enter-code', ready: (s) => textOnPhone(s) !== null, actions: readText },
	{ step: 'signin-done', actions: [] },
];

export const flow: PracticeFlow = {
	method: 'sms',
	pc: smsPc,
	phone: smsPhone,
	plug: (deps) => ({
		pc: smsPc.provide({ actors: pcActors(deps.pc) }),
		phone: smsPhone.provide({ actors: carrierPhoneActors(deps.phone) }),
	}),
	screens: { pc: SMS_SCREENS, phone: SMS_PHONE_SCREENS },
	script: SMS_SCRIPT,
};
