import type { Flow, SimulatedMethod } from './runtime';

/** One method's flow, fetched on its own: a practice page downloads only the machines it runs. */
export const loadFlow = (method: SimulatedMethod): Promise<Flow> =>
	({
		push: () => import('./push').then((m) => m.PUSH_FLOW),
		code: () => import('./code').then((m) => m.CODE_FLOW),
		sms: () => import('./sms').then((m) => m.SMS_FLOW),
		call: () => import('./call').then((m) => m.CALL_FLOW),
	})[method]();
