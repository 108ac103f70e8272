import { http, HttpResponse } from 'msw';
import { ModelError, type Tenant } from './model';

/** Every endpoint lives under this path, wherever the site is deployed (any base). */
export const API = '__practice/api';
const at = (path: string) => `*/${API}/${path}`;

/**
 * The mock identity service's HTTP surface. The same handlers serve the page (through
 * the service worker, or in-page when none can start) and the unit tests (msw/node).
 * `changed` runs after every write so the page can save the tenant for reloads.
 */
export function createHandlers(tenant: () => Tenant, changed: () => void = () => {}) {
	const write = <T>(fn: (t: Tenant, body: any) => T) =>
		async ({ request }: { request: Request }) => {
			try {
				const body = request.method === 'GET' ? {} : await request.json().catch(() => ({}));
				const result = fn(tenant(), body);
				changed();
				return HttpResponse.json((result ?? { ok: true }) as Record<string, unknown>);
			} catch (error) {
				if (error instanceof ModelError) return HttpResponse.json({ error: error.code }, { status: error.status });
				throw error;
			}
		};
	const read = <T>(fn: (t: Tenant, url: URL) => T) =>
		({ request }: { request: Request }) => {
			try {
				const result = fn(tenant(), new URL(request.url));
				// Reading may expire a push request: that is a change worth keeping.
				changed();
				return HttpResponse.json(result as Record<string, unknown>);
			} catch (error) {
				if (error instanceof ModelError) return HttpResponse.json({ error: error.code }, { status: error.status });
				throw error;
			}
		};

	return [
		http.post(at('signin'), write((t) => t.signIn())),
		http.post(at('register/app'), write((t) => t.startActivation())),
		http.get(at('register/app'), read((t) => ({ configured: t.appConfigured() }))),
		http.post(at('register/method'), write((t, body) => t.chooseMethod(body.method))),
		http.post(at('register/finish'), write((t, body) => t.finishRegistration(body.backupPhone ?? null))),
		http.post(at('push'), write((t, body) => t.requestPush(body.purpose))),
		http.get(at('push/:id'), read((t, url) => t.pushStatus(url.pathname.split('/').at(-1)!))),
		http.post(at('signin/complete'), write((t, body) => t.completeSignIn(body.rememberDays ?? null))),
		http.post(at('clock/advance'), write((t, body) => t.advanceDays(Number(body.days) || 0))),
		http.post(at('device/activate'), write((t, body) => t.activateDevice(String(body.code ?? '')))),
		http.get(at('device/:deviceId/pending'), read((t, url) => t.pendingFor(url.pathname.split('/').at(-2)!))),
		http.post(at('device/:deviceId/respond'), write((t, body) => t.respond(body.deviceId, body.id, Boolean(body.approve)))),
	];
}
