import { fromCallback, fromPromise } from 'xstate';
import type { Client } from '../backend/client';
import type { PushRequest } from '../backend/model';

export interface FlowDeps {
	api: Client;
	/** How often the PC and the phone ask the service for news; tiny in tests and at build time. */
	pollMs: number;
}

/** An API error as the screens show it: a code the strings know, never a stack trace. */
export const errorCode = (error: unknown) =>
	error && typeof error === 'object' && 'code' in error ? String((error as { code: unknown }).code) : 'network';

/**
 * Watches one push request until somebody answers it or it expires: the PC learns the
 * phone's answer only through the service, as in reality.
 */
export const watchPush = (deps: FlowDeps) =>
	fromCallback<{ type: 'noop' }, { id: string }>(({ input, sendBack }) => {
		let stopped = false;
		const tick = async () => {
			if (stopped) return;
			try {
				const push = await deps.api.pushStatus(input.id);
				if (stopped) return;
				if (push.status !== 'pending') {
					sendBack({ type: `push.${push.status}` } as any);
					return;
				}
			} catch {
				// A failed poll is retried on the next tick; the request's own expiry still applies.
			}
			if (!stopped) timer = setTimeout(tick, deps.pollMs);
		};
		let timer = setTimeout(tick, deps.pollMs);
		return () => {
			stopped = true;
			clearTimeout(timer);
		};
	});

/** The phone app's inbox: polls for requests waiting for this device. */
export const watchInbox = (deps: FlowDeps) =>
	fromCallback<{ type: 'noop' }, { deviceId: string }>(({ input, sendBack }) => {
		let stopped = false;
		let timer: ReturnType<typeof setTimeout>;
		const tick = async () => {
			try {
				const pending: PushRequest[] = await deps.api.pending(input.deviceId);
				if (!stopped) sendBack({ type: 'inbox.update', pending } as any);
			} catch {
				// Offline for a moment: the next tick tries again.
			}
			if (!stopped) timer = setTimeout(tick, deps.pollMs);
		};
		timer = setTimeout(tick, 0);
		return () => {
			stopped = true;
			clearTimeout(timer);
		};
	});

export const call = <I, O>(fn: (input: I) => Promise<O>) => fromPromise<O, I>(({ input }) => fn(input));
