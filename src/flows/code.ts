import type { FlowDeps } from './common';
import { APP_SETUP_SCRIPT, appSetupStates, appSetupStep } from './app-setup';
import { challengeStates, codeEntryStates, finishStates, initialPcContext, pcSetup, signInStates, type SnapshotLike } from './pc';
import { createPhoneMachine } from './phone';
import { later, pc, type Flow, type ScriptEntry, type Session } from './runtime';

/**
 * The PC's side of the Authenticator code method (the manual's chapter 4): the same
 * app set-up as chapter 3, then "Use verification code": the student types the six
 * digits the app shows, at registration and at every later sign-in.
 */
export function createCodePcMachine(deps: FlowDeps) {
	const s = pcSetup(deps);
	return s.createMachine({
		id: 'pc',
		context: initialPcContext,
		initial: 'signIn',
		states: {
			...signInStates(s, { register: 'securityVerification', verify: 'startingChallenge' }),
			...appSetupStates(s, 'code', 'startingChallenge'),
			...challengeStates(s, 'app', 'enterCode'),
			...codeEntryStates(s, 'backupPhone'),
			...finishStates(s, 'backupPhone', 'challengeFailed'),
		},
	});
}

export function codeStep(pc: SnapshotLike, phone: SnapshotLike): string {
	const shared = appSetupStep(pc, phone);
	if (shared) return shared;
	const m = (v: string) => pc.matches(v as never);
	if (m('chooseUse') || m('choosingMethod')) return 'setup-choose-code';
	if (m('backupPhone') || m('finishing')) return 'setup-backup-phone';
	if (m('service') || m('advancing')) return 'signin-done';
	return `${pc.context.phase}-enter-code`;
}

/** The code the phone's app shows now, read as a person reads it ("123 456"). */
export async function appCodeOnPhone(s: Session): Promise<string | null> {
	const account = s.phone.getSnapshot().context.account as { secret: string } | null;
	if (!account) return null;
	const { codeAt, secretFromBase32 } = await import('../totp/totp');
	const code = codeAt(secretFromBase32(account.secret), s.now());
	return `${code.slice(0, 3)} ${code.slice(3)}`;
}

const typeAppCode = pc(async (s) => {
	const code = await appCodeOnPhone(s);
	return code ? { type: 'pc.verify', code } : null;
});

/** The manual's chapter 4, done right. */
export const CODE_SCRIPT: ScriptEntry[] = [
	...APP_SETUP_SCRIPT,
	{ step: 'setup-choose-code', actions: [pc({ type: 'pc.next', use: 'code' })] },
	{ step: 'setup-enter-code', actions: [typeAppCode] },
	{ step: 'setup-backup-phone', actions: [pc({ type: 'pc.done', backupPhone: '' })] },
	// A little later: the code used to register is spent, as the real service remembers.
	{ step: 'signin-sign-in', actions: [later(30_000), pc({ type: 'pc.signIn' })] },
	{ step: 'signin-enter-code', actions: [typeAppCode] },
	{ step: 'signin-done', actions: [] },
];

export const CODE_FLOW: Flow = {
	method: 'code',
	createPc: createCodePcMachine,
	createPhone: createPhoneMachine,
	step: codeStep,
	script: CODE_SCRIPT,
};
