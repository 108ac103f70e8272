import type { Device } from '../../screens/render';
import type { StepId } from '../../step-ids';
import { firstStep, replaceStep, stepFromUrl } from './address';
import { type SimulatorConfig, startOf, storageKey } from './config';
import type { Engine } from './engine';

export type EngineModule = typeof import('./engine');

/** What a student can press or type in on a screen: a kept early press is found again by its place among these. */
const CONTROLS = 'button, input, select';

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** What the rest of the island does as a session starts and runs. */
export interface StartHooks {
	/** A new session runs: the page forgets the old one's screens and step, and paints its own (`deep`: not at the first step). */
	ready(lib: EngineModule, deep: boolean): void;
	/** The session changed (a press, a poll's answer): a repaint is due. */
	changed(): void;
	/** A second passed: the app's code and a lock-out's countdown follow the clock. */
	tick(): void;
	/** The reader acts on this device (a press kept from before the engine was there). */
	use(device: Device): void;
	/** Focus goes to the screen on show. */
	focusShown(): void;
}

/**
 * The practice session's life on the page: when the engine loads (at once for a deep link or a
 * saved session, at the reader's first move otherwise), a press made before it is there,
 * replaying a session up to the step the address names, one boot at a time, "start over", and
 * trying again after a failed load. The root's data-state says where it is (`static`,
 * `loading`, `ready`, `error`), data-busy whether a request is on its way, and data-service
 * where the practice service answers.
 */
export function starter(root: HTMLElement, config: SimulatorConfig, hooks: StartHooks) {
	let engine: Engine | null = null;
	let unsubscribe: (() => void) | null = null;
	let ticker: ReturnType<typeof setInterval> | undefined;
	/** The boot under way, if any: a newer boot (back/forward, start over, retry) aborts it. */
	let booting: AbortController | null = null;
	/** Undoes wakeOnUse's listeners; set while the page waits for its reader. */
	let stopWaiting: (() => void) | null = null;
	/** A press made on the first screens before the engine was there: the control's place among them. */
	let early: { device: Device; index: number } | null = null;

	const hasSaved = () => {
		try {
			return sessionStorage.getItem(storageKey(config)) !== null;
		} catch {
			return false;
		}
	};

	const teardown = () => {
		unsubscribe?.();
		unsubscribe = null;
		engine?.stop();
		clearInterval(ticker);
		engine = null;
	};

	/**
	 * The root's data-state, and what goes with it: the screens cannot be used while no
	 * engine runs, and a failed load says so kindly, with a way to try again.
	 */
	const setState = (state: 'loading' | 'ready' | 'error') => {
		const devices = root.querySelector<HTMLElement>('.sim-devices');
		// The build's first screens stay usable while the engine first loads: a press there is kept (wakeOnUse).
		if (devices) devices.inert = state === 'error' || (state === 'loading' && root.dataset['state'] !== 'static');
		root.dataset['state'] = state;
		const problem = root.querySelector<HTMLElement>('[data-problem]');
		if (!problem) return;
		problem.hidden = state !== 'error';
		if (state !== 'error') return;
		// Written after the region shows, so that it is announced, and again on a second failure.
		const text = problem.querySelector<HTMLElement>('[data-problem-text]');
		if (!text) return;
		text.textContent = '';
		setTimeout(() => (text.textContent = config.strings['practice.offline']), 50);
	};

	/**
	 * The press kept by wakeOnUse, made again on the live first screen: the same control by its
	 * place (the build drew the same screen with the same renderer). A button is pressed, a
	 * field gets the focus back; anything else (the flow has moved on) is dropped.
	 */
	const replayEarly = () => {
		const kept = early;
		early = null;
		if (!kept || engine?.step() !== firstStep(config)) return;
		const control = root.querySelector(`[data-screen="${kept.device}"]`)?.querySelectorAll<HTMLElement>(CONTROLS)[kept.index];
		if (!control) return;
		hooks.use(kept.device);
		if (control instanceof HTMLButtonElement) control.click();
		else control.focus();
	};

	/**
	 * Loads the engine and opens the world at a step. Only the newest boot may finish: an
	 * older one that is still loading or replaying is aborted, and if its engine arrives
	 * anyway it is stopped at once, so no old session keeps polling or saving.
	 */
	const boot = async (startAt: StepId | null) => {
		stopWaiting?.();
		booting?.abort();
		const current = new AbortController();
		booting = current;
		teardown();
		setState('loading');
		let started: Engine;
		let module: EngineModule;
		try {
			module = await import('./engine');
			// Each part of the boot in a task of its own, so a phone is never blocked long at a stretch
			// (evaluating the engine, starting the session, painting are each one).
			await yieldToPage();
			current.signal.throwIfAborted();
			started = await module.createEngine(config, startAt, current.signal);
			await yieldToPage();
		} catch {
			// Overtaken by a newer boot: that one speaks for the page.
			if (current.signal.aborted) return;
			// The engine's code could not be fetched (offline, a missing file) or the replay failed.
			booting = null;
			setState('error');
			return;
		}
		if (current.signal.aborted) {
			started.stop();
			return;
		}
		booting = null;
		engine = started;
		// data-busy: a request to the practice service is on its way. Written at once, not at the
		// next paint, so that whoever watches (a test moving the clock) never reads an old "false".
		unsubscribe = started.subscribe(() => {
			root.dataset['busy'] = String(started.busy());
			hooks.changed();
		});
		root.dataset['busy'] = String(started.busy());
		// A helpdesk link to a step, or a reload in the middle: the practice takes the screen at once.
		hooks.ready(module, Boolean(startAt) || started.step() !== firstStep(config));
		ticker = setInterval(hooks.tick, 1000);
		setState('ready');
		replayEarly();
		// For whoever debugs the page (and the tests): which way the practice service answers.
		void started.service.then((where) => {
			if (engine === started) root.dataset['service'] = where;
		});
	};

	/**
	 * A page opened at the first step already shows its first screens (drawn at build time as
	 * the script draws them), so the engine (machines, mock service, about 30 KB and a phone's
	 * main thread for a few hundred milliseconds) loads at the first sign of a reader rather than
	 * while the page is still settling: a touch, a key, the pointer over the simulator, focus
	 * inside it, a scroll, or a press (a screen reader in browse mode sends only that); failing
	 * all of those, ten seconds after the page has loaded, when the reader is surely reading.
	 * A press made on the first screens before the engine is there is kept and made again on
	 * them once it is (see replayEarly).
	 */
	const wakeOnUse = () => {
		const wake = () => {
			stop();
			void boot(null);
		};
		const keep = (e: Event) => {
			if (engine) return;
			const control = e.target instanceof Element ? e.target.closest(CONTROLS) : null;
			const host = control?.closest<HTMLElement>('[data-screen]');
			const device = host?.dataset['screen'];
			if (!control || !host || (device !== 'pc' && device !== 'phone')) return;
			// A submit button would otherwise send the page's form; the engine makes the press again.
			if (control instanceof HTMLButtonElement) e.preventDefault();
			early = { device, index: [...host.querySelectorAll(CONTROLS)].indexOf(control) };
			// A click with no pointer or key before it (a screen reader's) is the first move itself.
			if (stopWaiting) wake();
		};
		const here = ['pointerover', 'pointerdown', 'focusin'] as const;
		const page = ['touchstart', 'keydown', 'scroll', 'wheel'] as const;
		const options = { passive: true, capture: true };
		let timer: ReturnType<typeof setTimeout> | undefined;
		const afterLoad = () => {
			// Safari has no requestIdleCallback: there the wait alone decides.
			const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(wake, { timeout: 2000 }) : wake());
			timer = setTimeout(idle, 10_000);
		};
		const stop = () => {
			for (const type of here) root.removeEventListener(type, wake, options);
			for (const type of page) window.removeEventListener(type, wake, options);
			window.removeEventListener('load', afterLoad);
			clearTimeout(timer);
			stopWaiting = null;
		};
		for (const type of here) root.addEventListener(type, wake, options);
		for (const type of page) window.addEventListener(type, wake, options);
		// Kept for the engine's whole first load, not only until the wake-up: a press can come between.
		root.addEventListener('click', keep, { capture: true });
		if (document.readyState === 'complete') afterLoad();
		else window.addEventListener('load', afterLoad, { once: true });
		stopWaiting = stop;
	};

	return {
		/** The running session's engine, once there. */
		engine: () => engine,
		boot,
		/**
		 * As the page opens: a helpdesk link to a later step, or a reload in the middle, needs the
		 * engine at once (the screens in the HTML are not the ones to show); otherwise it waits for
		 * the reader (wakeOnUse).
		 */
		async open() {
			const startAt = stepFromUrl(config);
			if ((startAt && startAt !== firstStep(config)) || hasSaved()) await boot(startAt);
			else wakeOnUse();
		},
		/** The element left the page: nothing of it keeps running. */
		close() {
			stopWaiting?.();
			booting?.abort();
			booting = null;
			teardown();
		},
		/** "Start over": a fresh session at the first step, with focus on its screen. */
		async startOver() {
			// A task's page starts its scenario over, not the page's first one.
			const first = startOf(config, engine?.step() ?? stepFromUrl(config));
			// Stop the running world (and any boot still loading) before its storage is cleared,
			// so nothing of it can be saved again afterwards.
			booting?.abort();
			booting = null;
			teardown();
			try {
				sessionStorage.removeItem(storageKey(config));
			} catch {
				// Storage disabled: there was nothing saved to forget.
			}
			replaceStep(first);
			hooks.use('pc');
			await boot(first === firstStep(config) ? null : first);
			// The device on show (on a phone, the one the first step starts on).
			if (engine) hooks.focusShown();
		},
		/** After a failed load: the same step again; focus goes to the screens once they are there. */
		async retry() {
			await boot(stepFromUrl(config));
			if (engine) hooks.focusShown();
			else root.querySelector<HTMLElement>('[data-retry]')?.focus();
		},
	};
}
