import { assign } from 'xstate';
import { qrOnPcScreen } from '../app-phone';
import type { PcSetup } from '../pc';
import { pc, phone, type ScriptEntry } from '../runtime';

// The Authenticator app's set-up, word for word the same in the manual's chapters 3
// (push) and 4 (code): written once here, fetched only by those two practice pages.

/**
 * The manual's steps 3 to 10 of chapters 3 and 4, word for word the same: choose the
 * mobile app, let the phone scan the QR code, then choose how to use the app.
 */
export function appSetupStates(s: PcSetup, use: 'notification' | 'code', next: string) {
	const choose = { step: 'setup-choose-app', screen: 'securityVerification' } as const;
	const ready = { step: 'setup-configure-next', screen: 'configureAppReady' } as const;
	const chosen = { step: use === 'notification' ? 'setup-choose-notification' : 'setup-choose-code', screen: 'chooseUse' } as const;
	return {
		securityVerification: s.createStateConfig({
			meta: choose,
			on: {
				'pc.setup': [
					{ guard: ({ event }) => event.contact !== 'app', actions: assign({ error: 'choose-app' }) },
					{ target: 'startingActivation', actions: 'clearError' },
				],
			},
		}),
		startingActivation: s.createStateConfig({
			meta: choose,
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
				// The phone leads here: installing the app, scanning, checking the code. The PC's
				// 次へ, pressed once the app shows its code, is the manual's ⑩ too.
				waiting: {
					tags: 'phone-leads',
					meta: {
						step: ['setup-account-added', 'setup-install-app', 'setup-app-first-launch', 'setup-scan-qr', 'setup-check-code'],
						screen: 'configureApp',
						through: { 'pc.next': 'setup-configure-next' },
					},
					on: { 'guide.continue': 'ready' },
				},
				ready: { meta: ready },
			},
			on: {
				'pc.next': { target: 'checkingApp', actions: 'clearError' },
				'pc.cancel': { target: 'securityVerification', actions: 'clearError' },
			},
		}),
		checkingApp: s.createStateConfig({
			meta: ready,
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
			meta: chosen,
			on: {
				'pc.chooseUse': [
					{
						guard: ({ event }) => event.use !== use,
						actions: assign({ error: use === 'notification' ? 'choose-notification' : 'choose-code' }),
					},
					{ target: 'choosingMethod', actions: 'clearError' },
				],
			},
		}),
		choosingMethod: s.createStateConfig({
			meta: chosen,
			tags: 'busy',
			invoke: {
				src: 'chooseMethod',
				input: () => (use === 'notification' ? 'push' : 'code'),
				onDone: next,
				onError: { target: 'chooseUse', actions: 'failed' },
			},
		}),
	};
}

/** The first ten steps of chapters 3 and 4, done right: the same on the PC and the phone. */
export const APP_SETUP_SCRIPT: ScriptEntry[] = [
	{ step: 'setup-sign-in', actions: [pc({ type: 'pc.signIn' })] },
	{ step: 'setup-more-info', actions: [pc({ type: 'pc.next' })] },
	{ step: 'setup-choose-app', actions: [pc({ type: 'pc.setup', contact: 'app' })] },
	{
		step: 'setup-install-app',
		actions: [phone({ type: 'phone.openStore' }), phone({ type: 'phone.install' }), phone({ type: 'phone.open' })],
	},
	{ step: 'setup-app-first-launch', actions: [phone({ type: 'phone.agree' }), phone({ type: 'phone.scan' })] },
	{ step: 'setup-scan-qr', actions: [phone((s) => ({ type: 'phone.capture', code: qrOnPcScreen(s.pc.getSnapshot()) }))] },
	{ step: 'setup-account-added', actions: [phone({ type: 'phone.openAccount' })] },
	{ step: 'setup-check-code', actions: [pc({ type: 'guide.continue' })] },
	{ step: 'setup-configure-next', actions: [pc({ type: 'pc.next' })] },
];
