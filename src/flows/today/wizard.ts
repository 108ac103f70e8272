import { assign } from 'xstate';
import { type PcSetup, serviceStates } from '../../machines/pc';

/**
 * The PC's parts of today's screens (as of November 2026; ../shared/facts/current-screens-2026.md):
 * the registration wizard that follows "Let's keep your account secure", its first page
 * "Install Microsoft Authenticator" with its ways to the other methods, the app's set-up
 * and QR code, and the "Stay signed in?" page every sign-in ends with. Each method's file
 * (src/flows/today/<method>.ts) puts them together with the manual's shared parts
 * (src/machines/pc.ts: signing in, the phone form, texts, calls, codes).
 */

/** Which way the wizard's first page leads in this practice: the app, another authenticator app, or a phone. */
export type WizardWay = 'authenticator' | 'otherApp' | 'phone';

/**
 * "Install Microsoft Authenticator", the wizard's first page, and the classic "Which method
 * would you like to use?" behind "Other options" (today's labels there are UNVERIFIED). The
 * practice is about one way; the others say which to take instead.
 */
export function installStates(s: PcSetup, way: WizardWay, next: string) {
	const step = way === 'authenticator' ? 'setup-install-app' : way === 'otherApp' ? 'setup-choose-app' : 'setup-other-options';
	const wrong = way === 'authenticator' ? 'choose-authenticator' : way === 'otherApp' ? 'choose-other-app' : 'choose-other-options';
	const go = { target: next, actions: 'clearError' } as const;
	const refuse = { actions: { type: 'setError', params: { error: wrong } } } as const;
	return {
		installApp: s.createStateConfig({
			// The Authenticator's page waits while the student installs the app on the phone.
			...(way === 'authenticator' ? { tags: 'phone-leads' } : {}),
			meta: { step, screen: 'installApp' },
			on: {
				'pc.next': way === 'authenticator' ? go : refuse,
				'pc.otherApp': way === 'otherApp' ? go : refuse,
				'pc.otherOptions': way === 'phone' ? { target: 'otherOptions', actions: 'clearError' } : refuse,
			},
		}),
		...(way === 'phone'
			? {
					otherOptions: s.createStateConfig({
						meta: { step, screen: 'otherOptions' },
						on: {
							'pc.chooseMethod': [
								{ guard: ({ event }) => event.method !== 'phone', actions: assign({ error: 'choose-phone' }) },
								{ target: 'phoneForm', actions: 'clearError' },
							],
							'pc.cancel': { target: 'installApp', actions: 'clearError' },
						},
					}),
				}
			: {}),
	};
}

/**
 * "Set up your account in app", then "Scan the QR code" ("Can't scan the QR code?" shows
 * what to type instead), then the service is asked whether the app has the account.
 */
export function appSetupStates(s: PcSetup, next: string) {
	const scan = { step: 'setup-scan-qr', screen: 'scanQr' } as const;
	return {
		appSetupInfo: s.createStateConfig({
			meta: { step: 'setup-app-first-launch', screen: 'appSetupInfo' },
			tags: 'phone-leads',
			on: {
				'pc.next': { target: 'startingActivation', actions: 'clearError' },
				'pc.back': { target: 'installApp', actions: 'clearError' },
			},
		}),
		startingActivation: s.createStateConfig({
			meta: { step: 'setup-app-first-launch', screen: 'appSetupInfo' },
			tags: 'busy',
			invoke: {
				src: 'startActivation',
				onDone: { target: 'scanQr', actions: assign({ activation: ({ event }) => event.output, showKey: false }) },
				onError: { target: 'appSetupInfo', actions: 'failed' },
			},
		}),
		scanQr: s.createStateConfig({
			meta: scan,
			tags: 'phone-leads',
			on: {
				'pc.cantScan': { actions: assign({ showKey: true }) },
				'pc.next': { target: 'checkingApp', actions: 'clearError' },
				'pc.back': { target: 'appSetupInfo', actions: 'clearError' },
			},
		}),
		checkingApp: s.createStateConfig({
			meta: scan,
			tags: 'busy',
			invoke: {
				src: 'appConfigured',
				onDone: [
					{ guard: ({ event }) => event.output.configured, target: next },
					{ target: 'scanQr', actions: assign({ error: 'app-not-configured' }) },
				],
				onError: { target: 'scanQr', actions: 'failed' },
			},
		}),
	};
}

/**
 * Since 1 September 2026 a sign-in with a text's code or a call goes on to the prompt to
 * create a passkey (facts §8.7; its words are UNVERIFIED), whose "Skip for now" signs in and
 * asks again next time. The SMS and call practices skip it: creating a passkey is the passkey
 * practice's (src/flows/today/passkey.ts, with the same screen), so here "Next" says to skip.
 */
export function passkeyPromptStates(s: PcSetup, next: string) {
	return {
		passkeyPrompt: s.createStateConfig({
			meta: { step: 'signin-passkey-prompt', screen: 'passkeyPrompt' },
			on: {
				'pc.skip': { target: next, actions: ['clearError', assign({ notice: 'skipped' })] },
				'pc.next': { actions: { type: 'setError', params: { error: 'choose-skip' } } },
			},
		}),
	};
}

/**
 * The end of today's registration and of every sign-in: "Stay signed in?" (Yes or No, and
 * "Don't show this again"), then the service. At registration the answer ends the
 * registration (the next sign-in is another day); at sign-in it completes the sign-in,
 * with the "don't ask again for N days" of the verification page where there was one.
 */
export function stayStates(s: PcSetup, failed: 'pushFailed' | 'challengeFailed', more: { stranger?: string } = {}) {
	const stay = { step: { setup: 'setup-stay-signed-in', signin: 'signin-done' }, screen: 'staySignedIn' } as const;
	return {
		staySignedIn: s.createStateConfig({
			meta: stay,
			on: {
				'pc.dontShow': { actions: assign({ dontShow: ({ event }) => event.checked }) },
				'pc.stay': [
					{ guard: 'registering', target: 'finishing', actions: 'clearError' },
					{ target: 'completing', actions: 'clearError' },
				],
			},
		}),
		finishing: s.createStateConfig({
			meta: stay,
			tags: 'busy',
			invoke: {
				src: 'finishRegistration',
				input: () => null,
				onDone: { target: 'signIn', actions: assign({ phase: 'signin', notice: 'registered', dontShow: false }) },
				onError: { target: 'staySignedIn', actions: 'failed' },
			},
		}),
		completing: s.createStateConfig({
			meta: stay,
			tags: 'busy',
			invoke: {
				src: 'completeSignIn',
				input: ({ context }) => (context.remember ? context.rememberDays : null),
				onDone: { target: 'service', actions: assign({ completionFailed: false }) },
				onError: { target: failed, actions: ['failed', 'clearNotice', assign({ completionFailed: true })] },
			},
		}),
		...serviceStates(s, more),
	};
}
