import { carrierPhoneActors, pcActors } from '../../machines/actors';
import { carrierPhone, PHONE_FORM, readText, textCame, textOnPhone } from '../../machines/carrier-phone';
import { SMS_SCREENS } from '../../screens/manual/pc-phone';
import type { PracticeFlow } from '../../screens/model';
import { SMS_PHONE_SCREENS } from '../../screens/shared/phone-carrier';

export { textOnPhone };

import {
	challengeStates,
	codeEntryStates,
	ENTER_CODE_STEPS,
	finishStates,
	initialPcContext,
	pcSetup,
	phoneFormStates,
	signInStates,
} from '../../machines/pc';
import { nextDay, pc, type ScriptEntry } from '../../machines/runtime';

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
		...challengeStates(pcSetup, 'sms', ENTER_CODE_STEPS, 'enterCode', 'phoneForm'),
		// At registration the number can still be corrected; a new text can always be asked for.
		...codeEntryStates(pcSetup, ENTER_CODE_STEPS, 'verified', { resend: true, cancel: 'phoneForm' }),
		...finishStates(pcSetup, ENTER_CODE_STEPS, 'verified', 'challengeFailed'),
	},
});

const smsPhone = carrierPhone({ messages: true, calls: false });

/** The manual's chapter 1, done right. */
export const SMS_SCRIPT: ScriptEntry[] = [
	{ step: 'setup-sign-in', actions: [pc({ type: 'pc.signIn' })] },
	{ step: 'setup-more-info', actions: [pc({ type: 'pc.next' })] },
	{ step: 'setup-phone-number', actions: [pc({ type: 'pc.registerPhone', ...PHONE_FORM, via: 'sms' })] },
	{ step: 'setup-enter-code', ready: textCame, actions: readText },
	{ step: 'setup-done', actions: [pc({ type: 'pc.done' }), nextDay] },
	{ step: 'signin-sign-in', actions: [pc({ type: 'pc.signIn' })] },
	{ step: 'signin-enter-code', ready: textCame, actions: readText },
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
