import { fromCallback, fromPromise } from 'xstate';
import type { CarrierNews, Client } from '../backend/client';
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
 * Whether trying again may work: the service was unreachable or broke (status 0 or 5xx),
 * rather than answering that the request is no longer possible (expired, answered).
 */
export const isTransient = (error: unknown) => {
	const status = error && typeof error === 'object' && 'status' in error ? Number((error as { status: unknown }).status) : 0;
	return !(status >= 400 && status < 500);
};

/**
 * Asks `read` every `pollMs` and hands each answer to `report` until it returns true
 * (done) or the actor stops. A failed read is retried on the next tick: the service's
 * own timers (expiry, ringing) still apply meanwhile.
 */
function poll<T>(pollMs: number, read: () => Promise<T>, report: (value: T) => boolean | void, first = pollMs) {
	let stopped = false;
	let timer: ReturnType<typeof setTimeout>;
	const tick = async () => {
		if (stopped) return;
		try {
			const value = await read();
			if (stopped || report(value)) return;
		} catch {
			// Offline for a moment: the next tick tries again.
		}
		if (!stopped) timer = setTimeout(tick, pollMs);
	};
	timer = setTimeout(tick, first);
	return () => {
		stopped = true;
		clearTimeout(timer);
	};
}

/** Reports only answers that differ from the last one: an unchanged poll changes no snapshot. */
function changes<T>(send: (value: T) => void) {
	let last = '';
	return (value: T) => {
		const json = JSON.stringify(value);
		if (json !== last) {
			last = json;
			send(value);
		}
	};
}

/**
 * Watches one push request until somebody answers it or it expires: the PC learns the
 * phone's answer only through the service, as in reality.
 */
export const watchPush = (deps: FlowDeps) =>
	fromCallback<{ type: 'noop' }, { id: string }>(({ input, sendBack }) =>
		poll(
			deps.pollMs,
			() => deps.api.pushStatus(input.id),
			(push) => {
				if (push.status === 'pending') return false;
				sendBack({ type: `push.${push.status}` } as any);
				return true;
			},
		),
	);

/** The PC waiting for a call's outcome: polls the service until the call has ended. */
export const watchChallenge = (deps: FlowDeps) =>
	fromCallback<{ type: 'noop' }, { id: string }>(({ input, sendBack }) =>
		poll(
			deps.pollMs,
			() => deps.api.challengeStatus(input.id),
			(c) => {
				if (c.status === 'ringing' || c.status === 'answered') return false;
				sendBack({ type: 'challenge.update', status: c.status } as any);
				return true;
			},
		),
	);

/** The phone app's inbox: polls for requests waiting for this device. */
export const watchInbox = (deps: FlowDeps) =>
	fromCallback<{ type: 'noop' }, { deviceId: string }>(({ input, sendBack }) => {
		const send = changes((pending: PushRequest[]) => sendBack({ type: 'inbox.update', pending } as any));
		return poll(deps.pollMs, () => deps.api.pending(input.deviceId), send, 0);
	});

/** The phone network: texts and calls for the phone's number. */
export const watchCarrier = (deps: FlowDeps) =>
	fromCallback<{ type: 'noop' }, { number: string }>(({ input, sendBack }) => {
		const send = changes((news: CarrierNews) => sendBack({ type: 'carrier.update', ...news } as any));
		return poll(deps.pollMs, () => deps.api.carrier(input.number), send, 0);
	});

export const call = <I, O>(fn: (input: I) => Promise<O>) => fromPromise<O, I>(({ input }) => fn(input));
