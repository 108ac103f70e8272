import { assign, setup } from 'xstate';
import type { SecurityInfo } from '../backend/client';
import type { ErrorCode } from '../backend/errors';
import type { ChallengeKind, ChallengeStatus, VerifyOutcome } from '../backend/model';
import type { Phase } from '../methods';
import { errorCode, pcActors, UNPLUGGED } from './actors';
import type { StateMeta, Steps } from './meta';
import type { SecurityInfoEvent } from './today/security-info';

/**
 * What every method's PC machine shares: its context, its events, its services, and the
 * parts of the flow where the manual's chapters say the same thing (signing in, the
 * Authenticator set-up of chapters 3 and 4, typing a code, finishing). Each method's file
 * puts these parts together with its own (src/flows/<edition>/<method>.ts), once, as a value.
 */

/** The PC's screens (src/screens/shared/pc.ts, src/screens/manual/ and src/screens/today/ draw them). */
export type PcScreenId =
	| 'signIn'
	| 'moreInfo'
	| 'securityVerification'
	| 'configureApp'
	| 'configureAppReady'
	| 'chooseUse'
	| 'waitApproval'
	| 'pushFailed'
	| 'backupPhone'
	| 'service'
	| 'phoneForm'
	| 'enterCode'
	| 'callStarting'
	| 'waitingCall'
	| 'callFailed'
	| 'blocked'
	| 'challengeFailed'
	| 'verified'
	// Today's screens (src/screens/today/): the 2025–26 wizard, number matching, "Stay signed in?".
	| 'installApp'
	| 'otherOptions'
	| 'appSetupInfo'
	| 'scanQr'
	| 'tryIt'
	| 'added'
	| 'staySignedIn'
	| 'approveRequest'
	| 'stranger'
	| 'strangerOutcome'
	| 'otherWays'
	// Today's passkey (src/screens/today/passkey.ts): the prompt after a sign-in, the app's part, the QR code.
	| 'passkeyPrompt'
	| 'openApp'
	| 'passkeyQr'
	| 'passkeyConnected'
	| 'passkeyFailed'
	// Windows 11's dialog that asks where the passkey is, before the QR code.
	| 'passkeyWhere'
	// After enrolment (src/screens/today/manage.ts): the helpdesk's pass, its sign-in, the Security info page and its dialogs.
	| 'helpdesk'
	| 'tapSignIn'
	| 'securityInfo'
	| 'secinfoAdd'
	| 'secinfoDelete'
	| 'secinfoDefault';

export interface PcContext {
	phase: Phase;
	/** "Don't ask again for N days", where the institution turns it on; null: the box is not there. */
	rememberDays: number | null;
	/** What the PC shows to link the app: the QR code's activation code and URL, and the key for another app. */
	activation: { code: string; url: string; key?: string } | null;
	pushId: string | null;
	/** Number matching: the two digits the sign-in screen shows for the request under way. */
	pushNumber: string | null;
	/** A sign-in with the passkey under way: the request, and what its QR code carries. */
	passkey: { id: string; code: string } | null;
	/** The passkey practice's PC without Bluetooth (a computer room's): the phone's passkey cannot reach it. */
	noBluetooth: boolean;
	/** "Can't scan the QR code?" was pressed: the page shows what to type instead. */
	showKey: boolean;
	/** "Stay signed in?": the "Don't show this again" box. */
	dontShow: boolean;
	/** The "don't ask again for N days" box on the waiting screen. */
	remember: boolean;
	/** Set when the last sign-in skipped verification because this PC was trusted. */
	remembered: boolean;
	/** What went wrong, as the screens explain it; null when all is well. */
	error: ErrorCode | null;
	/** What the PC's last answer from the service was, for screens that report it. */
	notice:
		| 'registered'
		| 'verified'
		| 'denied'
		| 'expired'
		| 'mismatch'
		| 'reported'
		| 'approved'
		| 'no-answer'
		| 'hung-up'
		| 'wrong-key'
		| 'fraud'
		| 'unblocked'
		| 'cancelled'
		| 'skipped'
		| null;
	/** The text, call or code entry under way, and the number as the page names it. */
	challenge: { id: string; to: string | null } | null;
	/** When the lock-out after five wrong codes ends, on the service's clock. */
	lockedUntil: number | null;
	/** Wrong tries left after a wrong code. */
	tries: number | null;
	/** How many digits were typed, after a code of the wrong length. */
	typed: number | null;
	/**
	 * The student was verified but telling the service failed: "retry" then finishes the
	 * sign-in instead of sending a new request (which would ask the student to verify again).
	 */
	completionFailed: boolean;
	/** After enrolment: the Security info page as the service last listed it, and the method whose deletion is asked. */
	secinfo?: SecurityInfo | null;
	deleting?: string | null;
	/** The helpdesk's Temporary Access Pass as the student was handed it (the practice shows it beside the field). */
	pass?: { code: string; expiresAt: number } | null;
	/** A method was just deleted: the page says so. */
	deleted?: boolean;
}

/**
 * What the student does on the PC. Each form has its own event with its own fields, as
 * the form gives them (strings: the machine checks the choices the practice is about).
 */
export type PcEvent =
	| { type: 'pc.signIn' }
	| { type: 'pc.next' }
	/** "Security verification": the contact method chosen, then "Set up". */
	| { type: 'pc.setup'; contact: string }
	/** "How do you want to use the mobile app?" */
	| { type: 'pc.chooseUse'; use: string }
	/** The phone methods' "Step 1": contact method, country, number and how to be reached. */
	| { type: 'pc.registerPhone'; contact: string; country: string; number: string; via: string }
	| { type: 'pc.verify'; code: string }
	| { type: 'pc.done'; backupPhone?: string }
	| { type: 'pc.remember'; checked: boolean }
	| { type: 'pc.cancel' }
	| { type: 'pc.retry' }
	| { type: 'pc.resend' }
	| { type: 'pc.unblock' }
	| { type: 'pc.signOut' }
	| { type: 'pc.later'; days: number }
	/** Today's wizard: its links to the other ways ("Set up a different authentication app", "Other options"). */
	| { type: 'pc.otherApp' }
	| { type: 'pc.otherOptions' }
	/** "Which method would you like to use?" */
	| { type: 'pc.chooseMethod'; method: string }
	| { type: 'pc.back' }
	/** "Can't scan the QR code?" */
	| { type: 'pc.cantScan' }
	/** "Stay signed in?": Yes or No, and its "Don't show this again" box. */
	| { type: 'pc.stay'; stay: boolean }
	| { type: 'pc.dontShow'; checked: boolean }
	/** The practice's "a request you did not make": someone else signs in with the password. */
	| { type: 'pc.stranger' }
	/** "Sign in with a different method", and the way chosen from its list. */
	| { type: 'pc.otherWay' }
	| { type: 'pc.useWay'; way: 'approve' | 'code' | 'passkey' | 'sms' }
	/** The walk-through's "I have seen the code" at ⑧: the PC's page is then the manual's ⑩. */
	| { type: 'guide.continue' }
	| { type: 'push.approved' }
	| { type: 'push.denied' }
	| { type: 'push.expired' }
	| { type: 'push.mismatch' }
	| { type: 'push.reported' }
	/** Today's passkey: "Skip for now" on the prompt, and what the service says of a sign-in by QR code. */
	| { type: 'pc.skip' }
	/** Windows' passkey dialog: where the passkey is (the form's choice, as given). */
	| { type: 'pc.chooseDevice'; device: string }
	/** The practice's PC without Bluetooth: signing in again on a computer room's PC. */
	| { type: 'pc.noBluetooth' }
	| { type: 'passkey.scanned' }
	| { type: 'passkey.verified' }
	| { type: 'passkey.cancelled' }
	| { type: 'passkey.expired' }
	| { type: 'passkey.pending' }
	| { type: 'challenge.update'; status: ChallengeStatus }
	/** The Security info page and the Temporary Access Pass's field (src/screens/today/security-info.ts). */
	| SecurityInfoEvent
	/** The practice's helpdesk hands over a Temporary Access Pass. */
	| { type: 'pc.askHelpdesk' };

export const pcSetup = setup({
	types: {} as { context: PcContext; events: PcEvent; input: { rememberDays: number | null }; meta: StateMeta<PcScreenId> },
	actors: pcActors(UNPLUGGED),
	actions: {
		failed: assign({ error: ({ event }) => errorCode('error' in event ? event.error : null) }),
		clearError: assign({ error: null }),
		/** A refusal the machine decides itself (a wrong choice for this practice). */
		setError: assign({ error: (_, params: { error: ErrorCode }) => params.error }),
		// A new failure is the one to explain: an older "denied" or "no answer" would hide it.
		clearNotice: assign({ notice: null }),
	},
	guards: {
		// Changing the number belongs to registration: at sign-in the registered phone is the one asked.
		registering: ({ context }) => context.phase === 'setup',
		completionFailed: ({ context }) => context.completionFailed,
	},
});

export type PcSetup = typeof pcSetup;

export const initialPcContext = ({ input }: { input: { rememberDays: number | null } }): PcContext => ({
	phase: 'setup',
	rememberDays: input.rememberDays,
	activation: null,
	pushId: null,
	pushNumber: null,
	passkey: null,
	noBluetooth: false,
	showKey: false,
	dontShow: false,
	remember: false,
	remembered: false,
	error: null,
	notice: null,
	challenge: null,
	lockedUntil: null,
	tries: null,
	typed: null,
	completionFailed: false,
});

/** The step of verifying, at registration and at sign-in: "enter the code", "answer the call", "approve". */
export type VerifySteps = { readonly setup: Steps; readonly signin: Steps };

/** The steps of typing a code (a text's or the app's), in every edition that has them. */
export const ENTER_CODE_STEPS = { setup: 'setup-enter-code', signin: 'signin-enter-code' } as const satisfies VerifySteps;
/** The steps of answering a call, in both editions. */
export const ANSWER_CALL_STEPS = { setup: 'setup-answer-call', signin: 'signin-answer-call' } as const satisfies VerifySteps;

/** No answer, hung up or another key: the screen says which and offers another call, or at registration another number. */
export function callFailedStates(s: PcSetup) {
	return {
		callFailed: s.createStateConfig({
			meta: { step: ANSWER_CALL_STEPS, screen: 'callFailed', next: 'pc' },
			on: {
				'pc.retry': { target: 'startingChallenge', actions: 'clearError' },
				'pc.cancel': { guard: 'registering', target: 'phoneForm', actions: 'clearError' },
			},
		}),
	};
}

/**
 * Signing in with the password (never checked: there is none to type) and the service's
 * answer: register first, verify, nothing to do on a trusted PC, or blocked after a
 * fraud report. `register` is the first registration page after "More information
 * required"; `verify` the state that starts this method's verification.
 */
export function signInStates(s: PcSetup, to: { register: string; verify: string; blocked?: string }) {
	const meta = { step: { setup: 'setup-sign-in', signin: 'signin-sign-in' }, screen: 'signIn' } as const;
	return {
		signIn: s.createStateConfig({
			meta,
			on: { 'pc.signIn': { target: 'signingIn', actions: 'clearError' } },
		}),
		signingIn: s.createStateConfig({
			meta,
			tags: 'busy',
			invoke: {
				src: 'signIn',
				onDone: [
					...(to.blocked
						? [{ guard: ({ event }: { event: { output: { next: string } } }) => event.output.next === 'blocked', target: to.blocked }]
						: []),
					{ guard: ({ event }) => event.output.next === 'register', target: 'moreInfo', actions: assign({ phase: 'setup' }) },
					{ guard: ({ event }) => event.output.next === 'done', target: 'service', actions: assign({ phase: 'signin', remembered: true }) },
					{ target: to.verify, actions: assign({ phase: 'signin', remembered: false }) },
				],
				onError: { target: 'signIn', actions: 'failed' },
			},
		}),
		moreInfo: s.createStateConfig({
			meta: { step: 'setup-more-info', screen: 'moreInfo' },
			on: { 'pc.next': to.register },
		}),
	};
}

/**
 * "Step 1" of the phone methods: the contact method (authentication phone), country,
 * number and how to be reached. The service reads the number; the machine only checks
 * the choices this practice is about.
 */
export function phoneFormStates(s: PcSetup, via: 'sms' | 'call', options: { stopsCall?: boolean } = {}) {
	const meta = { step: 'setup-phone-number', screen: 'phoneForm' } as const;
	return {
		phoneForm: s.createStateConfig({
			meta,
			// Back from a call that did not come: the service first stops it, so the phone does
			// not ring on for a number being replaced. The form shows meanwhile (it is where the
			// student asked to be); a failure is ignored, as the call soon stops ringing by itself.
			...(options.stopsCall
				? {
						initial: 'editing',
						states: {
							editing: {},
							stoppingCall: {
								tags: 'busy',
								invoke: {
									src: 'cancelChallenge',
									input: ({ context }) => context.challenge?.id ?? '',
									onDone: { target: 'editing', actions: assign({ challenge: null }) },
									onError: { target: 'editing', actions: assign({ challenge: null }) },
								},
							},
						},
					}
				: {}),
			on: {
				'pc.registerPhone': [
					{ guard: ({ event }) => event.contact === 'app', actions: assign({ error: 'choose-phone' }) },
					{ guard: ({ event }) => event.via !== via, actions: assign({ error: via === 'sms' ? 'choose-sms' : 'choose-call' }) },
					{ target: 'registeringPhone', actions: 'clearError' },
				],
			},
		}),
		registeringPhone: s.createStateConfig({
			meta,
			tags: 'busy',
			invoke: {
				src: 'registerPhone',
				input: ({ event }) => ({
					country: event.type === 'pc.registerPhone' ? event.country : 'JP',
					number: event.type === 'pc.registerPhone' ? event.number : '',
					via,
				}),
				onDone: 'startingChallenge',
				onError: { target: 'phoneForm', actions: 'failed' },
			},
		}),
	};
}

/** Starting a text, a call or an app code entry; a failure to reach the service offers a retry. */
export function challengeStates(s: PcSetup, kind: ChallengeKind, steps: VerifySteps, ready: string, cancel?: string, purpose?: Phase) {
	return {
		startingChallenge: s.createStateConfig({
			meta: { step: steps, screen: kind === 'call' ? 'callStarting' : 'enterCode' },
			tags: 'busy',
			invoke: {
				src: 'startChallenge',
				// The passkey practice's text is a sign-in's, though its chapter counts it in registration.
				input: ({ context }) => ({ purpose: purpose ?? context.phase, kind }),
				onDone: {
					target: ready,
					actions: assign({
						challenge: ({ event }) => ({ id: event.output.id, to: event.output.to }),
						lockedUntil: ({ event }) => event.output.lockedUntil,
						error: ({ event }) => (event.output.lockedUntil ? 'locked' : null),
						notice: null,
						tries: null,
						typed: null,
					}),
				},
				onError: { target: 'challengeFailed', actions: ['failed', 'clearNotice'] },
			},
		}),
		// The service could not be reached, to start a text or call or to finish the sign-in.
		challengeFailed: s.createStateConfig({
			meta: { step: steps, screen: 'challengeFailed', next: 'pc' },
			on: {
				'pc.retry': [
					{ guard: 'completionFailed', target: 'completing', actions: 'clearError' },
					{ target: 'startingChallenge', actions: 'clearError' },
				],
				...(cancel ? { 'pc.cancel': { guard: 'registering', target: cancel, actions: 'clearError' } } : {}),
			},
		}),
	};
}

/** What the service said of a typed code, as the context keeps it. */
function refusal(outcome: VerifyOutcome) {
	if (outcome.ok) return {};
	return {
		error: outcome.reason,
		tries: outcome.remainingTries ?? null,
		lockedUntil: outcome.lockedUntil ?? null,
		typed: outcome.length ?? null,
	};
}

/**
 * Typing a code on the PC (the app's, or a text's). The service decides; a refusal
 * comes back with its reason, the tries left or the end of the lock-out, and the
 * student stays on the same page to try again.
 */
export function codeEntryStates(
	s: PcSetup,
	steps: VerifySteps,
	verified: string,
	extra: { resend?: boolean; cancel?: string; signedIn?: string } = {},
) {
	const meta = { step: steps, screen: 'enterCode' } as const;
	return {
		enterCode: s.createStateConfig({
			meta,
			on: {
				'pc.verify': 'verifying',
				'pc.remember': { actions: assign({ remember: ({ event }) => event.checked }) },
				...(extra.resend ? { 'pc.resend': { target: 'startingChallenge', actions: 'clearError' } } : {}),
				...(extra.cancel ? { 'pc.cancel': { guard: 'registering', target: extra.cancel, actions: 'clearError' } } : {}),
			},
		}),
		verifying: s.createStateConfig({
			meta,
			tags: 'busy',
			invoke: {
				src: 'verifyCode',
				input: ({ context, event }) => ({ id: context.challenge?.id ?? '', code: event.type === 'pc.verify' ? event.code : '' }),
				onDone: [
					{
						guard: ({ context, event }) => event.output.ok && context.phase === 'setup',
						target: verified,
						actions: assign({ error: null, notice: 'verified', lockedUntil: null, tries: null, typed: null }),
					},
					{
						guard: ({ event }) => event.output.ok,
						// The manual's screens sign in at once; today's ask "Stay signed in?" first.
						target: extra.signedIn ?? 'completing',
						actions: assign({ error: null, lockedUntil: null, tries: null, typed: null }),
					},
					{ target: 'enterCode', actions: assign(({ event }) => refusal(event.output)) },
				],
				onError: { target: 'enterCode', actions: 'failed' },
			},
		}),
	};
}

/**
 * The end of registration and of a sign-in: the optional backup phone of the app
 * methods, the "Verification successful" page of the phone methods, the signed-in
 * service, and "come back N days later". When the service cannot be told that the
 * sign-in was verified, `failed` (the method's "could not connect" page) offers a retry
 * that tries the completion again: the student has already verified and must not be
 * asked for a new code, call or approval.
 */
export function finishStates(
	s: PcSetup,
	steps: VerifySteps,
	finishFrom: 'backupPhone' | 'verified',
	failed: 'pushFailed' | 'challengeFailed',
) {
	const finish =
		finishFrom === 'backupPhone'
			? ({ step: 'setup-backup-phone', screen: 'backupPhone' } as const)
			: ({ step: 'setup-done', screen: 'verified' } as const);
	return {
		...(finishFrom === 'backupPhone'
			? { backupPhone: s.createStateConfig({ meta: finish, on: { 'pc.done': { target: 'finishing', actions: 'clearError' } } }) }
			: { verified: s.createStateConfig({ meta: finish, on: { 'pc.done': { target: 'finishing', actions: 'clearError' } } }) }),
		finishing: s.createStateConfig({
			meta: finish,
			tags: 'busy',
			invoke: {
				src: 'finishRegistration',
				input: ({ event }) => (event.type === 'pc.done' ? event.backupPhone?.trim() : '') || null,
				onDone: { target: 'signIn', actions: assign({ phase: 'signin', notice: 'registered' }) },
				onError: { target: finishFrom, actions: 'failed' },
			},
		}),
		completing: s.createStateConfig({
			meta: { step: steps, screen: 'service' },
			tags: 'busy',
			invoke: {
				src: 'completeSignIn',
				input: ({ context }) => (context.remember ? context.rememberDays : null),
				onDone: { target: 'service', actions: assign({ completionFailed: false }) },
				onError: { target: failed, actions: ['failed', 'clearNotice', assign({ completionFailed: true })] },
			},
		}),
		...serviceStates(s),
	};
}

/**
 * The signed-in service at the end of every sign-in, in both editions: sign out, or come
 * back N days later (the service's clock moves on).
 */
export function serviceStates(s: PcSetup, more: { stranger?: string } = {}) {
	const service = { step: 'signin-done', screen: 'service' } as const;
	// Made anew for each state: XState types the transitions by the state config they are written in.
	const signedIn = (done: boolean) =>
		s.createStateConfig({
			meta: service,
			...(done ? { tags: 'done' } : {}),
			on: {
				'pc.signOut': { target: 'signIn', actions: assign({ notice: null, remember: false }) },
				'pc.later': { target: 'advancing' },
				...(more.stranger ? { 'pc.stranger': { target: more.stranger, actions: 'clearError' } } : {}),
			},
		});
	return {
		// Where a drill follows (today's push: the request you did not make), being signed in is
		// not the end of the practice: "done" waits until the drill has been answered (`drilled`).
		service: signedIn(!more.stranger),
		...(more.stranger ? { drilled: signedIn(true) } : {}),
		advancing: s.createStateConfig({
			meta: service,
			tags: 'busy',
			invoke: {
				src: 'advanceDays',
				input: ({ event }) => (event.type === 'pc.later' ? event.days : 0),
				onDone: { target: 'signIn', actions: assign({ notice: null, remember: false }) },
				onError: { target: 'service', actions: 'failed' },
			},
		}),
	};
}
