import { type Edition, type EditionOf, hasEdition, type Method } from '../methods';
import type { PracticeFlow } from '../screens/model';

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
