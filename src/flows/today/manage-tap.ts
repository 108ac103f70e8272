import { assign } from 'xstate';
import { appPhoneActors, pcActors } from '../../machines/actors';
import { appSecret } from '../../machines/app-code';
import { qrOnPcScreen } from '../../machines/app-phone';
import { initialPcContext, pcSetup } from '../../machines/pc';
import { pc, phone, type ScriptEntry } from '../../machines/runtime';
import { todayPhone } from '../../machines/today/phone';
import type { PracticeFlow } from '../../screens/model';
import { LOST_DEVICE, MANAGE_SCREENS } from '../../screens/today/manage';
import * as PC from '../../screens/today/pc';
import { TODAY_PHONE_SCREENS } from '../../screens/today/phone';
import { addAppStates, appHasAccount, deleteRowOf, listing, pcOnceThePhone, typePass } from './manage';

/*
 * Lost phone, no other method: the helpdesk's Temporary Access Pass (the chapter's "lost-phone"
 * section; ../shared/facts/after-enrolment-2026.md [LRN-TAP]). The pass signs in instead of the
 * password and the lost phone's app; the Security info page then adds the app on the new phone by
 * its QR code (today's wizard pages, as "+ Add sign-in method" leads to them [LRN-PASSKEY-AUTH-REG]),
 * the lost phone's row is deleted, and the one-time pass, tried again, is refused as used.
 */

const HELPDESK = 'lost-phone-helpdesk';
const TAP = 'lost-phone-tap';
const REGISTER = 'lost-phone-register';
const CLEAN_UP = 'lost-phone-clean-up';

const tapPc = pcSetup.createMachine({
	id: 'pc',
	context: initialPcContext,
	initial: 'helpdesk',
	states: {
		helpdesk: {
			meta: { step: HELPDESK, screen: 'helpdesk' },
			on: { 'pc.askHelpdesk': { target: 'issuing', actions: 'clearError' } },
		},
		issuing: {
			meta: { step: HELPDESK, screen: 'helpdesk' },
			tags: 'busy',
			invoke: {
				src: 'issueTap',
				onDone: {
					target: 'tap',
					actions: assign({ pass: ({ event }) => ({ code: event.output.code, expiresAt: event.output.expiresAt }) }),
				},
				onError: { target: 'helpdesk', actions: 'failed' },
			},
		},
		// The sign-in page asks for the pass instead of the password [LRN-TAP].
		tap: {
			meta: { step: TAP, screen: 'tapSignIn' },
			on: { 'tap.submit': { target: 'tapping', actions: 'clearError' } },
		},
		tapping: {
			meta: { step: TAP, screen: 'tapSignIn' },
			tags: 'busy',
			invoke: {
				src: 'tapSignIn',
				input: ({ event }) => (event.type === 'tap.submit' ? event.code : ''),
				onDone: 'opening',
				onError: { target: 'tap', actions: 'failed' },
			},
		},
		opening: listing(pcSetup, TAP, 'tapSignIn', 'register', 'tap'),
		// The list still has the lost phone: the new one is added first, so that a method always remains.
		...addAppStates(pcSetup, REGISTER, 'register', 'cleanUp'),
		cleanUp: {
			meta: { step: CLEAN_UP, screen: 'securityInfo' },
			on: {
				'secinfo.delete': { target: 'confirmDelete', actions: [assign({ deleting: ({ event }) => event.id }), 'clearError'] },
				'secinfo.changeDefault': { actions: { type: 'setError', params: { error: 'manage-delete-first' } } },
				'secinfo.add': { actions: { type: 'setError', params: { error: 'manage-delete-first' } } },
			},
		},
		// The lost phone's row is gone: the page offers "Sign out" (src/screens/today/manage.ts) from here on.
		cleaned: {
			meta: { step: CLEAN_UP, screen: 'securityInfo' },
			on: {
				'secinfo.delete': { target: 'confirmDelete', actions: [assign({ deleting: ({ event }) => event.id }), 'clearError'] },
				'secinfo.changeDefault': { actions: { type: 'setError', params: { error: 'manage-sign-out' } } },
				'secinfo.add': { actions: { type: 'setError', params: { error: 'manage-sign-out' } } },
				'pc.signOut': { target: 'tapAgain', actions: assign({ error: null, deleted: false }) },
			},
		},
		confirmDelete: {
			meta: { step: CLEAN_UP, screen: 'secinfoDelete' },
			on: {
				'secinfo.ok': [
					// Deleting the new phone would leave the lost one: the practice keeps the student on the way.
					{
						guard: ({ context }) => context.secinfo?.methods.find((m) => m.id === context.deleting)?.device !== LOST_DEVICE,
						actions: { type: 'setError', params: { error: 'manage-delete-old' } },
					},
					{ target: 'deleting', actions: 'clearError' },
				],
				'secinfo.cancel': [
					{ guard: ({ context }) => context.deleted === true, target: 'cleaned', actions: [assign({ deleting: null }), 'clearError'] },
					{ target: 'cleanUp', actions: [assign({ deleting: null }), 'clearError'] },
				],
			},
		},
		deleting: {
			meta: { step: CLEAN_UP, screen: 'secinfoDelete' },
			tags: 'busy',
			invoke: {
				src: 'deleteMethod',
				input: ({ context }) => context.deleting ?? '',
				onDone: { target: 'reloadingAfterDelete', actions: assign({ deleting: null, deleted: true }) },
				onError: { target: 'cleanUp', actions: 'failed' },
			},
		},
		reloadingAfterDelete: listing(pcSetup, CLEAN_UP, 'securityInfo', 'cleaned', 'cleanUp'),
		// Signed out, the pass again: a one-time pass already used is refused with its own message [LRN-TAP].
		tapAgain: {
			meta: { step: CLEAN_UP, screen: 'tapSignIn' },
			on: { 'tap.submit': { target: 'tappingAgain', actions: 'clearError' } },
		},
		tappingAgain: {
			meta: { step: CLEAN_UP, screen: 'tapSignIn' },
			tags: 'busy',
			invoke: {
				src: 'tapSignIn',
				input: ({ event }) => (event.type === 'tap.submit' ? event.code : ''),
				onDone: { target: 'tapAgain' },
				onError: { target: 'refused', actions: 'failed' },
			},
		},
		// The end of the walk-through: the pass is spent; from now on the new phone signs in.
		refused: {
			meta: { step: CLEAN_UP, screen: 'tapSignIn' },
			tags: 'done',
			on: { 'tap.submit': { target: 'tappingAgain', actions: 'clearError' } },
		},
	},
});

const newPhone = todayPhone('authenticator', { install: REGISTER, launch: REGISTER, scan: REGISTER, code: REGISTER });

/** The scenario done right, step by step. */
export const TAP_SCRIPT: ScriptEntry[] = [
	{ step: HELPDESK, actions: [pc({ type: 'pc.askHelpdesk' })] },
	{ step: TAP, actions: [typePass] },
	{
		step: REGISTER,
		actions: [
			pc({ type: 'secinfo.add' }),
			pc({ type: 'secinfo.chooseAdd', kind: 'app' }),
			phone({ type: 'phone.openStore' }),
			phone({ type: 'phone.install' }),
			phone({ type: 'phone.open' }),
			pcOnceThePhone('installApp', (p) => p.installed, { type: 'pc.next' }),
			phone({ type: 'phone.agree' }),
			phone({ type: 'phone.continue' }),
			// "Add account" once: with the account added, the app's list offers it again, and that is no next press.
			phone((s) => (appHasAccount(s) ? null : { type: 'phone.add' })),
			phone({ type: 'phone.allow', allow: true }),
			phone({ type: 'phone.cameraOk' }),
			pcOnceThePhone('appSetupInfo', (p) => p.camera, { type: 'pc.next' }),
			phone((s) => ({ type: 'phone.capture', code: qrOnPcScreen(s.pc.getSnapshot()) })),
			pcOnceThePhone('scanQr', (p) => p.account !== null, { type: 'pc.next' }),
		],
	},
	{ step: CLEAN_UP, actions: [deleteRowOf(LOST_DEVICE), pc({ type: 'secinfo.ok' }), pc({ type: 'pc.signOut' }), typePass] },
];

export const flow: PracticeFlow = {
	method: 'manage',
	scenario: 'lost-phone-tap',
	pc: tapPc,
	phone: newPhone,
	plug: (deps) => ({
		pc: tapPc.provide({ actors: pcActors(deps.pc) }),
		phone: newPhone.provide({ actors: appPhoneActors(deps.phone) }),
	}),
	screens: {
		pc: { ...MANAGE_SCREENS, installApp: PC.installApp, appSetupInfo: PC.appSetupInfo, scanQr: PC.scanQr },
		phone: TODAY_PHONE_SCREENS,
	},
	script: TAP_SCRIPT,
	// Enrolled long ago with Microsoft Authenticator on the phone now lost; nothing else registered.
	tenant: {
		registration: 'done',
		method: 'push',
		methods: [{ id: 'method-lost', kind: 'app', device: LOST_DEVICE, label: 'iPhone 12', addedAt: 0 }],
		defaultMethod: 'push',
	},
	appSecret,
};
