import { http, HttpResponse } from 'msw';
import { ModelError, type CodeRules, type Tenant } from './model';

/**
 * src/totp's verification rules are fetched with the first code typed, and otpauth
 * (about 10 KB gzip) only when the code is an app's.
 */
async function codeRules(app: boolean): Promise<CodeRules> {
	const [{ CodeVerifier }, { normalizeCode }, lib] = await Promise.all([
		import('../totp/verifier'),
		import('../totp/normalize'),
		app ? import('../totp/totp') : null,
	]);
	return { CodeVerifier, normalizeCode, totp: lib && ((secret, step) => lib.codeForStep(lib.secretFromBase32(secret), step)) };
}

/** Every endpoint lives under this path, wherever the site is deployed (any base). */
export const API = '__practice/api';
const at = (path: string) => `*/${API}/${path}`;

/**
 * The mock identity service's HTTP surface. The same handlers serve the page (through
 * the service worker, or in-page when none can start) and the unit tests (msw/node).
 * `changed` runs after every write so the page can save the tenant for reloads.
 */
export function createHandlers(tenant: () => Tenant, changed: () => void = () => {}) {
	const write = <T>(fn: (t: Tenant, body: any) => T | Promise<T>) =>
		async ({ request }: { request: Request }) => {
			try {
				const body = request.method === 'GET' ? {} : await request.json().catch(() => ({}));
				const result = await fn(tenant(), body);
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
		http.post(at('register/phone'), write((t, body) => t.registerPhone(String(body.country ?? ''), String(body.number ?? ''), body.via === 'call' ? 'call' : 'sms'))),
		http.post(at('challenge'), write((t, body) => t.startChallenge(body.purpose === 'setup' ? 'setup' : 'signin', body.kind === 'app' || body.kind === 'call' ? body.kind : 'sms'))),
		http.get(at('challenge/:id'), read((t, url) => t.challengeStatus(url.pathname.split('/').at(-1)!))),
		http.post(
			at('challenge/:id/verify'),
			write(async (t, body) => {
				const id = String(body.id ?? '');
				const app = t.state.challenges.some((c) => c.id === id && c.kind === 'app');
				return t.verifyCode(id, String(body.code ?? ''), await codeRules(app));
			}),
		),
		http.post(at('challenge/:id/cancel'), write((t, body) => t.cancelChallenge(String(body.id ?? '')))),
		http.post(at('unblock'), write((t) => t.unblock())),
		// The phone network: what reaches the practice phone's number, and what it does with a call.
		http.get(at('carrier/:number'), read((t, url) => t.carrier(decodeURIComponent(url.pathname.split('/').at(-1)!)))),
		http.post(at('call/:id/answer'), write((t, body) => t.answerCall(String(body.id)))),
		http.post(at('call/:id/hangup'), write((t, body) => t.hangUp(String(body.id)))),
		http.post(at('call/:id/key'), write((t, body) => t.pressKey(String(body.id), String(body.key ?? '')))),
		http.get(at('device/:deviceId/pending'), read((t, url) => t.pendingFor(url.pathname.split('/').at(-2)!))),
		http.post(at('device/:deviceId/respond'), write((t, body) => t.respond(body.deviceId, body.id, Boolean(body.approve)))),
	];
}
