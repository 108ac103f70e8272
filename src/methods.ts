/**
 * The guide's two editions: today's screens (the chapters' own addresses) and the
 * university's manual of December 2020 as it reads (under /manual/). A step id names a
 * task, so a task both editions share has one id in both (src/steps.ts).
 */
export const EDITIONS = ['today', 'manual'] as const;
export type Edition = (typeof EDITIONS)[number];

/**
 * The sign-in methods, in the manual's order of recommendation (SMS first), then the methods
 * the manual never had, each with the editions it has a chapter and a practice in. A passkey
 * has today's edition only: the manual of 2020 has no passkeys, so it has no chapter, steps or
 * simulator there. The words every module shares and nothing more: this module imports
 * nothing, so anything may import it (the loaders of each method's flows are the top of the
 * tree, src/flows/registry.ts).
 */
export const METHOD_EDITIONS = {
	sms: ['today', 'manual'],
	call: ['today', 'manual'],
	push: ['today', 'manual'],
	code: ['today', 'manual'],
	passkey: ['today'],
} as const satisfies Record<string, readonly Edition[]>;

export type Method = keyof typeof METHOD_EDITIONS;

/** The editions a method has, as a type. */
export type EditionOf<M extends Method> = (typeof METHOD_EDITIONS)[M][number];

/** The methods an edition has: `MethodIn<'manual'>` leaves out the passkey. */
export type MethodIn<E extends Edition> = { [M in Method]: E extends EditionOf<M> ? M : never }[Method];

export const isMethod = (value: unknown): value is Method => typeof value === 'string' && Object.hasOwn(METHOD_EDITIONS, value);

/** Every method, in the registry's order. */
export const METHODS: readonly Method[] = Object.keys(METHOD_EDITIONS).filter(isMethod);

/** Whether a method has a chapter and a simulator in an edition. */
export const hasEdition = <E extends Edition>(method: Method, edition: E): method is MethodIn<E> =>
	(METHOD_EDITIONS[method] as readonly Edition[]).includes(edition);

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

/**
 * Chapters that are a task around the methods rather than a way to sign in: after enrolment
 * (`manage`: the Security info page, a new phone, a new number, a lost phone). Not a method, so
 * nothing that lists methods (the chooser, the offer, the institution's list, the per-method
 * tables and print limits) offers it as a way to sign in; its steps are a table of their own
 * (`TASK_STEP_IDS` in ./step-ids.ts), by section rather than by phase, in today's edition only.
 */
export const TASKS = ['manage'] as const;
export type Task = (typeof TASKS)[number];
export const isTask = (value: unknown): value is Task => typeof value === 'string' && (TASKS as readonly string[]).includes(value);
