import { assign } from 'xstate';
import { appPhoneActors, pcActors } from '../../machines/actors';
import { appSecret } from '../../machines/app-code';
import { qrOnPcScreen } from '../../machines/app-phone';
import { currentScreen } from '../../machines/meta';
import { initialPcContext, type PcContext, type PcEvent, type PcScreenId, pcSetup, signInStates } from '../../machines/pc';
import { type Action, type PhoneEvent, pc, phone, type ScriptEntry, type Session } from '../../machines/runtime';
import { type Handset, type HandsetsContext, twoHandsets } from '../../machines/today/handsets';
import { type TodayPhoneContext, todayPhone } from '../../machines/today/phone';
import { kit } from '../../screens/blocks';
import type { PhoneScreen, PracticeFlow, View } from '../../screens/model';
import { LOST_DEVICE, MANAGE_SCREENS } from '../../screens/today/manage';
import * as PC from '../../screens/today/pc';
import { TODAY_PHONE_SCREENS } from '../../screens/today/phone';
import type { StepId } from '../../step-ids';
import { addAppStates, atStep, deleteRowOf, listing } from './manage';

/*
 * A new phone, the old one still in hand (the chapter's "new-phone" section; ../shared/facts/
 * after-enrolment-2026.md §2 [LRN-AUTH-TRANSFER]): the Security info page asks for MFA on the way in
 * [LRN-COMBINED], which the OLD phone's app approves (number matching, as today's push); "+ Add sign-in
 * method" → Microsoft Authenticator [LRN-PASSKEY-AUTH-REG], scanned on the NEW phone; then the check
 * Learn asks for ("Keep your old phone until you confirm that you can sign in … from the new phone"
 * [LRN-AUTH-TRANSFER]): sign out, sign in again and approve on the new phone; then "Delete" on the old
 * phone's row. The request of a sign-in goes to every registered app (the practice service's rule,
 * src/backend/pushes.ts; whether the real service notifies every app or one is UNVERIFIED). A request
 * still waiting on the old phone when its row is deleted fails (`push-revoked`).
 */

const ADD = 'new-phone-add';
const CHECK = 'new-phone-check';
const DELETE = 'new-phone-delete-old';

const signIn = signInStates(pcSetup, { register: 'signIn', verify: 'sendingPush' });

/** A sign-in's request to the apps, waited for; approved: `approved`; otherwise its failure and a new request. */
function pushStates(step: StepId, names: { send: string; wait: string; failed: string }, approved: string) {
	return {
		[names.send]: pcSetup.createStateConfig({
			meta: { step, screen: 'approveRequest' },
			tags: 'busy',
			entry: assign({ pushNumber: null }),
			invoke: {
				src: 'requestPush',
				input: () => ({ purpose: 'signin' as const, match: true }),
				onDone: {
					target: names.wait,
					actions: assign({ pushId: ({ event }) => event.output.id, pushNumber: ({ event }) => event.output.number, notice: null }),
				},
				onError: { target: names.failed, actions: 'failed' },
			},
		}),
		[names.wait]: pcSetup.createStateConfig({
			meta: { step, screen: 'approveRequest' },
			tags: 'phone-leads',
			invoke: { src: 'watchPush', input: ({ context }) => ({ id: context.pushId ?? '' }) },
			on: {
				'pc.remember': { actions: assign({ remember: ({ event }) => event.checked }) },
				// Both phones are in hand: the practice keeps the student on the phone the step names.
				'pc.otherWay': { actions: { type: 'setError', params: { error: 'manage-approve-on-phone' } } },
				'push.approved': { target: approved, actions: 'clearError' },
				'push.denied': { target: names.failed, actions: assign({ notice: 'denied' }) },
				'push.reported': { target: names.failed, actions: assign({ notice: 'denied' }) },
				'push.expired': { target: names.failed, actions: assign({ notice: 'expired' }) },
				'push.mismatch': { target: names.failed, actions: assign({ notice: 'mismatch' }) },
			},
		}),
		[names.failed]: pcSetup.createStateConfig({
			meta: { step, screen: 'pushFailed', next: 'pc' },
			on: { 'pc.retry': { target: names.send, actions: 'clearError' } },
		}),
	};
}

const newPhonePc = pcSetup.createMachine({
	id: 'pc',
	context: initialPcContext,
	initial: 'signIn',
	states: {
		signIn: atStep(signIn.signIn, ADD),
		signingIn: atStep(signIn.signingIn, ADD),
		moreInfo: atStep(signIn.moreInfo, ADD),
		service: { meta: { step: ADD, screen: 'signIn' }, always: 'opening' },
		...pushStates(ADD, { send: 'sendingPush', wait: 'waiting', failed: 'pushFailed' }, 'opening'),
		opening: listing(pcSetup, ADD, 'approveRequest', 'list', 'pushFailed'),
		// The old phone's row stays until the new one is added and checked.
		...addAppStates(pcSetup, ADD, 'list', 'added'),
		// Both rows listed: sign out and in again, and the new phone answers.
		added: {
			meta: { step: CHECK, screen: 'securityInfo' },
			on: {
				'pc.signOut': { target: 'again', actions: assign({ error: null, notice: null }) },
				'secinfo.delete': { actions: { type: 'setError', params: { error: 'manage-check-first' } } },
				'secinfo.add': { actions: { type: 'setError', params: { error: 'manage-check-first' } } },
				'secinfo.changeDefault': { actions: { type: 'setError', params: { error: 'manage-check-first' } } },
			},
		},
		again: {
			meta: { step: CHECK, screen: 'signIn' },
			on: { 'pc.signIn': { target: 'signingAgain', actions: 'clearError' } },
		},
		signingAgain: {
			meta: { step: CHECK, screen: 'signIn' },
			tags: 'busy',
			invoke: { src: 'signIn', onDone: 'sendingAgain', onError: { target: 'again', actions: 'failed' } },
		},
		...pushStates(CHECK, { send: 'sendingAgain', wait: 'waitingAgain', failed: 'againFailed' }, 'reopening'),
		reopening: listing(pcSetup, CHECK, 'approveRequest', 'checked', 'againFailed'),
		checked: {
			meta: { step: DELETE, screen: 'securityInfo' },
			on: {
				'secinfo.delete': { target: 'confirmDelete', actions: [assign({ deleting: ({ event }) => event.id }), 'clearError'] },
				'secinfo.add': { actions: { type: 'setError', params: { error: 'manage-old-row' } } },
				'secinfo.changeDefault': { actions: { type: 'setError', params: { error: 'manage-old-row' } } },
			},
		},
		confirmDelete: {
			meta: { step: DELETE, screen: 'secinfoDelete' },
			on: {
				'secinfo.ok': [
					{
						guard: ({ context }) => context.secinfo?.methods.find((m) => m.id === context.deleting)?.device !== LOST_DEVICE,
						actions: { type: 'setError', params: { error: 'manage-old-row' } },
					},
					{ target: 'deleting', actions: 'clearError' },
				],
				'secinfo.cancel': { target: 'checked', actions: [assign({ deleting: null }), 'clearError'] },
			},
		},
		deleting: {
			meta: { step: DELETE, screen: 'secinfoDelete' },
			tags: 'busy',
			invoke: {
				src: 'deleteMethod',
				input: ({ context }) => context.deleting ?? '',
				onDone: { target: 'reloadingAfterDelete', actions: assign({ deleting: null, deleted: true }) },
				onError: { target: 'checked', actions: 'failed' },
			},
		},
		reloadingAfterDelete: listing(pcSetup, DELETE, 'securityInfo', 'cleaned', 'checked'),
		// The end of the walk-through: only the new phone's app signs in; the old phone's requests fail.
		cleaned: {
			meta: { step: DELETE, screen: 'securityInfo' },
			tags: 'done',
		},
	},
});

/** The old phone: Microsoft Authenticator set up long ago, its account paired to the old phone's row. */
const oldPhone = todayPhone(
	'authenticator',
	{ install: ADD, launch: ADD, scan: ADD, code: ADD },
	{
		installed: true,
		consented: true,
		notifications: true,
		camera: true,
		account: { name: '', deviceId: LOST_DEVICE, secret: '' },
	},
);
const newPhone = todayPhone('authenticator', { install: ADD, launch: ADD, scan: ADD, code: ADD });
const handsets = twoHandsets(oldPhone, newPhone);

/** What the walk-through reads off the handsets. */
const handsetsOf = (s: Session): HandsetsContext => s.phone.getSnapshot().context;
const handsetContext = (s: Session, which: Handset): TodayPhoneContext => handsetsOf(s)[which].getSnapshot().context;
const numberOnPc = (s: Session) => {
	const context: PcContext = s.pc.getSnapshot().context;
	return context.pushNumber;
};

/** Picks up the other handset (the walk-through starts with the old one in hand). */
const hold = (handset: Handset): Action => phone({ type: 'phone.hold', handset });
/** A request has reached this handset. */
const requestOn = (which: Handset) => (s: Session) => handsetContext(s, which).notification !== null;
/** The number the PC shows, typed on the held handset's request. */
const typeNumber = phone((s) => {
	const number = numberOnPc(s);
	return number ? { type: 'phone.approve', number } : null;
});
/** A press on the PC's `screen` once the new phone has got this far (as in the lost phone's scenario, ./manage.ts). */
const pcOnceTheNewPhone = (screen: PcScreenId, ready: (p: TodayPhoneContext) => boolean, event: PcEvent) =>
	pc((s) => (currentScreen(s.pc.getSnapshot()) === screen && ready(handsetContext(s, 'new')) ? event : null));

export const NEW_PHONE_SCRIPT: ScriptEntry[] = [
	{
		step: ADD,
		actions: [
			pc({ type: 'pc.signIn' }),
			phone((s) => (requestOn('old')(s) ? { type: 'phone.openNotification' } : null)),
			typeNumber,
			pc({ type: 'secinfo.add' }),
			pc({ type: 'secinfo.chooseAdd', kind: 'app' }),
			hold('new'),
			phone({ type: 'phone.openStore' }),
			phone({ type: 'phone.install' }),
			phone({ type: 'phone.open' }),
			pcOnceTheNewPhone('installApp', (p) => p.installed, { type: 'pc.next' }),
			phone({ type: 'phone.agree' }),
			phone({ type: 'phone.continue' }),
			phone((s) => (handsetContext(s, 'new').account ? null : { type: 'phone.add' })),
			phone({ type: 'phone.allow', allow: true }),
			phone({ type: 'phone.cameraOk' }),
			pcOnceTheNewPhone('appSetupInfo', (p) => p.camera, { type: 'pc.next' }),
			phone((s) => ({ type: 'phone.capture', code: qrOnPcScreen(s.pc.getSnapshot()) })),
			pcOnceTheNewPhone('scanQr', (p) => p.account !== null, { type: 'pc.next' }),
		],
	},
	{
		step: CHECK,
		actions: [
			pc({ type: 'pc.signOut' }),
			pc({ type: 'pc.signIn' }),
			phone((s) => (requestOn('new')(s) ? { type: 'phone.openNotification' } : null)),
			typeNumber,
		],
	},
	{ step: DELETE, actions: [deleteRowOf(LOST_DEVICE), pc({ type: 'secinfo.ok' })] },
];

const { actions, button, text } = kit<PhoneEvent>();

/**
 * The handset in hand, above it which one that is and a button to pick up the other. The screen's id
 * names the handset, so picking up the other is a new page whose title takes focus and is announced.
 */
function handsetsScreen(view: View): PhoneScreen {
	const context: HandsetsContext = view.phone.context;
	const held = context[context.holding].getSnapshot();
	const draw = TODAY_PHONE_SCREENS[currentScreen(held)];
	if (!draw) throw new Error(`No screen for the ${context.holding} phone at ${currentScreen(held)}`);
	const screen = draw({ ...view, phone: held });
	// A still (the chapter, the screen finder) is the app's screen alone: the switch is the practice's own.
	if (!view.env.live) return screen;
	const t = view.env.t;
	const other: Handset = context.holding === 'old' ? 'new' : 'old';
	return {
		...screen,
		id: `${context.holding}-${screen.id}`,
		blocks: [
			text(t[`phone.handsets.holding.${context.holding}`], 'strong'),
			actions([button(t[`phone.handsets.take.${other}`], { type: 'phone.hold', handset: other })]),
			...screen.blocks,
		],
	};
}

export const flow: PracticeFlow = {
	method: 'manage',
	scenario: 'new-phone',
	pc: newPhonePc,
	phone: handsets,
	plug: (deps) => ({
		pc: newPhonePc.provide({ actors: pcActors(deps.pc) }),
		phone: twoHandsets(oldPhone.provide({ actors: appPhoneActors(deps.phone) }), newPhone.provide({ actors: appPhoneActors(deps.phone) })),
	}),
	screens: {
		pc: {
			...PC.WIZARD_SCREENS,
			...MANAGE_SCREENS,
			approveRequest: PC.approveRequest,
			pushFailed: PC.pushFailed,
			installApp: PC.installApp,
			appSetupInfo: PC.appSetupInfo,
			scanQr: PC.scanQr,
		},
		phone: { handsets: handsetsScreen },
	},
	script: NEW_PHONE_SCRIPT,
	// Microsoft Authenticator on the old phone, the default; the new phone has nothing yet.
	tenant: {
		registration: 'done',
		method: 'push',
		methods: [{ id: 'method-old', kind: 'app', device: LOST_DEVICE, label: 'iPhone 12', addedAt: 0 }],
		defaultMethod: 'push',
	},
	appSecret: (snapshot) => {
		const context: HandsetsContext = snapshot.context;
		return appSecret(context[context.holding].getSnapshot());
	},
};
