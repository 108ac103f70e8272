import { isKey, type Key, t } from './i18n';
import { LANGS, type Lang } from './i18n/locales';
import { type Method, PHASES, type Phase } from './methods';

// Defined in src/i18n/locales.ts and src/methods.ts; re-exported for the modules that import them from here.
export type { Lang, Phase };
export { PHASES };

export interface StepDef {
	/** Stable across languages and releases: the chapter anchor, the simulator state, the helpdesk key. */
	id: StepId;
	title: Record<Lang, string>;
}

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
 * The step table: every step's stable id, per method and phase, in order. A step's title
 * is the dictionary's `step.<method>.<id>` (src/i18n/ja.ts, en.ts).
 */
export const STEP_IDS = {
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
} as const satisfies Record<Method, Record<Phase, readonly string[]>>;

/** Every step id of the table: a misspelt id anywhere (a state's meta, a script, a chapter) is a type error. */
export type StepId = (typeof STEP_IDS)[Method][Phase][number];

/** The key of a step's title: a step in the table without a title is a type error here. */
type StepTitleKey = { [M in Method]: `step.${M}.${(typeof STEP_IDS)[M][Phase][number]}` }[Method];
const titleKey = (method: Method, id: StepId) => `step.${method}.${id}` as StepTitleKey satisfies Key;

const titleOf = (method: Method, id: StepId): Record<Lang, string> =>
	Object.fromEntries(LANGS.map((lang) => [lang, t(lang, titleKey(method, id))])) as Record<Lang, string>;

type StepTable = Record<Method, Record<Phase, readonly StepDef[]>>;

function withTitles(method: Method): Record<Phase, readonly StepDef[]> {
	const ids: Record<Phase, readonly StepId[]> = STEP_IDS[method];
	return {
		setup: ids.setup.map((id) => ({ id, title: titleOf(method, id) })),
		signin: ids.signin.map((id) => ({ id, title: titleOf(method, id) })),
	};
}

/** The step table with each step's title in every language, from the dictionaries. */
export const STEPS: StepTable = { sms: withTitles('sms'), call: withTitles('call'), push: withTitles('push'), code: withTitles('code') };

export interface LocatedStep extends StepDef {
	method: Method;
	phase: Phase;
	/** 1-based, counted within its phase: the number a reader sees. */
	number: number;
}

export function findStep(method: Method, id: string): LocatedStep {
	for (const phase of PHASES) {
		const index = STEPS[method][phase].findIndex((s) => s.id === id);
		const step = STEPS[method][phase][index];
		if (step) return { ...step, method, phase, number: index + 1 };
	}
	throw new Error(`Unknown step "${id}" for method "${method}". Known steps are listed in src/steps.ts.`);
}

export function stepsOf(method: Method): LocatedStep[] {
	return PHASES.flatMap((phase) => STEPS[method][phase].map((s, i) => ({ ...s, method, phase, number: i + 1 })));
}

/** What to do at a step in the simulator, in one line: the method's own where the methods differ, else the shared one. */
export function guideOf(lang: Lang, method: Method, step: StepId): string {
	const own = `guide.${method}:${step}`;
	const shared = `guide.${step}`;
	return isKey(own) ? t(lang, own) : isKey(shared) ? t(lang, shared) : '';
}
