// The simulator's engine, loaded on demand by the practice page: machines, the mock
// service and the screens. Kept out of the page's first script so the page paints first.
import type { TOTP } from 'otpauth';
import type { Transport } from '../../backend/client';
import type { createHandlers } from '../../backend/handlers';
import { createSession, inProcess, qrOnPcScreen, recordSeeds, type Seed, type Session } from '../../flows/session';
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
	send(actor: 'pc' | 'phone', event: { type: string; [k: string]: unknown }): void;
	subscribe(listener: () => void): () => void;
	stop(): void;
}

export async function createEngine(config: SimulatorConfig, startAt: string | null): Promise<Engine> {
	const base = {
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
		const seeds = await recordSeeds({ ...base, pollMs: 1 }, undefined, startAt);
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

	// otpauth is fetched only once the phone has an account to show a code for.
	let otpauth: Promise<typeof import('otpauth')> | null = null;
	let TotpClass: typeof TOTP | null = null;
	let totp: TOTP | null = null;
	const code = () => {
		const account = session.phone.getSnapshot().context.account;
		if (!account) return null;
		if (!TotpClass) {
			otpauth ??= import('otpauth').then((m) => ((TotpClass = m.TOTP), m));
			return null;
		}
		if (!totp || totp.secret.base32 !== account.secret) totp = new TotpClass({ secret: account.secret, digits: 6, period: 30 });
		const value = totp.generate();
		return { value: `${value.slice(0, 3)} ${value.slice(3)}`, secondsLeft: 30 - (Math.floor(Date.now() / 1000) % 30) };
	};

	return {
		get session() {
			return session;
		},
		step: () => session.step(),
		done: () => session.done(),
		code,
		screens() {
			const pc = session.pc.getSnapshot();
			return renderScreens({
				pc,
				phone: session.phone.getSnapshot(),
				t: config.strings,
				mode: 'live',
				account: config.account,
				institution: config.institution,
				rememberDays: config.rememberDays,
				qrSvg: config.qrSvg,
				code: code(),
				qrInView: qrOnPcScreen(pc) !== null,
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
