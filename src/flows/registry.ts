import { type Edition, type EditionOf, hasEdition, type Method, type Task } from '../methods';
import type { PracticeFlow } from '../screens/model';
import { SCENARIO_STEP_IDS, type Scenario } from '../step-ids';

/**
 * Where each method's practice lives in each edition it has (src/methods.ts): its flow file,
 * which brings its machines, its screens and its walk-through. A practice page calls only its
 * own method's loader, so it fetches only that method's code; Node (tests, the build) can load
 * any. The top of the tree: nothing in src/ below the pages imports it. The type asks for a
 * loader for every edition a method has, and none for one it lacks.
 */
export const PRACTICE: { [M in Method]: { [E in EditionOf<M>]: () => Promise<PracticeFlow> } } = {
	sms: {
		today: () => import('./today/sms').then((m) => m.flow),
		manual: () => import('./manual/sms').then((m) => m.flow),
	},
	call: {
		today: () => import('./today/call').then((m) => m.flow),
		manual: () => import('./manual/call').then((m) => m.flow),
	},
	push: {
		today: () => import('./today/push').then((m) => m.flow),
		manual: () => import('./manual/push').then((m) => m.flow),
	},
	code: {
		today: () => import('./today/code').then((m) => m.flow),
		manual: () => import('./manual/code').then((m) => m.flow),
	},
	passkey: {
		today: () => import('./today/passkey').then((m) => m.flow),
	},
};

/** One method's flow in one edition, fetched on its own; a method without that edition has none. */
export function loadFlow(method: Method, edition: Edition): Promise<PracticeFlow> {
	if (!hasEdition(method, edition)) return Promise.reject(new Error(`The ${method} method has no ${edition} edition (src/methods.ts)`));
	const loaders: Partial<Record<Edition, () => Promise<PracticeFlow>>> = PRACTICE[method];
	const loader = loaders[edition];
	if (!loader) return Promise.reject(new Error(`The ${method} method has no ${edition} loader (src/flows/registry.ts)`));
	return loader();
}

/**
 * Where each scenario of a task's practice lives (/practice/manage/: SCENARIO_STEP_IDS in src/step-ids.ts),
 * today's edition only. One flow per scenario, each its own chunk: the page fetches the one it plays.
 */
export const TASK_PRACTICE: { [T in Task]: { [S in Scenario<T>]: () => Promise<PracticeFlow> } } = {
	manage: {
		'lost-phone-tap': () => import('./today/manage-tap').then((m) => m.flow),
		'change-default': () => import('./today/manage-default').then((m) => m.flow),
		'lost-phone-other': () => import('./today/manage-other').then((m) => m.flow),
		'new-phone': () => import('./today/manage-newphone').then((m) => m.flow),
	},
};

const isScenario = <T extends Task>(task: T, scenario: string): scenario is Scenario<T> => Object.hasOwn(SCENARIO_STEP_IDS[task], scenario);

/** One scenario's flow of a task's practice, fetched on its own. */
export function loadScenario(task: Task, scenario: string): Promise<PracticeFlow> {
	if (!isScenario(task, scenario)) return Promise.reject(new Error(`The ${task} practice has no scenario ${scenario} (src/step-ids.ts)`));
	return TASK_PRACTICE[task][scenario]();
}
