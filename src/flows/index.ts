// Every simulated method's flow, for Node: the unit tests and the build (still pictures).
// The practice page loads only its own flow, through src/flows/load.ts.
import { CALL_FLOW } from './call';
import { CODE_FLOW } from './code';
import { PUSH_FLOW } from './push';
import type { Flow, SimulatedMethod } from './runtime';
import { SMS_FLOW } from './sms';

export const FLOWS: Record<SimulatedMethod, Flow> = {
	sms: SMS_FLOW,
	call: CALL_FLOW,
	push: PUSH_FLOW,
	code: CODE_FLOW,
};

export type { Flow, SimulatedMethod };
