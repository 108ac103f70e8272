import { appPhoneActors, pcActors } from '../../machines/actors';
import { appSecret, typeAppCode } from '../../machines/app-code';
import { qrOnPcScreen } from '../../machines/app-phone';
import { challengeStates, codeEntryStates, ENTER_CODE_STEPS, initialPcContext, pcSetup, signInStates } from '../../machines/pc';
import { nextDay, pc, phone, type ScriptEntry } from '../../machines/runtime';
import { todayPhone } from '../../machines/today/phone';
import type { PracticeFlow } from '../../screens/model';
import * as PC from '../../screens/today/pc';
import { TODAY_PHONE_SCREENS } from '../../screens/today/phone';
import { appSetupStates, installStates, stayStates } from './wizard';

/**
 * Today's code from an authenticator app (as of November 2026): "Set up a different
 * authentication app" on the wizard's first page, the account added in the app by the QR
 * code (or by its key), the app's six digits; then the same six digits at every sign-in.
 */
const codePc = pcSetup.createMachine({
	id: 'pc',
	context: initialPcContext,
	initial: 'signIn',
	states: {
		...signInStates(pcSetup, { register: 'installApp', verify: 'startingChallenge' }),
		...installStates(pcSetup, 'otherApp', 'appSetupInfo'),
		...appSetupStates(pcSetup, 'choosingMethod'),
		choosingMethod: {
			meta: { step: 'setup-scan-qr', screen: 'scanQr' },
			tags: 'busy',
			invoke: {
				src: 'chooseMethod',
				input: () => 'code' as const,
				onDone: 'startingChallenge',
				onError: { target: 'scanQr', actions: 'failed' },
			},
		},
		...challengeStates(pcSetup, 'app', ENTER_CODE_STEPS, 'enterCode'),
		...codeEntryStates(pcSetup, ENTER_CODE_STEPS, 'added', { signedIn: 'staySignedIn' }),
		added: {
			meta: { step: 'setup-done', screen: 'added' },
			on: { 'pc.done': { target: 'staySignedIn', actions: 'clearError' } },
		},
		...stayStates(pcSetup, 'challengeFailed'),
	},
});

const codePhone = todayPhone('other', {
	install: 'setup-app-first-launch',
	launch: 'setup-app-first-launch',
	scan: 'setup-scan-qr',
	code: 'setup-enter-code',
});

/** Today's code practice, done right. */
export const CODE_SCRIPT: ScriptEntry[] = [
	{ step: 'setup-sign-in', actions: [pc({ type: 'pc.signIn' })] },
	{ step: 'setup-more-info', actions: [pc({ type: 'pc.next' })] },
	{ step: 'setup-choose-app', actions: [pc({ type: 'pc.otherApp' })] },
	{
		step: 'setup-app-first-launch',
		actions: [
			phone({ type: 'phone.openStore' }),
			phone({ type: 'phone.install' }),
			phone({ type: 'phone.open' }),
			phone({ type: 'phone.add' }),
			phone({ type: 'phone.cameraOk' }),
			pc({ type: 'pc.next' }),
		],
	},
	{
		step: 'setup-scan-qr',
		actions: [phone((s) => ({ type: 'phone.capture', code: qrOnPcScreen(s.pc.getSnapshot()) })), pc({ type: 'pc.next' })],
	},
	{ step: 'setup-enter-code', actions: [phone({ type: 'phone.openAccount' }), typeAppCode] },
	{ step: 'setup-done', actions: [pc({ type: 'pc.done' })] },
	{ step: 'setup-stay-signed-in', actions: [pc({ type: 'pc.stay', stay: false }), nextDay] },
	{ step: 'signin-sign-in', actions: [pc({ type: 'pc.signIn' })] },
	{ step: 'signin-enter-code', actions: [typeAppCode] },
	{ step: 'signin-done', actions: [pc({ type: 'pc.stay', stay: false })] },
];

export const flow: PracticeFlow = {
	method: 'code',
	pc: codePc,
	phone: codePhone,
	plug: (deps) => ({
		pc: codePc.provide({ actors: pcActors(deps.pc) }),
		phone: codePhone.provide({ actors: appPhoneActors(deps.phone) }),
	}),
	screens: {
		pc: {
			...PC.WIZARD_SCREENS,
			appSetupInfo: PC.appSetupInfo,
			scanQr: PC.scanQr,
			enterCode: PC.enterCode,
		},
		phone: TODAY_PHONE_SCREENS,
	},
	script: CODE_SCRIPT,
	appSecret,
};
