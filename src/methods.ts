import type { Flow } from './flows/runtime';

/**
 * The guide's two editions: today's screens (the chapters' own addresses) and the
 * university's manual of December 2020 as it reads (under /manual/). A step id names a
 * task, so a task both editions share has one id in both (src/steps.ts).
 */
export const EDITIONS = ['today', 'manual'] as const;
export type Edition = (typeof EDITIONS)[number];

/**
 * The registry of sign-in methods, in the manual's order of recommendation (SMS first),
 * then the methods the manual never had. Each entry names a method and where its practice
 * lives in each edition it belongs to: its flow file, which brings its machines, its
 * screens and its walk-through. A passkey has today's edition only: the manual of 2020
 * has no passkeys, so it has no chapter, steps or simulator there. A practice page calls
 * only its own method's loader, so it fetches only that method's code; Node (tests, the
 * build) can load any. Adding a method is a line here (see the README's recipes for the rest).
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
	passkey: {
		today: () => import('./flows/today/passkey').then((m) => m.flow),
	},
} satisfies Record<string, Partial<Record<Edition, () => Promise<Flow>>>>;

export type Method = keyof typeof PRACTICE;

/** The methods an edition has: `MethodIn<'manual'>` leaves out the passkey. */
export type MethodIn<E extends Edition> = { [M in Method]: E extends keyof (typeof PRACTICE)[M] ? M : never }[Method];

export const isMethod = (value: unknown): value is Method => typeof value === 'string' && Object.hasOwn(PRACTICE, value);

/** Every method, in the registry's order. */
export const METHODS: readonly Method[] = Object.keys(PRACTICE).filter(isMethod);

/** Whether a method has a chapter and a simulator in an edition. */
export const hasEdition = <E extends Edition>(method: Method, edition: E): method is MethodIn<E> =>
	Object.hasOwn(PRACTICE[method], edition);

/** The editions a method has, today's first. */
export const editionsOf = (method: Method): Edition[] => EDITIONS.filter((edition) => hasEdition(method, edition));

/** The methods of an edition, in the registry's order (or of a given list, e.g. the institution's offer). */
export const methodsOf = <E extends Edition>(edition: E, methods: readonly Method[] = METHODS): MethodIn<E>[] =>
	methods.filter((method): method is MethodIn<E> => hasEdition(method, edition));

/** Every chapter there is: each edition with each of its methods. */
export const EDITION_METHODS: readonly (readonly [Edition, Method])[] = EDITIONS.flatMap((edition) =>
	methodsOf(edition).map((method) => [edition, method] as const),
);

/** The two halves of every chapter: the first-time registration, then every later sign-in. */
export const PHASES = ['setup', 'signin'] as const;
export type Phase = (typeof PHASES)[number];

/** One method's flow in one edition, fetched on its own; a method without that edition has none. */
export function loadFlow(method: Method, edition: Edition): Promise<Flow> {
	const load: Partial<Record<Edition, () => Promise<Flow>>> = PRACTICE[method];
	const loader = load[edition];
	if (!loader) return Promise.reject(new Error(`The ${method} method has no ${edition} edition (src/methods.ts)`));
	return loader();
}
