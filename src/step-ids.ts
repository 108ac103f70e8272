import type { Edition, MethodIn, Phase, Task } from './methods';

/**
 * Every step's stable id, per edition, method and phase: the words the machines, the screens,
 * the chapters and the helpdesk share. Data only, beside the vocabulary (./methods.ts), so that
 * the machines can name their steps without the titles and guides (./steps.ts), which read the
 * config and the dictionaries.
 */

// The steps shared by every method's first screens, and by both Authenticator methods up
// to the point where the manual's chapters 3 and 4 part ways. Their titles are written
// once too, in the dictionaries (src/i18n/ja.ts, en.ts).
const appSetup = [
	'setup-sign-in',
	'setup-more-info',
	'setup-choose-app',
	'setup-install-app',
	'setup-app-first-launch',
	'setup-scan-qr',
	'setup-account-added',
	'setup-check-code',
	'setup-configure-next',
] as const;

/**
 * The step tables of the two editions: every step's stable id, per method and phase, in
 * order. A step id names a task, not a screen: where both editions ask the same of the
 * student (sign in, install the app, scan the QR code, approve the test, sign in again)
 * the id is the manual's, so a helpdesk link works in both; a task only one edition has
 * has an id of its own. A step's title is the dictionary's `manual.step.<method>.<id>` in the
 * manual's edition and `today.step.<method>.<id>` in today's (src/i18n/).
 */
export const STEP_IDS = {
	today: {
		sms: {
			setup: [
				'setup-sign-in',
				'setup-more-info',
				'setup-other-options',
				'setup-phone-number',
				'setup-enter-code',
				'setup-done',
				'setup-stay-signed-in',
			],
			// Since 1 September 2026 the next sign-in with a text or a call goes on to the
			// prompt to create a passkey (facts §8.7); the passkey's own chapter creates one.
			signin: ['signin-sign-in', 'signin-enter-code', 'signin-passkey-prompt', 'signin-done'],
		},
		call: {
			setup: [
				'setup-sign-in',
				'setup-more-info',
				'setup-other-options',
				'setup-phone-number',
				'setup-answer-call',
				'setup-done',
				'setup-stay-signed-in',
			],
			signin: ['signin-sign-in', 'signin-answer-call', 'signin-passkey-prompt', 'signin-done'],
		},
		push: {
			setup: [
				'setup-sign-in',
				'setup-more-info',
				'setup-install-app',
				'setup-app-first-launch',
				'setup-scan-qr',
				'setup-approve',
				'setup-done',
				'setup-stay-signed-in',
			],
			signin: ['signin-sign-in', 'signin-request-sent', 'signin-approve', 'signin-done', 'signin-unexpected-request'],
		},
		code: {
			setup: [
				'setup-sign-in',
				'setup-more-info',
				'setup-choose-app',
				'setup-app-first-launch',
				'setup-scan-qr',
				'setup-enter-code',
				'setup-done',
				'setup-stay-signed-in',
			],
			signin: ['signin-sign-in', 'signin-enter-code', 'signin-done'],
		},
		// Today's only: the manual of 2020 has no passkeys. Registration starts where an SMS
		// user meets it since 1 September 2026: signing in with the text's code as always,
		// then the prompt to create a passkey. Signing in ends with the PC that has no Bluetooth
		// (a computer room's), where the phone's passkey cannot reach: another method instead.
		passkey: {
			setup: ['setup-sign-in', 'setup-enter-code', 'setup-passkey-prompt', 'setup-open-app', 'setup-create-passkey', 'setup-done'],
			signin: ['signin-sign-in', 'signin-scan-qr', 'signin-unlock', 'signin-done', 'signin-no-bluetooth'],
		},
	},
	manual: {
		sms: {
			setup: ['setup-sign-in', 'setup-more-info', 'setup-phone-number', 'setup-enter-code', 'setup-done'],
			signin: ['signin-sign-in', 'signin-enter-code', 'signin-done'],
		},
		call: {
			setup: ['setup-sign-in', 'setup-more-info', 'setup-phone-number', 'setup-answer-call', 'setup-done'],
			signin: ['signin-sign-in', 'signin-answer-call', 'signin-done'],
		},
		push: {
			setup: [...appSetup, 'setup-choose-notification', 'setup-approve', 'setup-backup-phone'],
			signin: ['signin-sign-in', 'signin-request-sent', 'signin-approve', 'signin-done'],
		},
		code: {
			setup: [...appSetup, 'setup-choose-code', 'setup-enter-code', 'setup-backup-phone'],
			signin: ['signin-sign-in', 'signin-enter-code', 'signin-done'],
		},
	},
} as const satisfies { [E in Edition]: Record<MethodIn<E>, Record<Phase, readonly string[]>> };

type Table = typeof STEP_IDS;

/** The ids of one edition's steps of one method. */
export type StepOf<E extends Edition, M extends keyof Table[E]> = Table[E][M] extends Record<Phase, readonly (infer I)[]> ? I : never;

export type MethodsOf<E extends Edition> = keyof Table[E] & MethodIn<E>;

/**
 * Every step id of every table, the task chapters' too (their practice's states name them): a misspelt id
 * anywhere (a state's meta, a script, a chapter) is a type error.
 */
export type StepId =
	| { [M in MethodsOf<'today'>]: StepOf<'today', M> }[MethodsOf<'today'>]
	| { [M in MethodsOf<'manual'>]: StepOf<'manual', M> }[MethodsOf<'manual'>]
	| TaskStepId;

/**
 * The steps of the chapters that are tasks, not methods (./methods.ts, TASKS), by section, in
 * order; today's edition only (the manual of 2020 says nothing of a new or lost phone). Public
 * like the others: the helpdesk and the troubleshooting answers link them. An id starts with its
 * section's name, so it can never be taken for a method's `setup-…` or `signin-…` step.
 */
export const TASK_STEP_IDS = {
	manage: {
		'security-info': ['manage-open-security-info', 'manage-default-method', 'manage-add-method', 'manage-delete-method'],
		'new-phone': ['new-phone-add', 'new-phone-check', 'new-phone-delete-old', 'new-phone-remove-account', 'new-phone-restore'],
		'phone-number': ['phone-number-change'],
		'lost-phone': ['lost-phone-other-method', 'lost-phone-helpdesk', 'lost-phone-tap', 'lost-phone-register', 'lost-phone-clean-up'],
	},
} as const satisfies Record<Task, Record<string, readonly string[]>>;

/** A task's sections. */
export type TaskSection<T extends Task = Task> = keyof (typeof TASK_STEP_IDS)[T] & string;

/** Every step id of a task chapter: a misspelt one in a chapter or a link is a type error. */
export type TaskStepId = {
	[T in Task]: { [S in TaskSection<T>]: (typeof TASK_STEP_IDS)[T][S] extends readonly (infer I)[] ? I : never }[TaskSection<T>];
}[Task];

/**
 * The practice of a task chapter (/practice/manage/): one scenario per situation, each a flow of its own
 * (src/flows/registry.ts) whose steps are a run of the chapter's. No two scenarios share a step, so a
 * `?step=` names its scenario too, and a deep link needs nothing else. Only scenarios walkable end to end
 * are listed here.
 */
export const SCENARIO_STEP_IDS = {
	manage: {
		'lost-phone-tap': ['lost-phone-helpdesk', 'lost-phone-tap', 'lost-phone-register', 'lost-phone-clean-up'],
		'change-default': ['manage-open-security-info', 'manage-default-method'],
		'lost-phone-other': ['lost-phone-other-method', 'manage-delete-method'],
		'new-phone': ['new-phone-add', 'new-phone-check', 'new-phone-delete-old'],
	},
} as const satisfies { [T in Task]: Record<string, readonly TaskStepId[]> };

/** A task practice's scenario. */
export type Scenario<T extends Task = Task> = keyof (typeof SCENARIO_STEP_IDS)[T] & string;
