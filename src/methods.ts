import type { Flow } from './flows/runtime';

/**
 * The registry of sign-in methods, in the manual's order of recommendation (SMS first).
 * Each entry names a method and where its practice lives in each edition: its flow
 * file, which brings its machines, its screens and its walk-through. A practice page calls only its own
 * method's loader, so it fetches only that method's code; Node (tests, the build) can
 * load any. Adding a method is a line here (see the README's recipes for the rest).
 */
export const PRACTICE = {
	sms: {
		today: () => import('./flows/today/sms').then((m) => m.flow),
		manual: () => import('./flows/sms').then((m) => m.flow),
	},
	call: {
		today: () => import('./flows/today/call').then((m) => m.flow),
		manual: () => import('./flows/call').then((m) => m.flow),
	},
	push: {
		today: () => import('./flows/today/push').then((m) => m.flow),
		manual: () => import('./flows/push').then((m) => m.flow),
	},
	code: {
		today: () => import('./flows/today/code').then((m) => m.flow),
		manual: () => import('./flows/code').then((m) => m.flow),
	},
} satisfies Record<string, Record<Edition, () => Promise<Flow>>>;

export type Method = keyof typeof PRACTICE;

export const isMethod = (value: unknown): value is Method => typeof value === 'string' && Object.hasOwn(PRACTICE, value);

/** Every method, in the registry's order. */
export const METHODS: readonly Method[] = Object.keys(PRACTICE).filter(isMethod);

/** The two halves of every chapter: the first-time registration, then every later sign-in. */
export const PHASES = ['setup', 'signin'] as const;
export type Phase = (typeof PHASES)[number];

/**
 * The guide's two editions: today's screens (the chapters' own addresses) and the
 * university's manual of December 2020 as it reads (under /manual/). A step id names a
 * task, so a task both editions share has one id in both (src/steps.ts).
 */
export const EDITIONS = ['today', 'manual'] as const;
export type Edition = (typeof EDITIONS)[number];

/** One method's flow in one edition, fetched on its own. */
export const loadFlow = (method: Method, edition: Edition): Promise<Flow> => PRACTICE[method][edition]();
