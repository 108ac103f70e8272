import type { Method, Phase } from '../methods';
import { type CallError, type ServiceError, type TransportError, wireError } from './errors';
import { API } from './handlers';
import type {
	ChallengeKind,
	ChallengeStatus,
	DefaultMethod,
	MethodKind,
	PasskeyStatus,
	PushAnswer,
	PushRequest,
	RegisteredMethod,
	VerifyOutcome,
} from './model';

export interface ChallengeStarted {
	id: string;
	kind: ChallengeKind;
	/** The number as the page names it; null for the app. */
	to: string | null;
	lockedUntil: number | null;
}
export interface CarrierNews {
	messages: { id: string; code: string; at: number }[];
	call: { id: string; status: ChallengeStatus } | null;
}

/** The Security info page as the service lists it, with the Temporary Access Pass if there is one. */
export interface SecurityInfo {
	methods: RegisteredMethod[];
	defaultMethod: DefaultMethod | null;
	/** No method left: the page's banner asks to add one. */
	banner: boolean;
	tap: { id: string; expiresAt: number; oneTime: boolean; usable: boolean } | null;
}

export type Transport = (request: Request) => Promise<Response>;

/** The service said no (its own error code and HTTP status), or could not be reached (status 0, "network"). */
export class ApiError extends Error {
	constructor(
		readonly status: number,
		readonly code: ServiceError | CallError | TransportError,
	) {
		super(`${status} ${code}`);
	}
}

/**
 * Typed calls to the mock identity service. The PC and the phone each get a client;
 * they share nothing but the service behind it, as a real PC and phone do.
 */
export function createClient(transport: Transport, baseUrl: string) {
	const url = (path: string) => new URL(`${API}/${path}`, baseUrl).href;
	async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
		let response: Response;
		try {
			response = await transport(
				new Request(url(path), {
					method,
					headers: { 'content-type': 'application/json' },
					...(body === undefined ? {} : { body: JSON.stringify(body) }),
				}),
			);
		} catch {
			throw new ApiError(0, 'network');
		}
		// A network error a handler answered with (HttpResponse.error()): the same as no answer.
		if (response.type === 'error') throw new ApiError(0, 'network');
		const data: unknown = await response.json().catch(() => ({}));
		if (!response.ok)
			throw new ApiError(response.status, wireError(data && typeof data === 'object' && 'error' in data ? data.error : null));
		// The service's own answer, in the shape its handler gives for this path.
		return data as T;
	}
	return {
		signIn: () => call<{ next: 'register' | 'verify' | 'done' | 'blocked'; method: Method | null; remembered: boolean }>('POST', 'signin'),
		startActivation: () => call<{ code: string; url: string; key: string }>('POST', 'register/app'),
		appConfigured: () => call<{ configured: boolean }>('GET', 'register/app'),
		chooseMethod: (method: 'push' | 'code') => call('POST', 'register/method', { method }),
		finishRegistration: (backupPhone: string | null) => call('POST', 'register/finish', { backupPhone }),
		requestPush: (purpose: Phase, match = false) => call<PushRequest>('POST', 'push', { purpose, match }),
		strangerSignIn: () => call<PushRequest>('POST', 'push/stranger', {}),
		pushStatus: (id: string) => call<PushRequest>('GET', `push/${id}`),
		completeSignIn: (rememberDays: number | null) => call('POST', 'signin/complete', { rememberDays }),
		advanceDays: (days: number) => call('POST', 'clock/advance', { days }),
		activateDevice: (code: string) => call<{ account: string; deviceId: string; secret: string }>('POST', 'device/activate', { code }),
		pending: (deviceId: string) => call<PushRequest[]>('GET', `device/${deviceId}/pending`),
		respond: (deviceId: string, id: string, answer: PushAnswer) =>
			call<PushRequest>('POST', `device/${deviceId}/respond`, { deviceId, id, ...answer }),
		registerPhone: (input: { country: string; number: string; via: 'sms' | 'call' }) =>
			call<{ display: string }>('POST', 'register/phone', input),
		startChallenge: (purpose: Phase, kind: ChallengeKind) => call<ChallengeStarted>('POST', 'challenge', { purpose, kind }),
		challengeStatus: (id: string) => call<{ id: string; kind: ChallengeKind; status: ChallengeStatus }>('GET', `challenge/${id}`),
		verifyCode: (id: string, code: string) => call<VerifyOutcome>('POST', `challenge/${id}/verify`, { id, code }),
		cancelChallenge: (id: string) => call<{ id: string; status: ChallengeStatus }>('POST', `challenge/${id}/cancel`, { id }),
		unblock: () => call('POST', 'unblock'),
		createPasskey: () => call<{ id: string; account: string }>('POST', 'passkey/create', {}),
		confirmPasskey: () => call('POST', 'passkey/confirm', {}),
		startPasskeySignIn: () => call<{ id: string; code: string }>('POST', 'passkey/signin', {}),
		scanPasskey: (code: string) => call<{ id: string; status: PasskeyStatus }>('POST', 'passkey/scan', { code }),
		passkeyStatus: (id: string) => call<{ id: string; status: PasskeyStatus }>('GET', `passkey/signin/${id}`),
		answerPasskey: (id: string, approve: boolean) =>
			call<{ id: string; status: PasskeyStatus }>('POST', `passkey/signin/${id}/answer`, { id, approve }),
		securityInfo: () => call<SecurityInfo>('GET', 'security-info'),
		addMethod: (method: { kind: MethodKind; device: string | null; label: string }) =>
			call<RegisteredMethod>('POST', 'security-info/method', method),
		deleteMethod: (id: string) => call<{ deleted: RegisteredMethod; last: boolean }>('POST', `security-info/method/${id}/delete`, { id }),
		setDefault: (method: DefaultMethod) => call('POST', 'security-info/default', { method }),
		issueTap: (minutes?: number, oneTime = true) =>
			call<{ code: string; expiresAt: number; oneTime: boolean }>('POST', 'tap/issue', { minutes, oneTime }),
		tapSignIn: (code: string) => call<{ ok: true }>('POST', 'tap/signin', { code }),
		deleteTap: () => call('POST', 'tap/delete', {}),
		requireReregister: () => call('POST', 'helpdesk/reregister', {}),
		carrier: (number: string) => call<CarrierNews>('GET', `carrier/${encodeURIComponent(number)}`),
		answerCall: (id: string) => call<{ id: string; status: ChallengeStatus }>('POST', `call/${id}/answer`, { id }),
		hangUp: (id: string) => call<{ id: string; status: ChallengeStatus }>('POST', `call/${id}/hangup`, { id }),
		pressKey: (id: string, key: string) =>
			call<{ id: string; status: ChallengeStatus; keys: string }>('POST', `call/${id}/key`, { id, key }),
	};
}

export type Client = ReturnType<typeof createClient>;
