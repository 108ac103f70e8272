import { PRACTICE_PHONE } from '../../backend/model';
import { carrierPhoneActors, pcActors } from '../../machines/actors';
import { carrierPhone, readText } from '../../machines/carrier-phone';
import { challengeStates, codeEntryStates, initialPcContext, pcSetup, signInStates, type VerifySteps } from '../../machines/pc';
import { pc, type ScriptEntry } from '../../machines/runtime';
import type { PracticeFlow, View } from '../../screens/model';
import { SMS_PHONE_SCREENS } from '../../screens/shared/phone-carrier';
import { MANAGE_SCREENS } from '../../screens/today/manage';
import * as PC from '../../screens/today/pc';
import { atStep, listing } from './manage';

/*
 * Change the default sign-in method (the chapter's "security-info" section): the Security info page
 * (https://mysignins.microsoft.com/security-info) asks for MFA on the way in [LRN-COMBINED], here a
 * text's code, as the default is still the text; then "Change" beside "Default sign-in method", the
 * app's notification, "Confirm" [3P-GODADDY-EN]. The student added the app on a new phone before:
 * the list has both.
 */

const OPEN = 'manage-open-security-info';
const DEFAULT = 'manage-default-method';
const opening = { setup: OPEN, signin: OPEN } as const satisfies VerifySteps;

const signIn = signInStates(pcSetup, { register: 'signIn', verify: 'startingChallenge' });

const defaultPc = pcSetup.createMachine({
	id: 'pc',
	context: initialPcContext,
	initial: 'signIn',
	states: {
		// Registered long ago: the sign-in goes on to the text, never to registration.
		signIn: atStep(signIn.signIn, OPEN),
		signingIn: atStep(signIn.signingIn, OPEN),
		moreInfo: atStep(signIn.moreInfo, OPEN),
		...challengeStates(pcSetup, 'sms', opening, 'enterCode'),
		...codeEntryStates(pcSetup, opening, 'opening', { resend: true, signedIn: 'opening' }),
		// A PC trusted for N days asks no code, and a verified sign-in has nothing left to complete: on to the page.
		service: { meta: { step: OPEN, screen: 'signIn' }, always: 'opening' },
		completing: { meta: { step: OPEN, screen: 'enterCode' }, always: 'opening' },
		opening: listing(pcSetup, OPEN, 'enterCode', 'list', 'enterCode'),
		list: {
			meta: { step: DEFAULT, screen: 'securityInfo' },
			on: {
				'secinfo.changeDefault': { target: 'choosing', actions: 'clearError' },
				'secinfo.add': { actions: { type: 'setError', params: { error: 'manage-change-default' } } },
				'secinfo.delete': { actions: { type: 'setError', params: { error: 'manage-change-default' } } },
			},
		},
		choosing: {
			meta: { step: DEFAULT, screen: 'secinfoDefault' },
			on: {
				'secinfo.chooseDefault': [
					{ guard: ({ event }) => event.method !== 'push', actions: { type: 'setError', params: { error: 'choose-default-app' } } },
					{ target: 'setting', actions: 'clearError' },
				],
				'secinfo.cancel': { target: 'list', actions: 'clearError' },
			},
		},
		setting: {
			meta: { step: DEFAULT, screen: 'secinfoDefault' },
			tags: 'busy',
			invoke: {
				src: 'setDefault',
				input: () => 'push' as const,
				onDone: 'reloading',
				onError: { target: 'choosing', actions: 'failed' },
			},
		},
		reloading: listing(pcSetup, DEFAULT, 'secinfoDefault', 'changed', 'list'),
		// The end of the walk-through: the list names the app's notification as the default.
		changed: {
			meta: { step: DEFAULT, screen: 'securityInfo' },
			tags: 'done',
			on: { 'secinfo.changeDefault': { target: 'choosing', actions: 'clearError' } },
		},
	},
});

const smsPhone = carrierPhone({ messages: true, calls: false });

/** The code page words the text's code as the SMS practice's does (the page's wording follows the method). */
const enterTextCode = (view: View) => PC.enterCode({ ...view, env: { ...view.env, method: 'sms' } });

export const DEFAULT_SCRIPT: ScriptEntry[] = [
	{ step: OPEN, actions: [pc({ type: 'pc.signIn' }), ...readText] },
	{ step: DEFAULT, actions: [pc({ type: 'secinfo.changeDefault' }), pc({ type: 'secinfo.chooseDefault', method: 'push' })] },
];

export const flow: PracticeFlow = {
	method: 'manage',
	scenario: 'change-default',
	pc: defaultPc,
	phone: smsPhone,
	plug: (deps) => ({
		pc: defaultPc.provide({ actors: pcActors(deps.pc) }),
		phone: smsPhone.provide({ actors: carrierPhoneActors(deps.phone) }),
	}),
	screens: {
		pc: { ...PC.WIZARD_SCREENS, ...MANAGE_SCREENS, enterCode: enterTextCode },
		phone: SMS_PHONE_SCREENS,
	},
	script: DEFAULT_SCRIPT,
	// Texts to the practice phone as the default; Microsoft Authenticator added since on the new phone.
	tenant: {
		registration: 'done',
		method: 'sms',
		phone: { e164: PRACTICE_PHONE.e164, display: PRACTICE_PHONE.national, via: 'sms' },
		methods: [
			{ id: 'method-phone', kind: 'phone', device: null, label: PRACTICE_PHONE.national, addedAt: 0 },
			{ id: 'method-app', kind: 'app', device: 'device-new', label: 'Pixel 9', addedAt: 0 },
		],
		defaultMethod: 'sms',
	},
};
