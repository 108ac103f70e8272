import { HttpResponse, http, type PathParams } from 'msw';
import type { Phase } from '../methods';
import { type CodeRules, DEFAULT_METHODS, type DefaultMethod, type MethodKind, ModelError, type Tenant } from './model';

/**
 * src/totp's verification rules are fetched with the first code typed, and its TOTP
 * (otpauth on Oslo's HMAC and hashes, about 7 KB gzip) only when the code is an app's.
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
/** An endpoint's path as handlers match it, on any origin and base: `api('push/:id')`. */
export const api = (path: string) => `*/${API}/${path}`;

type Body = Record<string, unknown>;
interface Call {
	tenant: Tenant;
	body: Body;
	params: PathParams;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const param = (params: PathParams, name: string) => text(params[name]);
const phase = (value: unknown): Phase => (value === 'setup' ? 'setup' : 'signin');
const methodKind = (value: unknown): MethodKind => (value === 'phone' || value === 'passkey' ? value : 'app');
const defaultMethod = (value: unknown): DefaultMethod | null => DEFAULT_METHODS.find((m) => m === value) ?? null;

/**
 * The mock identity service's HTTP surface. The same handlers serve the page (through
 * MSW's service worker, or in-page until it controls the page or where none can start) and
 * the unit tests (in-process, or msw/node). Path parameters are read from `params`, bodies as JSON; a refusal is the
 * service's own error code with its HTTP status. `changed` runs after every request
 * (reading may expire a request too) so the page can save the tenant for reloads.
 */
export function createHandlers(tenant: () => Tenant, changed: () => void = () => {}) {
	const answer =
		<T>(fn: (call: Call) => T | Promise<T>) =>
		async ({ request, params }: { request: Request; params: PathParams }) => {
			try {
				const parsed: unknown = request.method === 'GET' ? {} : await request.json().catch(() => ({}));
				const body: Body = parsed && typeof parsed === 'object' ? { ...parsed } : {};
				const result = await fn({ tenant: tenant(), body, params });
				changed();
				return HttpResponse.json(result ?? { ok: true });
			} catch (error) {
				if (error instanceof ModelError) return HttpResponse.json({ error: error.code }, { status: error.status });
				throw error;
			}
		};

	return [
		http.post(
			api('signin'),
			answer(({ tenant }) => tenant.account.signIn()),
		),
		http.post(
			api('register/app'),
			answer(({ tenant }) => tenant.account.startActivation()),
		),
		http.get(
			api('register/app'),
			answer(({ tenant }) => ({ configured: tenant.account.appConfigured() })),
		),
		http.post(
			api('register/method'),
			answer(({ tenant, body }) => tenant.account.chooseMethod(body['method'] === 'code' ? 'code' : 'push')),
		),
		http.post(
			api('register/finish'),
			answer(({ tenant, body }) => tenant.account.finishRegistration(text(body['backupPhone']) || null)),
		),
		http.post(
			api('push'),
			answer(({ tenant, body }) => tenant.pushes.request(phase(body['purpose']), body['match'] === true)),
		),
		http.post(
			api('push/stranger'),
			answer(({ tenant }) => tenant.pushes.stranger()),
		),
		http.get(
			api('push/:id'),
			answer(({ tenant, params }) => tenant.pushes.status(param(params, 'id'))),
		),
		http.post(
			api('signin/complete'),
			answer(({ tenant, body }) => tenant.account.completeSignIn(Number(body['rememberDays']) || null)),
		),
		http.post(
			api('clock/advance'),
			answer(({ tenant, body }) => tenant.advanceDays(Number(body['days']) || 0)),
		),
		http.post(
			api('device/activate'),
			answer(({ tenant, body }) => tenant.account.activateDevice(text(body['code']))),
		),
		http.post(
			api('register/phone'),
			answer(({ tenant, body }) =>
				tenant.account.registerPhone(text(body['country']), text(body['number']), body['via'] === 'call' ? 'call' : 'sms'),
			),
		),
		http.post(
			api('challenge'),
			answer(({ tenant, body }) => {
				const kind = body['kind'] === 'app' || body['kind'] === 'call' ? body['kind'] : 'sms';
				return tenant.challenges.start(phase(body['purpose']), kind);
			}),
		),
		http.get(
			api('challenge/:id'),
			answer(({ tenant, params }) => tenant.challenges.status(param(params, 'id'))),
		),
		http.post(
			api('challenge/:id/verify'),
			answer(async ({ tenant, params, body }) => {
				const id = param(params, 'id');
				const app = tenant.state.challenges.some((c) => c.id === id && c.kind === 'app');
				return tenant.challenges.verify(id, text(body['code']), await codeRules(app));
			}),
		),
		http.post(
			api('challenge/:id/cancel'),
			answer(({ tenant, params }) => tenant.challenges.cancel(param(params, 'id'))),
		),
		// The passkey in Microsoft Authenticator: created on the phone, confirmed by the wizard,
		// and a sign-in from a PC by its QR code.
		http.post(
			api('passkey/create'),
			answer(({ tenant }) => tenant.passkeys.create()),
		),
		http.post(
			api('passkey/confirm'),
			answer(({ tenant }) => tenant.passkeys.confirm()),
		),
		http.post(
			api('passkey/signin'),
			answer(({ tenant }) => tenant.passkeys.startSignIn()),
		),
		http.post(
			api('passkey/scan'),
			answer(({ tenant, body }) => tenant.passkeys.scan(text(body['code']))),
		),
		http.get(
			api('passkey/signin/:id'),
			answer(({ tenant, params }) => tenant.passkeys.status(param(params, 'id'))),
		),
		http.post(
			api('passkey/signin/:id/answer'),
			answer(({ tenant, params, body }) => tenant.passkeys.answer(param(params, 'id'), body['approve'] === true)),
		),
		// After enrolment: the Security info page (its list, adding, deleting, the default), the
		// helpdesk's Temporary Access Pass and its "require re-register MFA".
		http.get(
			api('security-info'),
			answer(({ tenant }) => ({ ...tenant.methods.view(), tap: tenant.tap.view() })),
		),
		http.post(
			api('security-info/method'),
			answer(({ tenant, body }) => {
				const kind = methodKind(body['kind']);
				// An app is added by the phone that has just scanned the page's QR code, nothing else. The PC
				// that asks does not know that phone (the page learns it from the service): no device named
				// means the one that scanned.
				const scanned = tenant.account.device?.id ?? null;
				const device = kind === 'app' ? text(body['device']) || scanned : text(body['device']) || null;
				if (kind === 'app' && (!device || scanned !== device)) throw new ModelError(409, 'app-not-configured');
				return tenant.methods.add({ kind, device, label: text(body['label']) });
			}),
		),
		http.post(
			api('security-info/method/:id/delete'),
			answer(({ tenant, params }) => tenant.methods.remove(param(params, 'id'))),
		),
		http.post(
			api('security-info/default'),
			answer(({ tenant, body }) => {
				const method = defaultMethod(body['method']);
				if (!method) throw new ModelError(409, 'default-unavailable');
				return tenant.methods.setDefault(method);
			}),
		),
		http.post(
			api('tap/issue'),
			answer(({ tenant, body }) =>
				tenant.tap.issue(body['minutes'] === undefined ? undefined : Number(body['minutes']), body['oneTime'] !== false),
			),
		),
		http.post(
			api('tap/signin'),
			answer(({ tenant, body }) => tenant.tap.signIn(text(body['code']))),
		),
		http.post(
			api('tap/delete'),
			answer(({ tenant }) => tenant.tap.remove()),
		),
		http.post(
			api('helpdesk/reregister'),
			answer(({ tenant }) => tenant.methods.requireReregister()),
		),
		http.post(
			api('unblock'),
			answer(({ tenant }) => tenant.lockout.unblock()),
		),
		// The phone network: what reaches the practice phone's number, and what it does with a call.
		http.get(
			api('carrier/:number'),
			answer(({ tenant, params }) => tenant.challenges.deliveredTo(param(params, 'number'))),
		),
		http.post(
			api('call/:id/answer'),
			answer(({ tenant, params }) => tenant.challenges.answerCall(param(params, 'id'))),
		),
		http.post(
			api('call/:id/hangup'),
			answer(({ tenant, params }) => tenant.challenges.hangUp(param(params, 'id'))),
		),
		http.post(
			api('call/:id/key'),
			answer(({ tenant, params, body }) => tenant.challenges.pressKey(param(params, 'id'), text(body['key']))),
		),
		http.get(
			api('device/:deviceId/pending'),
			answer(({ tenant, params }) => tenant.pushes.pendingFor(param(params, 'deviceId'))),
		),
		http.post(
			api('device/:deviceId/respond'),
			answer(({ tenant, params, body }) =>
				tenant.pushes.respond(param(params, 'deviceId'), text(body['id']), {
					approve: body['approve'] === true,
					number: text(body['number']),
					report: body['report'] === true,
				}),
			),
		),
	];
}

export type Handlers = ReturnType<typeof createHandlers>;
