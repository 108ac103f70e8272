import { appPhoneActors, pcActors } from '../../machines/actors';
import { appCodeOnPhone, typeAppCode } from '../../machines/app-code';
import { APP_SETUP_SCRIPT, appSetupStates } from '../../machines/manual/app-setup';
import { appPhone, appSecret } from '../../machines/manual/phone';
import {
	challengeStates,
	codeEntryStates,
	ENTER_CODE_STEPS,
	finishStates,
	initialPcContext,
	pcSetup,
	signInStates,
} from '../../machines/pc';
import { CODE_SCREENS } from '../../screens/manual/pc-app';
import { APP_PHONE_SCREENS } from '../../screens/manual/phone-app';
import type { PracticeFlow } from '../../screens/model';

export { appCodeOnPhone };

import { nextDay, pc, type ScriptEntry } from '../../machines/runtime';

/**
 * The PC's side of the Authenticator code method (the manual's chapter 4): the same
 * app set-up as chapter 3, then "Use verification code": the student types the six
 * digits the app shows, at registration and at every later sign-in.
 */
const codePc = pcSetup.createMachine({
	id: 'pc',
	context: initialPcContext,
	initial: 'signIn',
	states: {
		...signInStates(pcSetup, { register: 'securityVerification', verify: 'startingChallenge' }),
		...appSetupStates(pcSetup, 'code', 'startingChallenge'),
		...challengeStates(pcSetup, 'app', ENTER_CODE_STEPS, 'enterCode'),
		...codeEntryStates(pcSetup, ENTER_CODE_STEPS, 'backupPhone'),
		...finishStates(pcSetup, ENTER_CODE_STEPS, 'backupPhone', 'challengeFailed'),
	},
});

/** The manual's chapter 4, done right. */
export const CODE_SCRIPT: ScriptEntry[] = [
	...APP_SETUP_SCRIPT,
	{ step: 'setup-choose-code', actions: [pc({ type: 'pc.chooseUse', use: 'code' })] },
	{ step: 'setup-enter-code', actions: [typeAppCode] },
	{ step: 'setup-backup-phone', actions: [pc({ type: 'pc.done', backupPhone: '' }), nextDay] },
	{ step: 'signin-sign-in', actions: [pc({ type: 'pc.signIn' })] },
	{ step: 'signin-enter-code', actions: [typeAppCode] },
	{ step: 'signin-done', actions: [] },
];

export const flow: PracticeFlow = {
	method: 'code',
	pc: codePc,
	phone: appPhone,
	plug: (deps) => ({
		pc: codePc.provide({ actors: pcActors(deps.pc) }),
		phone: appPhone.provide({ actors: appPhoneActors(deps.phone) }),
	}),
	screens: { pc: CODE_SCREENS, phone: APP_PHONE_SCREENS },
	script: CODE_SCRIPT,
	appSecret,
};
