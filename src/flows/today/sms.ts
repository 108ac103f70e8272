import { carrierPhoneActors, pcActors } from '../../machines/actors';
import { carrierPhone, PHONE_FORM, readText, textCame } from '../../machines/carrier-phone';
import {
	challengeStates,
	codeEntryStates,
	ENTER_CODE_STEPS,
	initialPcContext,
	pcSetup,
	phoneFormStates,
	signInStates,
} from '../../machines/pc';
import { nextDay, pc, type ScriptEntry } from '../../machines/runtime';
import type { PracticeFlow } from '../../screens/model';
import { SMS_PHONE_SCREENS } from '../../screens/shared/phone-carrier';
import * as PC from '../../screens/today/pc';
import { installStates, passkeyPromptStates, stayStates } from './wizard';

/**
 * Today's SMS (as of November 2026): "Other options" on the wizard's first page, the phone
 * page (its labels in today's wizard are UNVERIFIED: the classic ones are used), the text's
 * six digits; then a text at every sign-in, followed by the prompt to create a passkey.
 */
const smsPc = pcSetup.createMachine({
	id: 'pc',
	context: initialPcContext,
	initial: 'signIn',
	states: {
		...signInStates(pcSetup, { register: 'installApp', verify: 'startingChallenge' }),
		...installStates(pcSetup, 'phone', 'phoneForm'),
		...phoneFormStates(pcSetup, 'sms'),
		...challengeStates(pcSetup, 'sms', ENTER_CODE_STEPS, 'enterCode', 'phoneForm'),
		...codeEntryStates(pcSetup, ENTER_CODE_STEPS, 'added', { resend: true, cancel: 'phoneForm', signedIn: 'passkeyPrompt' }),
		...passkeyPromptStates(pcSetup, 'staySignedIn'),
		added: {
			meta: { step: 'setup-done', screen: 'added' },
			on: { 'pc.done': { target: 'staySignedIn', actions: 'clearError' } },
		},
		...stayStates(pcSetup, 'challengeFailed'),
	},
});

const smsPhone = carrierPhone({ messages: true, calls: false });

/** Today's SMS practice, done right. */
export const SMS_SCRIPT: ScriptEntry[] = [
	{ step: 'setup-sign-in', actions: [pc({ type: 'pc.signIn' })] },
	{ step: 'setup-more-info', actions: [pc({ type: 'pc.next' })] },
	{ step: 'setup-other-options', actions: [pc({ type: 'pc.otherOptions' }), pc({ type: 'pc.chooseMethod', method: 'phone' })] },
	{ step: 'setup-phone-number', actions: [pc({ type: 'pc.registerPhone', ...PHONE_FORM, via: 'sms' })] },
	{ step: 'setup-enter-code', ready: textCame, actions: readText },
	{ step: 'setup-done', actions: [pc({ type: 'pc.done' })] },
	{ step: 'setup-stay-signed-in', actions: [pc({ type: 'pc.stay', stay: false }), nextDay] },
	{ step: 'signin-sign-in', actions: [pc({ type: 'pc.signIn' })] },
	{ step: 'signin-enter-code', ready: textCame, actions: readText },
	{ step: 'signin-passkey-prompt', actions: [pc({ type: 'pc.skip' })] },
	{ step: 'signin-done', actions: [pc({ type: 'pc.stay', stay: false })] },
];

export const flow: PracticeFlow = {
	method: 'sms',
	pc: smsPc,
	phone: smsPhone,
	plug: (deps) => ({
		pc: smsPc.provide({ actors: pcActors(deps.pc) }),
		phone: smsPhone.provide({ actors: carrierPhoneActors(deps.phone) }),
	}),
	screens: {
		pc: {
			...PC.WIZARD_SCREENS,
			otherOptions: PC.otherOptions,
			phoneForm: PC.phoneForm,
			enterCode: PC.enterCode,
			passkeyPrompt: PC.passkeyPrompt,
		},
		phone: SMS_PHONE_SCREENS,
	},
	script: SMS_SCRIPT,
};
