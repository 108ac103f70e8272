import type { Flow } from './flows/runtime';

/**
 * The registry of sign-in methods, in the manual's order of recommendation (SMS first).
 * Each line names a method and where its practice lives: its flow file, which brings
 * its machines, its screens and its walk-through. A practice page calls only its own
 * method's loader, so it fetches only that method's code; Node (tests, the build) can
 * load any. Adding a method is a line here (see the README's recipes for the rest).
 */
export const PRACTICE = {
	sms: () => import('./flows/sms').then((m) => m.flow),
	call: () => import('./flows/call').then((m) => m.flow),
	push: () => import('./flows/push').then((m) => m.flow),
	code: () => import('./flows/code').then((m) => m.flow),
} satisfies Record<string, () => Promise<Flow>>;

export type Method = keyof typeof PRACTICE;

export const isMethod = (value: unknown): value is Method => typeof value === 'string' && Object.hasOwn(PRACTICE, value);

/** Every method, in the registry's order. */
export const METHODS: readonly Method[] = Object.keys(PRACTICE).filter(isMethod);

/** The two halves of every chapter: the first-time registration, then every later sign-in. */
export const PHASES = ['setup', 'signin'] as const;
export type Phase = (typeof PHASES)[number];

/** One method's flow, fetched on its own. */
export const loadFlow = (method: Method): Promise<Flow> => PRACTICE[method]();
