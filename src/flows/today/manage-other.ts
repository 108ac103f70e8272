import { assign } from 'xstate';
import { PRACTICE_PHONE } from '../../backend/model';
import { maskPhone } from '../../backend/phone-number';
import { fill } from '../../i18n/format';
import { carrierPhoneActors, pcActors } from '../../machines/actors';
import { carrierPhone, readText } from '../../machines/carrier-phone';
import {
	challengeStates,
	codeEntryStates,
	initialPcContext,
	type PcContext,
	type PcEvent,
	pcSetup,
	signInStates,
	type VerifySteps,
} from '../../machines/pc';
import { pc, type ScriptEntry } from '../../machines/runtime';
import { kit } from '../../screens/blocks';
import type { PcScreen, PracticeFlow, View } from '../../screens/model';
import { SMS_PHONE_SCREENS } from '../../screens/shared/phone-carrier';
import { LOST_DEVICE, MANAGE_SCREENS } from '../../screens/today/manage';
import * as PC from '../../screens/today/pc';
import { atStep, deleteRowOf, listing } from './manage';

/*
 * Lost phone, with a second method (the chapter's "lost-phone-other-method"): the sign-in asks the
 * lost phone's app, which nobody answers; "I can't use my Microsoft Authenticator app right now" [UT]
 * lists the account's other ways, here a text to the same number on a new phone (the SIM reissued).
 * On the Security info page the lost phone's app is deleted; as it backs the default (the app's
 * notification), the default is changed to the text first [LRN-GRAPH-PHONEDEL; the web page's own
 * refusal is UNVERIFIED, src/backend/methods.ts].
 */

const OTHER = 'lost-phone-other-method';
const DELETE = 'manage-delete-method';
const signingIn = { setup: OTHER, signin: OTHER } as const satisfies VerifySteps;
const signIn = signInStates(pcSetup, { register: 'signIn', verify: 'sendingPush' });

const otherPc = pcSetup.createMachine({
	id: 'pc',
	context: initialPcContext,
	initial: 'signIn',
	states: {
		signIn: atStep(signIn.signIn, OTHER),
		signingIn: atStep(signIn.signingIn, OTHER),
		moreInfo: atStep(signIn.moreInfo, OTHER),
		// A PC trusted for N days asks nothing, and a verified sign-in has nothing left to complete: on to the page.
		service: { meta: { step: OTHER, screen: 'signIn' }, always: 'opening' },
		completing: { meta: { step: OTHER, screen: 'enterCode' }, always: 'opening' },
		// The default is still the lost phone's notification: the request goes there, and nobody answers.
		sendingPush: {
			meta: { step: OTHER, screen: 'approveRequest' },
			tags: 'busy',
			entry: assign({ pushNumber: null }),
			invoke: {
				src: 'requestPush',
				input: () => ({ purpose: 'signin' as const, match: true }),
				onDone: {
					target: 'waiting',
					actions: assign({ pushId: ({ event }) => event.output.id, pushNumber: ({ event }) => event.output.number }),
				},
				onError: { target: 'otherWays', actions: 'failed' },
			},
		},
		waiting: {
			meta: { step: OTHER, screen: 'approveRequest' },
			invoke: { src: 'watchPush', input: ({ context }) => ({ id: context.pushId ?? '' }) },
			on: {
				'pc.otherWay': { target: 'otherWays', actions: 'clearError' },
				'push.expired': { target: 'otherWays', actions: { type: 'setError', params: { error: 'push-expired' } } },
			},
		},
		otherWays: {
			meta: { step: OTHER, screen: 'otherWays' },
			on: {
				'pc.useWay': [
					{ guard: ({ event }) => event.way === 'sms', target: 'startingChallenge', actions: 'clearError' },
					{ target: 'sendingPush', actions: 'clearError' },
				],
			},
		},
		...challengeStates(pcSetup, 'sms', signingIn, 'enterCode'),
		...codeEntryStates(pcSetup, signingIn, 'opening', { resend: true, signedIn: 'opening' }),
		opening: listing(pcSetup, OTHER, 'enterCode', 'list', 'enterCode'),
		list: {
			meta: { step: DELETE, screen: 'securityInfo' },
			on: {
				'secinfo.delete': { target: 'confirmDelete', actions: [assign({ deleting: ({ event }) => event.id }), 'clearError'] },
				'secinfo.changeDefault': { target: 'choosing', actions: 'clearError' },
				'secinfo.add': { actions: { type: 'setError', params: { error: 'manage-delete-first' } } },
			},
		},
		choosing: {
			meta: { step: DELETE, screen: 'secinfoDefault' },
			on: {
				'secinfo.chooseDefault': [
					{ guard: ({ event }) => event.method !== 'sms', actions: { type: 'setError', params: { error: 'choose-default-sms' } } },
					{ target: 'setting', actions: 'clearError' },
				],
				'secinfo.cancel': { target: 'list', actions: 'clearError' },
			},
		},
		setting: {
			meta: { step: DELETE, screen: 'secinfoDefault' },
			tags: 'busy',
			invoke: { src: 'setDefault', input: () => 'sms' as const, onDone: 'reloading', onError: { target: 'choosing', actions: 'failed' } },
		},
		reloading: listing(pcSetup, DELETE, 'secinfoDefault', 'list', 'list'),
		confirmDelete: {
			meta: { step: DELETE, screen: 'secinfoDelete' },
			on: {
				'secinfo.ok': [
					{
						guard: ({ context }) => context.secinfo?.methods.find((m) => m.id === context.deleting)?.device !== LOST_DEVICE,
						actions: { type: 'setError', params: { error: 'manage-delete-old' } },
					},
					{ target: 'deleting', actions: 'clearError' },
				],
				'secinfo.cancel': { target: 'list', actions: [assign({ deleting: null }), 'clearError'] },
			},
		},
		// The service refuses to delete the method the default rests on while others remain: its message says to change the default.
		deleting: {
			meta: { step: DELETE, screen: 'secinfoDelete' },
			tags: 'busy',
			invoke: {
				src: 'deleteMethod',
				input: ({ context }) => context.deleting ?? '',
				onDone: { target: 'reloadingAfterDelete', actions: assign({ deleting: null, deleted: true }) },
				onError: { target: 'list', actions: ['failed', assign({ deleting: null })] },
			},
		},
		reloadingAfterDelete: listing(pcSetup, DELETE, 'securityInfo', 'cleaned', 'list'),
		// The end of the walk-through: the lost phone no longer signs in; the text is the default.
		cleaned: {
			meta: { step: DELETE, screen: 'securityInfo' },
			tags: 'done',
		},
	},
});

const { actions, button, error, text, title } = kit<PcEvent>();

/** "Verify your identity": this account's other ways, the app (lost) and a text to its number (masked as the page masks it). */
function otherWays(view: View): PcScreen {
	const { env } = view;
	const t = env.t;
	const ctx: PcContext = view.pc.context;
	return {
		id: 'otherWays',
		blocks: [
			text(env.account, 'account', { alt: null }),
			title(t['pc.today.ways.title']),
			...error(env, ctx.error),
			actions(
				[
					button(t['pc.today.ways.approve'], { type: 'pc.useWay', way: 'approve' }),
					button(fill(t['pc.today.passkey.ways.sms'], { number: maskPhone(PRACTICE_PHONE.e164) }), { type: 'pc.useWay', way: 'sms' }),
				],
				{ layout: 'column' },
			),
		],
	};
}

const smsPhone = carrierPhone({ messages: true, calls: false });

/** The code page words the text's code as the SMS practice's does (the page's wording follows the method). */
const enterTextCode = (view: View) => PC.enterCode({ ...view, env: { ...view.env, method: 'sms' } });

export const OTHER_SCRIPT: ScriptEntry[] = [
	{ step: OTHER, actions: [pc({ type: 'pc.signIn' }), pc({ type: 'pc.otherWay' }), pc({ type: 'pc.useWay', way: 'sms' }), ...readText] },
	{
		step: DELETE,
		actions: [
			pc({ type: 'secinfo.changeDefault' }),
			pc({ type: 'secinfo.chooseDefault', method: 'sms' }),
			deleteRowOf(LOST_DEVICE),
			pc({ type: 'secinfo.ok' }),
		],
	},
];

export const flow: PracticeFlow = {
	method: 'manage',
	scenario: 'lost-phone-other',
	pc: otherPc,
	phone: smsPhone,
	plug: (deps) => ({
		pc: otherPc.provide({ actors: pcActors(deps.pc) }),
		phone: smsPhone.provide({ actors: carrierPhoneActors(deps.phone) }),
	}),
	screens: {
		pc: { ...PC.WIZARD_SCREENS, ...MANAGE_SCREENS, approveRequest: PC.approveRequest, otherWays, enterCode: enterTextCode },
		phone: SMS_PHONE_SCREENS,
	},
	script: OTHER_SCRIPT,
	// The lost phone's app is the default; texts to the same number reach the new phone (the SIM reissued).
	tenant: {
		registration: 'done',
		method: 'push',
		phone: { e164: PRACTICE_PHONE.e164, display: PRACTICE_PHONE.national, via: 'sms' },
		methods: [
			{ id: 'method-lost', kind: 'app', device: LOST_DEVICE, label: 'iPhone 12', addedAt: 0 },
			{ id: 'method-phone', kind: 'phone', device: null, label: PRACTICE_PHONE.national, addedAt: 0 },
		],
		defaultMethod: 'push',
	},
};
