import { assign } from 'xstate';
import type { PcSetup, SnapshotLike } from './pc';
import { pc, phone, qrOnPcScreen, type ScriptEntry } from './runtime';

// The Authenticator app's set-up, word for word the same in the manual's chapters 3
// (push) and 4 (code): written once here, fetched only by those two practice pages.

/**
 * The manual's steps 3 to 10 of chapters 3 and 4, word for word the same: choose the
 * mobile app, let the phone scan the QR code, then choose how to use the app.
 */
export function appSetupStates(s: PcSetup, use: 'notification' | 'code', next: string) {
	return {
		securityVerification: s.createStateConfig({
			on: {
				'pc.setup': [
					{ guard: ({ event }) => event.contact === 'phone', actions: assign({ error: 'choose-app' }) },
					{ target: 'startingActivation', actions: 'clearError' },
				],
			},
		}),
		startingActivation: s.createStateConfig({
			tags: 'busy',
			invoke: {
				src: 'startActivation',
				onDone: { target: 'configureApp', actions: assign({ activation: ({ event }) => event.output }) },
				onError: { target: 'securityVerification', actions: 'failed' },
			},
		}),
		configureApp: s.createStateConfig({
			initial: 'waiting',
			states: {
				// The phone leads here: installing the app, scanning, checking the code.
				waiting: { tags: 'phone-leads', on: { 'guide.continue': 'ready' } },
				ready: {},
			},
			on: {
				'pc.next': { target: 'checkingApp', actions: 'clearError' },
				'pc.cancel': { target: 'securityVerification', actions: 'clearError' },
			},
		}),
		checkingApp: s.createStateConfig({
			tags: 'busy',
			invoke: {
				src: 'appConfigured',
				onDone: [
					{ guard: ({ event }) => event.output.configured, target: 'chooseUse' },
					{ target: 'configureApp.waiting', actions: assign({ error: 'app-not-configured' }) },
				],
				onError: { target: 'configureApp.ready', actions: 'failed' },
			},
		}),
		chooseUse: s.createStateConfig({
			on: {
				'pc.next': [
					{ guard: ({ event }) => event.use !== use, actions: assign({ error: `choose-${use}` }) },
					{ target: 'choosingMethod', actions: 'clearError' },
				],
			},
		}),
		choosingMethod: s.createStateConfig({
			tags: 'busy',
			invoke: {
				src: 'chooseMethod',
				input: () => (use === 'notification' ? 'push' : 'code') as 'push' | 'code',
				onDone: next,
				onError: { target: 'chooseUse', actions: 'failed' },
			},
		}),
	};
}

/**
 * The step of the manual's steps 1 to 10 of the app chapters, shared by push and code;
 * null once the PC has gone past "Configure mobile app".
 */
export function appSetupStep(pc: SnapshotLike, phone: SnapshotLike): string | null {
	const m = (v: unknown) => pc.matches(v as never);
	const app = (v: string) => phone.matches({ screen: { app: v } } as never);
	if (m('signIn') || m('signingIn')) return `${pc.context.phase}-sign-in`;
	if (m('moreInfo')) return 'setup-more-info';
	if (m('securityVerification') || m('startingActivation')) return 'setup-choose-app';
	if (m({ configureApp: 'waiting' })) {
		if (phone.matches({ screen: 'home' } as never) || phone.matches({ screen: 'store' } as never)) return 'setup-install-app';
		if (app('consent') || app('intro')) return 'setup-app-first-launch';
		if (app('scanner') || app('activating')) return 'setup-scan-qr';
		if (app('account')) return 'setup-check-code';
		return 'setup-account-added';
	}
	if (m('configureApp') || m('checkingApp')) return 'setup-configure-next';
	return null;
}

/** The first ten steps of chapters 3 and 4, done right: the same on the PC and the phone. */
export const APP_SETUP_SCRIPT: ScriptEntry[] = [
	{ step: 'setup-sign-in', actions: [pc({ type: 'pc.signIn' })] },
	{ step: 'setup-more-info', actions: [pc({ type: 'pc.next' })] },
	{ step: 'setup-choose-app', actions: [pc({ type: 'pc.setup', contact: 'app' })] },
	{ step: 'setup-install-app', actions: [phone({ type: 'phone.openStore' }), phone({ type: 'phone.install' }), phone({ type: 'phone.open' })] },
	{ step: 'setup-app-first-launch', actions: [phone({ type: 'phone.agree' }), phone({ type: 'phone.scan' })] },
	{ step: 'setup-scan-qr', actions: [phone((s) => ({ type: 'phone.capture', code: qrOnPcScreen(s.pc.getSnapshot()) }))] },
	{ step: 'setup-account-added', actions: [phone({ type: 'phone.openAccount' })] },
	{ step: 'setup-check-code', actions: [pc({ type: 'guide.continue' })] },
	{ step: 'setup-configure-next', actions: [pc({ type: 'pc.next' })] },
];

