// The simulator's engine, loaded on demand by the practice page: machines, the mock
// service and the screens. Kept out of the page's first script so the page paints first.
import type { Transport } from '../../backend/client';
import type { createHandlers } from '../../backend/handlers';
import { loadFlow } from '../../flows/load';
import { createSession, inProcess, qrOnPcScreen, recordSeeds, type Seed, type Session } from '../../flows/runtime';
import { renderScreens } from '../../screens/render';
import type { SimulatorConfig } from './config';

const STORAGE_KEY = (c: SimulatorConfig) => `mfa-practice:${c.method}`;
const POLL_MS = 1000;

const cryptoRandom = () => crypto.getRandomValues(new Uint32Array(1))[0]! / 4294967296;

/**
 * Starts the mock service worker. Where it cannot start (a non-secure origin, a browser
 * that blocks service workers) the same handlers keep answering inside the page, quietly.
 */
let worker: Promise<import('msw/browser').SetupWorker | null> | undefined;
function startWorker(config: SimulatorConfig) {
	worker ??= (async () => {
		try {
			if (!('serviceWorker' in navigator) || !window.isSecureContext) return null;
			const { setupWorker } = await import('msw/browser');
			const w = setupWorker();
			await w.start({
				serviceWorker: { url: config.workerUrl, options: { scope: config.scope } },
				quiet: true,
				// The site's own pages and assets pass through untouched.
				onUnhandledFrame: 'bypass',
			});
			return w;
		} catch {
			return null;
		}
	})();
	return worker;
}

/**
 * The simulator answers in-page from the first click; once the worker is up, requests go
 * through it to the very same handlers. Registering a worker can take seconds on a busy
 * machine, and nobody should wait for it.
 */
function transportFor(config: SimulatorConfig) {
	return (handlers: ReturnType<typeof createHandlers>): Transport => {
		const local = inProcess(handlers);
		let viaWorker: Transport | null = null;
		void startWorker(config).then((w) => {
			if (!w) return;
			w.resetHandlers(...handlers);
			viaWorker = (request) => fetch(request);
		});
		return (request) => (viaWorker ?? local)(request);
	};
}

export interface Engine {
	session: Session;
	step(): string;
	done(): boolean;
	screens(): { pc: string; phone: string };
	/** The phone's current code, for the ticking display. */
	code(): { value: string; secondsLeft: number } | null;
	/** The world's time (the service's clock), for countdowns. */
	now(): number;
	/** Something on the phone worth saying aloud once (a call, a text, a notification): a key and its words. */
	news(): { key: string; text: string } | null;
	send(actor: 'pc' | 'phone', event: { type: string; [k: string]: unknown }): void;
	subscribe(listener: () => void): () => void;
	stop(): void;
}

export async function createEngine(config: SimulatorConfig, startAt: string | null): Promise<Engine> {
	// The method's machines, and the screens only the code, SMS and call methods show.
	const [flow, more] = await Promise.all([
		loadFlow(config.method),
		config.method === 'push'
			? undefined
			: config.method === 'code'
				? import('../../screens/render-code').then((m) => m.CODE_SCREENS)
				: import('../../screens/render-phone').then((m) => m.PHONE_SCREENS),
	]);
	const base = {
		flow,
		account: config.account,
		rememberDays: config.rememberDays,
		clock: () => Date.now(),
		random: cryptoRandom,
	};

	// Resume a saved session when it is at the step the address asks for (a reload);
	// otherwise play the flow up to that step with everything before it done.
	let seed: Seed | undefined;
	const saved = sessionStorage.getItem(STORAGE_KEY(config));
	if (saved) {
		try {
			const parsed = JSON.parse(saved) as Seed;
			if (!startAt || parsed.step === startAt) seed = parsed;
		} catch {
			sessionStorage.removeItem(STORAGE_KEY(config));
		}
	}
	if (!seed && startAt && startAt !== config.steps[0]!.id) {
		const seeds = await recordSeeds({ ...base, pollMs: 1 }, flow.script, startAt);
		seed = seeds[startAt];
	}

	const transport = transportFor(config);
	let session: Session;
	const persist = () => {
		try {
			sessionStorage.setItem(STORAGE_KEY(config), JSON.stringify(session.save()));
		} catch {
			// Storage full or disabled: the practice still works, it just won't survive a reload.
		}
	};
	session = createSession({ ...base, pollMs: POLL_MS, transport, ...(seed ? { seed } : {}), onTenantChange: () => queueMicrotask(persist) });
	session.start();

	// otpauth (through src/totp) is fetched only once the phone has an account to show a code for.
	let totp: Promise<unknown> | null = null;
	let lib: typeof import('../../totp/totp') | null = null;
	const code = () => {
		const account = session.phone.getSnapshot().context.account as { secret: string } | null | undefined;
		if (!account) return null;
		if (!lib) {
			totp ??= import('../../totp/totp').then((m) => (lib = m));
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
			if (event.type === 'phone.capture') event = { ...event, code: qrOnPcScreen(session.pc.getSnapshot()) };
			(actor === 'pc' ? session.pc : session.phone).send(event as never);
			persist();
		},
		subscribe(listener) {
			const a = session.pc.subscribe(() => {
				persist();
				listener();
			});
			const b = session.phone.subscribe(() => {
				persist();
				listener();
			});
			return () => {
				a.unsubscribe();
				b.unsubscribe();
			};
		},
		stop() {
			session.stop();
		},
	};
}

export function forget(config: SimulatorConfig) {
	sessionStorage.removeItem(STORAGE_KEY(config));
}
