// The simulator's engine, loaded on demand by the practice page: machines, the mock
// service and the screens. Kept out of the page's first script so the page paints first.
import { render } from 'preact';
import { serve, startWorker, viaWorker } from '../../backend/browser';
import { inProcess } from '../../backend/service';
import { loadFlow, loadScenario } from '../../flows/registry';
import { metaOf } from '../../machines/meta';
import { nextDevice } from '../../machines/next';
import type { PcEvent } from '../../machines/pc';
import { createSession, type PhoneEvent, recordSeeds, type Seed, type Session } from '../../machines/runtime';
import { isMethod } from '../../methods';
import type { PcScreen, PhoneScreen, Screen, ScreenEnv } from '../../screens/model';
import { type Device, deviceElements } from '../../screens/render';
import { screensOf } from '../../screens/view';
import type { StepId } from '../../step-ids';
import { type SimulatorConfig, startOf, storageKey } from './config';

// The glance is derived from the screens this module draws: it loads with them.
export { glanceOf } from '../../screens/glance';

const POLL_MS = 1000;

const cryptoRandom = () => (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) / 4294967296;

/** A press on one of the devices, with the event it sends (each screen only offers its own device's events). */
export type Press = { device: 'pc' | 'phone'; event: PcEvent | PhoneEvent };

export interface Engine {
	step(): StepId;
	done(): boolean;
	/** A device waits on the practice service (a request on its way). */
	busy(): boolean;
	/** The device the walk-through presses next, where it says (on a phone, the page shows that one). */
	next(): Device | null;
	/** What both devices show now, and the settings they are drawn with (the world's time, the app's code). */
	screens(): { pc: PcScreen; phone: PhoneScreen; env: ScreenEnv };
	/** Where the practice service answers, once that is settled: the service worker, or the page itself. */
	service: Promise<'worker' | 'page'>;
	/** Sends a press; returns the steps it passed through on its way (the manual's ⑩ at ⑧). */
	send(press: Press): StepId[];
	subscribe(listener: () => void): () => void;
	stop(): void;
}

let sessions = 0;

/**
 * Builds the practice world for the page. `signal` ends a boot that has been overtaken
 * (back/forward, "start over"): it is checked after every wait, so an overtaken boot never
 * starts a session, and rejects with the signal's reason.
 */
export async function createEngine(config: SimulatorConfig, startAt: StepId | null, signal?: AbortSignal): Promise<Engine> {
	// Resume a saved session when it is at the step the address asks for (a reload);
	// otherwise play the flow up to that step with everything before it done.
	let seed: Seed | undefined;
	let saved: string | null = null;
	try {
		saved = sessionStorage.getItem(storageKey(config));
	} catch {
		// Storage disabled: every visit starts afresh.
	}
	if (saved) {
		try {
			const parsed: Seed = JSON.parse(saved);
			if (!startAt || parsed.step === startAt) seed = parsed;
		} catch {
			sessionStorage.removeItem(storageKey(config));
		}
	}
	// A task's page plays the scenario of the step it opens at (each has its own flow).
	const at = seed?.step ?? startAt;
	const scenario = config.steps.find((s) => s.id === at)?.scenario ?? config.steps[0]?.scenario;
	const flow = isMethod(config.method) ? await loadFlow(config.method, config.edition) : await loadScenario(config.method, scenario ?? '');
	signal?.throwIfAborted();
	const base = {
		flow,
		account: config.account,
		rememberDays: config.rememberDays,
		clock: () => Date.now(),
		random: cryptoRandom,
		// The page's own origin and base: see src/backend/browser.ts.
		baseUrl: new URL(config.scope, location.href).href,
	};

	if (!seed && startAt && startAt !== startOf(config, startAt)) {
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
			sessionStorage.setItem(storageKey(config), JSON.stringify(session.save()));
		} catch {
			// Storage full or disabled: the practice still works, it just won't survive a reload.
		}
	};
	let forget = () => {};
	const worker = { url: config.workerUrl, scope: config.scope };
	session = createSession({
		...base,
		pollMs: POLL_MS,
		transport: (handlers) => {
			const local = inProcess(handlers).fetch;
			forget = serve(id, handlers);
			return viaWorker(id, local, worker, () => stopped);
		},
		...(seed ? { seed } : {}),
		onTenantChange: () => queueMicrotask(persist),
	});
	session.start();

	// src/totp (otpauth, HMAC-SHA1) is fetched only once the phone has an account to show a code for.
	let totp: Promise<unknown> | null = null;
	let lib: typeof import('../../totp/totp') | null = null;
	const unverified: ReadonlySet<string> = new Set(config.unverified);
	const code = () => {
		const secret = flow.appSecret?.(session.phone.getSnapshot()) ?? null;
		if (!secret) return null;
		if (!lib) {
			// A failed fetch (offline for a moment) is tried again on a later tick.
			totp ??= import('../../totp/totp').then(
				(m) => (lib = m),
				() => (totp = null),
			);
			return null;
		}
		const now = session.now();
		const value = lib.codeAt(lib.secretFromBase32(secret), now);
		return { value: `${value.slice(0, 3)} ${value.slice(3)}`, secondsLeft: Math.ceil(lib.msLeftInStep(now) / 1000) };
	};

	return {
		service: startWorker(worker).then((ok) => (ok ? 'worker' : 'page')),
		step: () => session.step(),
		done: () => session.done(),
		busy: () => session.busy(),
		next: () => (stopped ? null : nextDevice(session)),
		screens() {
			const env: ScreenEnv = {
				method: config.method,
				lang: config.lang,
				t: config.strings,
				live: true,
				account: config.account,
				institution: config.institution,
				rememberDays: config.rememberDays,
				phoneNumber: config.phoneNumber,
				qr: config.qr,
				now: session.now(),
				code: code(),
				unverified,
			};
			return { ...screensOf(flow, session.pc.getSnapshot(), session.phone.getSnapshot(), env), env };
		},
		send(press) {
			if (stopped) return [];
			const actor = press.device === 'pc' ? session.pc : session.phone;
			const through = metaOf(actor.getSnapshot(), 'through')?.[press.event.type];
			actor.send(press.event);
			persist();
			return through ? [through] : [];
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
			forget();
			session.stop();
		},
	};
}

/**
 * Draws a device's screen into its place on the page, live. Preact repaints in place:
 * the same screen keeps its elements (what was typed, ticked and focused), another
 * screen is new elements. `fresh` forgets what was there (the build's still picture, or
 * the screens of a session that has just been replaced).
 */
export function paintDevice<E>(
	host: HTMLElement,
	device: 'pc' | 'phone',
	screen: Screen<E>,
	env: ScreenEnv,
	send: (event: E) => void,
	fresh = false,
) {
	if (fresh) {
		render(null, host);
		host.replaceChildren();
	}
	render(deviceElements(device, screen, env, send), host);
}
