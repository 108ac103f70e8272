// The runtime with the push flow as its default: what the push tests and the first
// practice page were written against. New code passes `flow` (src/flows/index.ts).
import { PUSH_FLOW } from './push';
import * as runtime from './runtime';
import type { Flow, SessionOptions } from './runtime';

export * from './runtime';
export { PUSH_FLOW, PUSH_SCRIPT, pushStep } from './push';

export const createSession = (options: SessionOptions) => runtime.createSession({ flow: PUSH_FLOW, ...options } as SessionOptions & { flow: Flow });

export const recordSeeds = (options: SessionOptions, script?: runtime.ScriptEntry[], stopAt?: string) =>
	runtime.recordSeeds({ flow: PUSH_FLOW, ...options } as SessionOptions & { flow: Flow }, script, stopAt);
