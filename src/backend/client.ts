import { API } from './handlers';
import type { PushPurpose, PushRequest } from './model';

export type Transport = (request: Request) => Promise<Response>;

export class ApiError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
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
		const data = await response.json().catch(() => ({}));
		if (!response.ok) throw new ApiError(response.status, data.error ?? 'unknown');
		return data as T;
	}
	return {
		signIn: () => call<{ next: 'register' | 'verify' | 'done'; method: 'push' | 'code' | null; remembered: boolean }>('POST', 'signin'),
		startActivation: () => call<{ code: string; url: string }>('POST', 'register/app'),
		appConfigured: () => call<{ configured: boolean }>('GET', 'register/app'),
		chooseMethod: (method: 'push' | 'code') => call('POST', 'register/method', { method }),
		finishRegistration: (backupPhone: string | null) => call('POST', 'register/finish', { backupPhone }),
		requestPush: (purpose: PushPurpose) => call<PushRequest>('POST', 'push', { purpose }),
		pushStatus: (id: string) => call<PushRequest>('GET', `push/${id}`),
		completeSignIn: (rememberDays: number | null) => call('POST', 'signin/complete', { rememberDays }),
		advanceDays: (days: number) => call('POST', 'clock/advance', { days }),
		activateDevice: (code: string) => call<{ account: string; deviceId: string; secret: string }>('POST', 'device/activate', { code }),
		pending: (deviceId: string) => call<PushRequest[]>('GET', `device/${deviceId}/pending`),
		respond: (deviceId: string, id: string, approve: boolean) =>
			call<PushRequest>('POST', `device/${deviceId}/respond`, { deviceId, id, approve }),
	};
}

export type Client = ReturnType<typeof createClient>;
