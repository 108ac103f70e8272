import { fromCallback, fromPromise } from 'xstate';
import type { CarrierNews, Client } from '../backend/client';
import { ApiError, createClient } from '../backend/client';
import { callOutcome, type ErrorCode, isCallError } from '../backend/errors';
import type { ChallengeKind, ChallengeStatus, DefaultMethod, MethodKind, PasskeyStatus, PushAnswer, PushRequest } from '../backend/model';
import type { Phase } from '../methods';

/**
 * The machines' services: every call to the practice service and every watch on it. A
 * machine is made once, with these actors bound to no service at all (`UNPLUGGED`); a
 * session of the practice world plugs its own client in with `.provide()`.
 */

export interface FlowDeps {
	api: Client;
	/** How often the PC and the phone ask the service for news; tiny in tests and at build time. */
	pollMs: number;
}

/** The services of a machine nobody has plugged in: every call fails, as with no network. */
export const UNPLUGGED: FlowDeps = {
	api: createClient(() => Promise.reject(new TypeError('No practice service is plugged in')), 'http://unplugged.invalid/'),
	pollMs: 1000,
};

/** An API error as the screens show it: a code the dictionaries know, never a stack trace. */
export function errorCode(error: unknown): ErrorCode {
	if (!(error instanceof ApiError)) return 'network';
	const code = error.code;
	// A call's refusal says how the call ended (see endedAs); as a failure to show, it is simply "did not work".
	return isCallError(code) ? 'unknown' : code;
}

/** How a call the phone tried to act on had already ended, from the service's refusal. */
export const endedAs = (error: unknown): ChallengeStatus | null => (error instanceof ApiError ? callOutcome(error.code) : null);

/**
 * Whether trying again may work: the service was unreachable or broke (status 0 or 5xx),
 * rather than answering that the request is no longer possible (expired, answered).
 */
export const isTransient = (error: unknown) => !(error instanceof ApiError && error.status >= 400 && error.status < 500);

/**
 * Asks `read` every `pollMs` and hands each answer to `report` until it returns true
 * (done) or the actor stops. A failed read is retried on the next tick: the service's
 * own timers (expiry, ringing) still apply meanwhile.
 */
function poll<T>(pollMs: number, read: () => Promise<T>, report: (value: T) => boolean, first = pollMs) {
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

/** Reports only answers that differ from the last one: an unchanged poll changes no snapshot. Watches until stopped. */
function changes<T>(send: (value: T) => void) {
	let last = '';
	return (value: T) => {
		const json = JSON.stringify(value);
		if (json !== last) {
			last = json;
			send(value);
		}
		return false;
	};
}

const call = <I, O>(fn: (input: I) => Promise<O>) => fromPromise<O, I>(({ input }) => fn(input));

/** The PC's services: signing in, registering, asking for a push, a text or a call, and watching them. */
export function pcActors({ api, pollMs }: FlowDeps) {
	return {
		signIn: call(() => api.signIn()),
		startActivation: call(() => api.startActivation()),
		appConfigured: call(() => api.appConfigured()),
		chooseMethod: call((method: 'push' | 'code') => api.chooseMethod(method)),
		requestPush: call((input: Phase | { purpose: Phase; match: boolean }) =>
			typeof input === 'string' ? api.requestPush(input) : api.requestPush(input.purpose, input.match),
		),
		strangerSignIn: call(() => api.strangerSignIn()),
		finishRegistration: call((phone: string | null) => api.finishRegistration(phone)),
		completeSignIn: call((days: number | null) => api.completeSignIn(days)),
		advanceDays: call((days: number) => api.advanceDays(days)),
		registerPhone: call((input: { country: string; number: string; via: 'sms' | 'call' }) => api.registerPhone(input)),
		startChallenge: call((input: { purpose: Phase; kind: ChallengeKind }) => api.startChallenge(input.purpose, input.kind)),
		verifyCode: call((input: { id: string; code: string }) => api.verifyCode(input.id, input.code)),
		unblock: call(() => api.unblock()),
		confirmPasskey: call(() => api.confirmPasskey()),
		startPasskeySignIn: call(() => api.startPasskeySignIn()),
		/** The PC showing its QR code: polls the passkey sign-in until it moves past the statuses it waits in. */
		watchPasskey: fromCallback<{ type: 'noop' }, { id: string; waiting: readonly PasskeyStatus[] }>(({ input, sendBack }) =>
			poll(
				pollMs,
				() => api.passkeyStatus(input.id),
				(r) => {
					if (input.waiting.includes(r.status)) return false;
					sendBack({ type: `passkey.${r.status}` });
					return true;
				},
			),
		),
		cancelChallenge: call((id: string) => api.cancelChallenge(id)),
		// After enrolment: the Security info page and the helpdesk's Temporary Access Pass.
		securityInfo: call(() => api.securityInfo()),
		addMethod: call((input: { kind: MethodKind; label: string }) => api.addMethod({ ...input, device: null })),
		deleteMethod: call((id: string) => api.deleteMethod(id)),
		setDefault: call((method: DefaultMethod) => api.setDefault(method)),
		issueTap: call(() => api.issueTap()),
		tapSignIn: call((code: string) => api.tapSignIn(code)),
		/** Watches one push request until somebody answers it or it expires: the PC learns the answer only through the service. */
		watchPush: fromCallback<{ type: 'noop' }, { id: string }>(({ input, sendBack }) =>
			poll(
				pollMs,
				() => api.pushStatus(input.id),
				(push) => {
					if (push.status === 'pending') return false;
					sendBack({ type: `push.${push.status}` });
					return true;
				},
			),
		),
		/** The PC waiting for a call's outcome: polls the service until the call has ended. */
		watchChallenge: fromCallback<{ type: 'noop' }, { id: string }>(({ input, sendBack }) =>
			poll(
				pollMs,
				() => api.challengeStatus(input.id),
				(c) => {
					if (c.status === 'ringing' || c.status === 'answered') return false;
					sendBack({ type: 'challenge.update', status: c.status });
					return true;
				},
			),
		),
	};
}

/** The Authenticator app's services: pairing by the QR code, its inbox of requests, and answering them. */
export function appPhoneActors({ api, pollMs }: FlowDeps) {
	return {
		activate: call((code: string) => api.activateDevice(code)),
		respond: call((input: { deviceId: string; id: string; answer: PushAnswer }) => api.respond(input.deviceId, input.id, input.answer)),
		/** The app's inbox: polls for requests waiting for this device. */
		watchInbox: fromCallback<{ type: 'noop' }, { deviceId: string }>(({ input, sendBack }) => {
			const send = changes((pending: PushRequest[]) => sendBack({ type: 'inbox.update', pending }));
			return poll(pollMs, () => api.pending(input.deviceId), send, 0);
		}),
	};
}

/** The passkey practice's phone: texts for its number, and Microsoft Authenticator with its passkey. */
export function passkeyPhoneActors(deps: FlowDeps) {
	const { api } = deps;
	return {
		watchCarrier: carrierPhoneActors(deps).watchCarrier,
		createPasskey: call(() => api.createPasskey()),
		scanPasskey: call((code: string) => api.scanPasskey(code)),
		answerPasskey: call((input: { id: string; approve: boolean }) => api.answerPasskey(input.id, input.approve)),
	};
}

/** The phone network's services: texts and calls for the phone's number, and what the phone does with a call. */
export function carrierPhoneActors({ api, pollMs }: FlowDeps) {
	return {
		watchCarrier: fromCallback<{ type: 'noop' }, { number: string }>(({ input, sendBack }) => {
			const send = changes((news: CarrierNews) => sendBack({ type: 'carrier.update', ...news }));
			return poll(pollMs, () => api.carrier(input.number), send, 0);
		}),
		answer: call((id: string) => api.answerCall(id)),
		hangUp: call((id: string) => api.hangUp(id)),
		press: call((input: { id: string; key: string }) => api.pressKey(input.id, input.key)),
	};
}
