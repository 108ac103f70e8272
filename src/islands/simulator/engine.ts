// The simulator's engine, loaded on demand by the practice page: machines, the mock
// service and the screens. Kept out of the page's first script so the page paints first.
import { http } from 'msw';
import type { Transport } from '../../backend/client';
import { API, type createHandlers } from '../../backend/handlers';
import { loadFlow } from '../../flows/load';
import { createSession, inProcess, qrOnPcScreen, recordSeeds, type Seed, type Session } from '../../flows/runtime';
import { renderScreens } from '../../screens/render';
import { storageKey as STORAGE_KEY, type SimulatorConfig } from './config';

const POLL_MS = 1000;
/** Names the session a request belongs to, so the worker hands it to that session's service only. */
const SESSION_HEADER = 'x-practice-session';

const cryptoRandom = () => crypto.getRandomValues(new Uint32Array(1))[0]! / 4294967296;

/**
 * The running sessions' services, by id. The worker answers through this table rather
 * than through one session's handlers: a request still in flight from a session that
 * "start over" or back/forward has just stopped then finds no service (and fails
 * quietly) instead of changing the new session's practice tenant.
 */
const services = new Map<string, Transport>();

/**
 * Starts the mock service worker. Where it cannot start (a non-secure origin, a browser
 * that blocks service workers) the same handlers keep answering inside the page, quietly.
 */
let worker: Promise<boolean> | undefined;
function startWorker(config: SimulatorConfig) {
	worker ??= (async () => {
		try {
			if (!('serviceWorker' in navigator) || !window.isSecureContext) return false;
			const { setupWorker } = await import('msw/browser');
			// MSW reloads a page that its registered worker does not control, taking it for a
			// hard reload. That reload would throw away what the reader is doing (a second tab
			// opened while the first was still installing the worker is such a page too), so
			// such a page keeps answering in-page; the next visit is controlled.
			if (!navigator.serviceWorker.controller) {
				const url = new URL(config.workerUrl, location.href).href;
				const registrations = await navigator.serviceWorker.getRegistrations();
				if (registrations.some((r) => [r.installing, r.waiting, r.active].some((w) => w?.scriptURL === url))) return false;
			}
			const w = setupWorker(
				http.all(`*/${API}/*`, ({ request }) => {
					const service = services.get(request.headers.get(SESSION_HEADER) ?? '');
					return service ? service(request) : Response.json({ error: 'network' }, { status: 503 });
				}),
			);
			await w.start({
				serviceWorker: { url: config.workerUrl, options: { scope: config.scope } },
				quiet: true,
				// The site's own pages and assets pass through untouched.
				onUnhandledFrame: 'bypass',
			});
			return true;
		} catch {
			return false;
		}
	})();
	return worker;
}

/**
 * The simulator answers in-page from the first click; once the worker is up and controls
 * the page, requests go through it to the very same handlers. Registering a worker can
 * take seconds on a busy machine, and nobody should wait for it. Requests are addressed
 * to the page's own origin and base, inside the worker's scope: nothing leaves the origin,
 * and without a worker nothing is fetched at all.
 */
function transportFor(config: SimulatorConfig, id: string, isStopped: () => boolean) {
	return (handlers: ReturnType<typeof createHandlers>): Transport => {
		const local = inProcess(handlers);
		services.set(id, local);
		let viaWorker = false;
		void startWorker(config).then((ok) => (viaWorker = ok));
		return (request) => {
			// A stopped session asks nothing more of anybody.
			if (isStopped()) return Promise.reject(new TypeError('practice session stopped'));
			// A hard reload leaves the page uncontrolled even with a worker registered.
			if (!viaWorker || !navigator.serviceWorker.controller) return local(request);
			const headers = new Headers(request.headers);
			headers.set(SESSION_HEADER, id);
			return fetch(new Request(request, { headers }));
		};
	};
}

export interface Engine {
	session: Session;
	step(): string;
	done(): boolean;
	screens(): { pc: string; phone: string };
	/** The phone's current code, for the ticking display. */
	code(): { value: string; secondsLeft: number } | null;
	/** Where the practice service answers, once that is settled: the service worker, or the page itself. */
	service: Promise<'worker' | 'page'>;
	/** The world's time (the service's clock), for countdowns. */
	now(): number;
	/** Something on the phone worth saying aloud once (a call, a text, a notification): a key and its words. */
	news(): { key: string; text: string } | null;
	send(actor: 'pc' | 'phone', event: { type: string; [k: string]: unknown }): void;
	subscribe(listener: () => void): () => void;
	stop(): void;
}

let sessions = 0;

/**
 * Builds the practice world for the page. `signal` ends a boot that has been overtaken
 * (back/forward, "start over"): it is checked after every wait, so an overtaken boot never
 * starts a session, and rejects with the signal's reason.
 */
export async function createEngine(config: SimulatorConfig, startAt: string | null, signal?: AbortSignal): Promise<Engine> {
	// The method's machines, and the screens only the code, SMS and call methods show.
	const [flow, more] = await Promise.all([
		loadFlow(config.method),
		config.method === 'push'
			? undefined
			: config.method === 'code'
				? import('../../screens/render-code').then((m) => m.CODE_SCREENS)
				: import('../../screens/render-phone').then((m) => m.PHONE_SCREENS),
	]);
	signal?.throwIfAborted();
	const base = {
		flow,
		account: config.account,
		rememberDays: config.rememberDays,
		clock: () => Date.now(),
		random: cryptoRandom,
		// The page's own origin and base: see transportFor.
		baseUrl: new URL(config.scope, location.href).href,
	};

	// Resume a saved session when it is at the step the address asks for (a reload);
	// otherwise play the flow up to that step with everything before it done.
	let seed: Seed | undefined;
	let saved: string | null = null;
	try {
		saved = sessionStorage.getItem(STORAGE_KEY(config));
	} catch {
		// Storage disabled: every visit starts afresh.
	}
	if (saved) {
		try {
			const parsed = JSON.parse(saved) as Seed;
			if (!startAt || parsed.step === startAt) seed = parsed;
		} catch {
			sessionStorage.removeItem(STORAGE_KEY(config));
		}
	}
	if (!seed && startAt && startAt !== config.steps[0]!.id) {
		// The replay runs in-process with its own tenant and saves nothing.
		const seeds = await recordSeeds({ ...base, pollMs: 1 }, flow.script, startAt);
		signal?.throwIfAborted();
		seed = seeds[startAt];
	}

	// Once stopped, a session neither asks the service anything nor saves: a poll that was
	// already on its way when "start over" cleared the storage must not write the old world back.
	let stopped = false;
	const id = `s${++sessions}`;
	let session: Session;
	const persist = () => {
		if (stopped) return;
		try {
			sessionStorage.setItem(STORAGE_KEY(config), JSON.stringify(session.save()));
		} catch {
			// Storage full or disabled: the practice still works, it just won't survive a reload.
		}
	};
	const transport = transportFor(config, id, () => stopped);
	session = createSession({ ...base, pollMs: POLL_MS, transport, ...(seed ? { seed } : {}), onTenantChange: () => queueMicrotask(persist) });
	session.start();

	// otpauth (through src/totp) is fetched only once the phone has an account to show a code for.
	let totp: Promise<unknown> | null = null;
	let lib: typeof import('../../totp/totp') | null = null;
	const code = () => {
		const account = session.phone.getSnapshot().context.account as { secret: string } | null | undefined;
		if (!account) return null;
		if (!lib) {
			// A failed fetch (offline for a moment) is tried again on a later tick.
			totp ??= import('../../totp/totp').then(
				(m) => (lib = m),
				() => (totp = null),
			);
			return null;
		}
		const now = session.now();
		const value = lib.codeAt(lib.secretFromBase32(account.secret), now);
		return { value: `${value.slice(0, 3)} ${value.slice(3)}`, secondsLeft: Math.ceil(lib.msLeftInStep(now) / 1000) };
	};
	const news = () => {
		const p = session.phone.getSnapshot();
		const t = config.strings;
		if (p.matches({ call: 'ringing' } as never)) return { key: `call:${p.context.current}`, text: t['practice.announce.call'] };
		const text = (p.context.messages as { id: string }[] | undefined)?.filter((m) => !p.context.read.includes(m.id)).at(-1);
		if (text) return { key: `sms:${text.id}`, text: t['practice.announce.sms'] };
		const push = p.context.notification as { id: string } | null | undefined;
		if (push) return { key: `push:${push.id}`, text: t['practice.announce.push'] };
		return null;
	};

	return {
		get session() {
			return session;
		},
		service: startWorker(config).then((ok) => (ok ? 'worker' : 'page')),
		step: () => session.step(),
		done: () => session.done(),
		code,
		now: () => session.now(),
		news,
		screens() {
			const pc = session.pc.getSnapshot();
			return renderScreens({
				method: config.method,
				pc,
				phone: session.phone.getSnapshot(),
				t: config.strings,
				mode: 'live',
				account: config.account,
				institution: config.institution,
				rememberDays: config.rememberDays,
				qrSvg: config.qrSvg,
				// The code and countdowns are written by the island's ticker: the markup stays the same every second.
				code: null,
				qrInView: qrOnPcScreen(pc) !== null,
				now: session.now(),
				phoneNumber: config.phoneNumber,
				...(more ? { more } : {}),
			});
		},
		send(actor, event) {
			if (stopped) return;
			if (event.type === 'phone.capture') event = { ...event, code: qrOnPcScreen(session.pc.getSnapshot()) };
			(actor === 'pc' ? session.pc : session.phone).send(event as never);
			persist();
		},
		subscribe(listener) {
			const changed = () => {
				if (stopped) return;
				persist();
				listener();
			};
			const a = session.pc.subscribe(changed);
			const b = session.phone.subscribe(changed);
			return () => {
				a.unsubscribe();
				b.unsubscribe();
			};
		},
		stop() {
			stopped = true;
			services.delete(id);
			session.stop();
		},
	};
}
