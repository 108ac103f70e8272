import { assign } from 'xstate';
import { currentScreen, type StateMeta } from '../../machines/meta';
import type { PcContext, PcEvent, PcScreenId, PcSetup } from '../../machines/pc';
import { pc, type Session } from '../../machines/runtime';
import type { TodayPhoneContext } from '../../machines/today/phone';
import type { StepId } from '../../step-ids';
import { appSetupStates, installStates } from './wizard';

/*
 * What the scenarios of the practice after enrolment (/practice/manage/) share: the Security info
 * page's list as the service gives it, today's wizard states moved to a task's step, and the
 * walk-through's reading of the PC. Each scenario is a flow of its own (src/flows/today/manage-*.ts).
 */

/** A state reused from a method's flow (today's wizard), as part of a task's step. */
export const atStep = <C extends { meta?: StateMeta<PcScreenId> }>(config: C, step: StepId) => ({
	...config,
	meta: { ...config.meta, step },
});

/**
 * Adding Authenticator on the new phone from the Security info page, as two scenarios do it:
 * the list (`list`: only "Add" goes on, since the old or lost phone's row stays until the new one
 * is added), the method dialog, today's wizard pages at `step`, the method added for the phone
 * that scanned (the service knows which), and the list loaded again, then `added`.
 */
export function addAppStates(s: PcSetup, step: StepId, list: string, added: string) {
	const install = installStates(s, 'authenticator', 'appSetupInfo');
	const setupApp = appSetupStates(s, 'addingApp');
	return {
		[list]: {
			meta: { step, screen: 'securityInfo' },
			on: {
				'secinfo.add': { target: 'adding', actions: 'clearError' },
				'secinfo.delete': { actions: { type: 'setError', params: { error: 'manage-add-first' } } },
				'secinfo.changeDefault': { actions: { type: 'setError', params: { error: 'manage-add-first' } } },
			},
		},
		adding: {
			meta: { step, screen: 'secinfoAdd' },
			on: {
				'secinfo.chooseAdd': [
					{ guard: ({ event }) => event.kind !== 'app', actions: { type: 'setError', params: { error: 'choose-add-app' } } },
					{ target: 'installApp', actions: 'clearError' },
				],
				'secinfo.cancel': { target: list, actions: 'clearError' },
			},
		},
		installApp: atStep(install.installApp, step),
		appSetupInfo: atStep(setupApp.appSetupInfo, step),
		startingActivation: atStep(setupApp.startingActivation, step),
		scanQr: atStep(setupApp.scanQr, step),
		checkingApp: atStep(setupApp.checkingApp, step),
		addingApp: {
			meta: { step, screen: 'scanQr' },
			tags: 'busy',
			invoke: {
				src: 'addMethod',
				input: () => ({ kind: 'app' as const, label: 'Pixel 9' }),
				onDone: 'reloading',
				onError: { target: 'scanQr', actions: 'failed' },
			},
		},
		reloading: listing(s, step, 'scanQr', added, 'scanQr'),
	} satisfies Parameters<PcSetup['createMachine']>[0]['states'];
}

/** The page's list, loaded from the service, then `next`; a failure stays on `back` with its error. */
export function listing(s: PcSetup, step: StepId, screen: PcScreenId, next: string, back: string) {
	return s.createStateConfig({
		meta: { step, screen },
		tags: 'busy',
		invoke: {
			src: 'securityInfo',
			onDone: { target: next, actions: assign({ secinfo: ({ event }) => event.output, error: null }) },
			onError: { target: back, actions: 'failed' },
		},
	});
}

/** What the student reads off the PC. */
const pcContext = (s: Session): PcContext => s.pc.getSnapshot().context;

/** The pass as the helpdesk handed it over, typed into its field. */
export const typePass = pc((s) => {
	const pass = pcContext(s).pass;
	return pass ? { type: 'tap.submit', code: pass.code } : null;
});

/** "Delete" on the row of the phone with this device. */
export const deleteRowOf = (device: string) =>
	pc((s) => {
		const row = pcContext(s).secinfo?.methods.find((m) => m.device === device);
		return row ? { type: 'secinfo.delete', id: row.id } : null;
	});

/**
 * A press on the PC's `screen` that the walk-through makes once the new phone has got this far. Where
 * one step holds the whole of the app's set-up, the wizard's three "Next"s are all one event, each
 * possible before the phone is ready (as on the real page): so each names its page and waits for the
 * phone, and the next press (src/machines/next.ts) is the phone's until then.
 */
export const pcOnceThePhone = (screen: PcScreenId, ready: (phone: TodayPhoneContext) => boolean, event: PcEvent) =>
	pc((s) => {
		const context: TodayPhoneContext = s.phone.getSnapshot().context;
		return currentScreen(s.pc.getSnapshot()) === screen && ready(context) ? event : null;
	});

/** The new phone's app holds the account (the scan is done). */
export const appHasAccount = (s: Session) => {
	const context: TodayPhoneContext = s.phone.getSnapshot().context;
	return context.account !== null;
};
