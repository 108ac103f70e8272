import type { Glance } from '../../screens/glance';
import type { Device } from '../../screens/render';
import type { StepId } from '../../steps';
import { type SimulatorConfig, storageKey } from './config';
import type { Engine, Press } from './engine';

type EngineModule = typeof import('./engine');

/** What a student can press or type in on a screen: a kept early press is found again by its place among these. */
const CONTROLS = 'button, input, select';

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The practice page's island: it paints the screens the engine describes, passes presses
 * on, and keeps the page around them (the step's guide, ?step= in the address, focus and
 * announcements). All logic lives in the machines and the mock service.
 */
class PracticeSimulator extends HTMLElement {
	private config!: SimulatorConfig;
	private engine: Engine | null = null;
	private lib: EngineModule | null = null;
	private unsubscribe: (() => void) | null = null;
	private lastStep: StepId | '' = '';
	/** Per device: the screen on show, and the words of its alert, to tell a new page or a new error from a repaint. */
	private shown: Record<Device, { id: string; alert: string } | null> = { pc: null, phone: null };
	/** Per device: the last thing said aloud, so the same news is not said twice. */
	private said: Record<Device, string> = { pc: '', phone: '' };
	/** The device the reader last used: only its screen takes focus when it changes. */
	private focusDevice: Device | null = null;
	private ticker: ReturnType<typeof setInterval> | undefined;
	/**
	 * On a phone (below 50rem, as in simulator.css) one device is on show at a time, and the view
	 * goes wherever the next press is, within a step too: what the student needs from the other
	 * device (the PC's number, the app's code) is shown above it (the glance), so nothing keeps
	 * them on a device they are done with. A student who turned to a device by hand, or is typing
	 * on the one on show, keeps it until their next press.
	 */
	private view: Device = 'pc';
	private viewStep = '';
	/** The device of the next press that the view last went to. */
	private followed: Device | null = null;
	private keepView = false;
	/** Per device: something new appeared on it while it was not on show. */
	private unseen: Record<Device, boolean> = { pc: false, phone: false };
	private readonly narrow = matchMedia('(max-width: 49.99rem)');
	/** The boot under way, if any: a newer boot (back/forward, start over, retry) aborts it. */
	private booting: AbortController | null = null;
	// An entry without ?step= is the page as first opened, at the first step (see record).
	private readonly onPopState = () => void this.boot(this.stepFromUrl() ?? this.firstStep());

	async connectedCallback() {
		this.config = JSON.parse(this.querySelector('script[type="application/json"]')?.textContent ?? '{}');
		this.addEventListener('click', (e) => this.onClick(e));
		// A student typing on the device on show keeps it: the flow only badges the other.
		this.addEventListener('input', (e) => {
			if (e.target instanceof Element && e.target.closest('.sim-devices')) this.keepView = true;
		});
		// The HTML shows the PC already (simulator.css): this only confirms it.
		this.show(this.view, 'initial');
		window.addEventListener('popstate', this.onPopState);
		// For whoever waits on the page (the tests): the island's listeners are there from now on.
		this.dataset['connected'] = 'true';
		const startAt = this.stepFromUrl();
		// A helpdesk link to a later step, or a reload in the middle: the screens in the HTML are
		// not the ones to show, so the engine is needed at once. Otherwise see wakeOnUse.
		if ((startAt && startAt !== this.firstStep()) || this.hasSaved()) await this.boot(startAt);
		else this.wakeOnUse();
	}

	private hasSaved(): boolean {
		try {
			return sessionStorage.getItem(storageKey(this.config)) !== null;
		} catch {
			return false;
		}
	}

	/** The devices still hold the build's first screens (drawn as the script draws them). */
	private htmlFirst = true;
	/** Undoes wakeOnUse's listeners; set while the page waits for its reader. */
	private stopWaiting: (() => void) | null = null;
	/** A press made on the first screens before the engine was there: the control's place among them. */
	private early: { device: Device; index: number } | null = null;

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
	private wakeOnUse() {
		const wake = () => {
			stop();
			void this.boot(null);
		};
		const keep = (e: Event) => {
			if (this.engine) return;
			const control = e.target instanceof Element ? e.target.closest(CONTROLS) : null;
			const host = control?.closest<HTMLElement>('[data-screen]');
			const device = host?.dataset['screen'];
			if (!control || !host || (device !== 'pc' && device !== 'phone')) return;
			// A submit button would otherwise send the page's form; the engine makes the press again.
			if (control instanceof HTMLButtonElement) e.preventDefault();
			this.early = { device, index: [...host.querySelectorAll(CONTROLS)].indexOf(control) };
			// A click with no pointer or key before it (a screen reader's) is the first move itself.
			if (this.stopWaiting) wake();
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
			for (const type of here) this.removeEventListener(type, wake, options);
			for (const type of page) window.removeEventListener(type, wake, options);
			window.removeEventListener('load', afterLoad);
			clearTimeout(timer);
			this.stopWaiting = null;
		};
		for (const type of here) this.addEventListener(type, wake, options);
		for (const type of page) window.addEventListener(type, wake, options);
		// Kept for the engine's whole first load, not only until the wake-up: a press can come between.
		this.addEventListener('click', keep, { capture: true });
		if (document.readyState === 'complete') afterLoad();
		else window.addEventListener('load', afterLoad, { once: true });
		this.stopWaiting = stop;
	}

	/**
	 * The press kept by wakeOnUse, made again on the live first screen: the same control by its
	 * place (the build drew the same screen with the same renderer). A button is pressed, a
	 * field gets the focus back; anything else (the flow has moved on) is dropped.
	 */
	private replayEarly() {
		const early = this.early;
		this.early = null;
		if (!early || this.engine?.step() !== this.firstStep()) return;
		const control = this.host(early.device)?.querySelectorAll<HTMLElement>(CONTROLS)[early.index];
		if (!control) return;
		this.focusDevice = early.device;
		if (control instanceof HTMLButtonElement) control.click();
		else control.focus();
	}

	disconnectedCallback() {
		window.removeEventListener('popstate', this.onPopState);
		this.stopWaiting?.();
		this.booting?.abort();
		this.booting = null;
		this.teardown();
	}

	private firstStep(): StepId | null {
		return this.config.steps[0]?.id ?? null;
	}

	private stepFromUrl(): StepId | null {
		const step = new URLSearchParams(location.search).get('step');
		return this.config.steps.find((s) => s.id === step)?.id ?? null;
	}

	private host(device: Device): HTMLElement | null {
		return this.querySelector<HTMLElement>(`[data-screen="${device}"]`);
	}

	private teardown() {
		this.unsubscribe?.();
		this.unsubscribe = null;
		this.engine?.stop();
		clearInterval(this.ticker);
		this.engine = null;
	}

	/**
	 * Loads the engine and opens the world at a step. Only the newest boot may finish: an
	 * older one that is still loading or replaying is aborted, and if its engine arrives
	 * anyway it is stopped at once, so no old session keeps polling or saving.
	 */
	private async boot(startAt: StepId | null) {
		this.stopWaiting?.();
		this.booting?.abort();
		const booting = new AbortController();
		this.booting = booting;
		this.teardown();
		this.setState('loading');
		let engine: Engine;
		try {
			const module = await import('./engine');
			// Each part of the boot in a task of its own, so a phone is never blocked long at a stretch
			// (evaluating the engine, starting the session, painting are each one).
			await yieldToPage();
			booting.signal.throwIfAborted();
			engine = await module.createEngine(this.config, startAt, booting.signal);
			await yieldToPage();
			this.lib = module;
		} catch {
			// Overtaken by a newer boot: that one speaks for the page.
			if (booting.signal.aborted) return;
			// The engine's code could not be fetched (offline, a missing file) or the replay failed.
			this.booting = null;
			this.setState('error');
			return;
		}
		if (booting.signal.aborted) {
			engine.stop();
			return;
		}
		this.booting = null;
		this.engine = engine;
		this.shown = { pc: null, phone: null };
		this.lastStep = '';
		this.viewStep = '';
		this.followed = null;
		this.unseen = { pc: false, phone: false };
		// data-busy: a request to the practice service is on its way. Written at once, not at the
		// next paint, so that whoever watches (a test moving the clock) never reads an old "false".
		this.unsubscribe = engine.subscribe(() => {
			this.dataset['busy'] = String(engine.busy());
			this.schedulePaint();
		});
		this.dataset['busy'] = String(engine.busy());
		this.paint(true);
		// A helpdesk link to a step, or a reload in the middle: the practice takes the screen at once.
		if (startAt || engine.step() !== this.firstStep()) this.align();
		// The app's code and a lock-out's countdown follow the clock: a repaint changes only their text.
		this.ticker = setInterval(() => this.paint(false), 1000);
		this.setState('ready');
		this.replayEarly();
		// For whoever debugs the page (and the tests): which way the practice service answers.
		void engine.service.then((where) => {
			if (this.engine === engine) this.dataset['service'] = where;
		});
	}

	/**
	 * The root's data-state, and what goes with it: the screens cannot be used while no
	 * engine runs, and a failed load says so kindly, with a way to try again.
	 */
	private setState(state: 'loading' | 'ready' | 'error') {
		const devices = this.querySelector<HTMLElement>('.sim-devices');
		// The build's first screens stay usable while the engine first loads: a press there is kept (wakeOnUse).
		if (devices) devices.inert = state === 'error' || (state === 'loading' && this.dataset['state'] !== 'static');
		this.dataset['state'] = state;
		const problem = this.querySelector<HTMLElement>('[data-problem]');
		if (!problem) return;
		problem.hidden = state !== 'error';
		if (state !== 'error') return;
		// Written after the region shows, so that it is announced, and again on a second failure.
		const text = problem.querySelector<HTMLElement>('[data-problem-text]');
		if (!text) return;
		text.textContent = '';
		setTimeout(() => (text.textContent = this.config.strings['practice.offline']), 50);
	}

	private frame = 0;
	private schedulePaint() {
		if (this.frame) return;
		this.frame = requestAnimationFrame(() => {
			this.frame = 0;
			this.paint(false);
		});
	}

	private paint(initial: boolean) {
		const engine = this.engine;
		const lib = this.lib;
		if (!engine || !lib) return;
		const { pc, phone, env } = engine.screens();
		for (const [device, screen] of [
			['pc', pc],
			['phone', phone],
		] as const) {
			const host = this.host(device);
			if (!host) continue;
			const before = this.shown[device];
			const hadFocus = host.contains(document.activeElement);
			// The build's first screens are taken over, not replaced: what was focused or typed there stays.
			const replace = before === null && !(this.htmlFirst && engine.step() === this.firstStep());
			lib.paintDevice(host, device, screen, env, (event: Press['event']) => this.press({ device, event }), replace);
			const alert = host.querySelector('[role="alert"]')?.textContent ?? '';
			this.shown[device] = { id: screen.id, alert };
			const newPage = before !== null && before.id !== screen.id;
			// A new page starts at its top, as a real one does (a long one scrolls inside its device).
			if (newPage) this.frameOf(device)?.scrollTo({ top: 0, behavior: 'instant' });
			if (!initial && this.focusDevice === device) {
				// A new page, a new error, or the control in use gone: focus goes where the reader should look.
				const lost = hadFocus && !host.contains(document.activeElement);
				if (newPage || (alert && alert !== before?.alert) || lost) this.focusScreen(host);
			}
			const news = screen.announce;
			const fresh = Boolean(news && news.key !== this.said[device]);
			if (news && fresh && !initial) this.announce(news.text);
			this.said[device] = news?.key ?? '';
			if (device !== this.view && (newPage || fresh) && !initial) this.unseen[device] = true;
		}
		this.htmlFirst = false;
		this.follow(engine, initial);
		this.glance(lib.glanceOf(this.view, { pc, phone }, this.config.strings));
		this.record(engine.step(), initial);
		this.dataset['done'] = String(engine.done());
		this.guideDone();
	}

	/** A step reached: the guide says what to do there, and the address names it. */
	private record(step: StepId, initial = false) {
		this.dataset['step'] = step;
		if (step === this.lastStep) return;
		this.showGuide(step);
		const url = new URL(location.href);
		// A page opened without ?step= at the first step says the same thing already; leaving
		// its address alone matters, because rewriting it while the reader is already
		// following a link (the sidebar, say) would cancel that navigation.
		const implied = initial && !url.searchParams.has('step') && step === this.firstStep();
		// Replaced, never pushed: Back leaves the practice rather than walking back through its steps
		// (which the service could not undo anyway); a reload or a copied address still lands here.
		if (!implied && url.searchParams.get('step') !== step) {
			url.searchParams.set('step', step);
			url.hash = '';
			history.replaceState(null, '', url);
		}
		const moved = this.lastStep !== '' && !initial;
		this.lastStep = step;
		// A new step: the practice takes the screen (once there, it stays: nothing in it changes size).
		if (moved) this.align();
	}

	/** A device's frame: the part that scrolls when its screen is longer than its place on the stage. */
	private frameOf(device: Device): HTMLElement | null {
		return this.querySelector<HTMLElement>(device === 'pc' ? '.sim-pc' : '.sim-phone');
	}

	/** After a repaint: an error takes focus (it is also announced); otherwise the new page's title does. */
	private focusScreen(host: HTMLElement) {
		const target = host.querySelector<HTMLElement>('[role="alert"]') ?? host.querySelector<HTMLElement>('.sim-title') ?? host;
		if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
		// The stage is placed by align(); focus scrolls only inside the device, never the page.
		target.focus({ preventScroll: true });
		const frame = host.closest<HTMLElement>('.sim-pc, .sim-phone');
		if (!frame) return;
		const box = frame.getBoundingClientRect();
		// Under the device's own bar, which stays at the top of a long screen (simulator.css).
		const bar = frame.querySelector('.sim-pc__bar, .sim-phone__bar')?.getBoundingClientRect().height ?? 0;
		const at = target.getBoundingClientRect();
		if (at.top < box.top + bar || at.bottom > box.bottom) frame.scrollBy({ top: at.top - box.top - bar - 8, behavior: 'instant' });
	}

	/**
	 * On a phone: the view goes to the device of the next press whenever that changes (a new
	 * step, or the flow moving on within one), unless the student chose a device by hand or is
	 * typing on the one on show; a press or news waiting on the other device puts a badge on its
	 * switch. On a wide screen both devices are on show and only the switch's state (hidden
	 * there) follows.
	 */
	private follow(engine: Engine, initial: boolean) {
		const step = engine.step();
		const newStep = step !== this.viewStep;
		if (newStep) {
			this.viewStep = step;
			this.keepView = false;
		}
		// Where the walk-through has no press left, the practice has ended on the PC: its page says so.
		const next = engine.next() ?? (engine.done() ? 'pc' : null);
		if (next && !this.keepView && (newStep || next !== this.followed)) {
			this.followed = next;
			if (next !== this.view) this.show(next, initial ? 'initial' : 'flow');
		}
		const other: Device = this.view === 'pc' ? 'phone' : 'pc';
		this.badge(this.view, false, false);
		this.badge(other, next === other || this.unseen[other], !initial);
	}

	/**
	 * Puts a device on show: by the student's press on the switch, by the flow, or as the
	 * page opens. Focus moves only when it was on the device going out of view (it would
	 * be lost): to the title of the one coming in, as for a new page.
	 */
	private show(device: Device, how: 'initial' | 'flow' | 'switch') {
		const from = this.view;
		this.view = device;
		this.unseen[device] = false;
		this.dataset['view'] = device;
		for (const button of this.querySelectorAll<HTMLElement>('[data-view-button]')) {
			button.setAttribute('aria-pressed', String(button.dataset['viewButton'] === device));
		}
		this.badge(device, false, false);
		// The student chose: the flow does not take the view back before their next press.
		if (how === 'switch') this.keepView = true;
		if (how !== 'flow' || !this.narrow.matches) return;
		const out = this.host(from);
		const host = this.host(device);
		if (host && out?.contains(document.activeElement)) {
			this.focusScreen(host);
			this.focusDevice = device;
		}
		this.announce(this.config.strings[`practice.shown.${device}`]);
	}

	/**
	 * On a phone: the value the step needs from the device not on show, above the one that is,
	 * named by where it comes from. Written only when it changes, so a screen reader hears it once.
	 */
	private shownGlance = '';
	private glance(glance: Glance | null) {
		const line = this.querySelector<HTMLElement>('[data-glance]');
		const key = glance ? `${glance.label}\u0000${glance.value}` : '';
		if (!line || key === this.shownGlance) return;
		this.shownGlance = key;
		if (!glance) {
			line.replaceChildren();
			return;
		}
		const value = document.createElement('span');
		value.className = 'sim-glance__value';
		value.textContent = glance.value;
		line.replaceChildren(`${glance.label}: `, value);
	}

	/** The switch's badge: the device has the next press or something new; said once, politely, on a phone. */
	private badge(device: Device, on: boolean, say: boolean) {
		const badge = this.querySelector<HTMLElement>(`[data-view-button="${device}"] [data-badge]`);
		if (!badge || badge.hidden === !on) return;
		badge.hidden = !on;
		if (on && say && this.narrow.matches) this.announce(this.config.strings[`practice.attention.${device}`]);
	}

	/**
	 * The stage (simulator.css) brought right under the header, unless it is there already: it is
	 * one screen tall, so the step's words and every control are then in view. Instant, never
	 * smooth: nothing moves for readers who asked for less motion, and nobody waits for it.
	 */
	private align() {
		const top = Number.parseFloat(getComputedStyle(this).scrollMarginTop) || 0;
		const offset = this.getBoundingClientRect().top - top;
		if (Math.abs(offset) >= 1) window.scrollBy({ top: offset, behavior: 'instant' });
	}

	private pendingNews: string[] = [];
	private newsTimer: ReturnType<typeof setTimeout> | undefined;
	private announce(text: string) {
		const region = this.querySelector<HTMLElement>('[data-announce]');
		if (!region) return;
		// Cleared first, so the same words said twice are still heard twice; news of the same moment is said together.
		region.textContent = '';
		this.pendingNews.push(text);
		clearTimeout(this.newsTimer);
		this.newsTimer = setTimeout(() => {
			region.textContent = this.pendingNews.join(' ');
			this.pendingNews = [];
		}, 50);
	}

	private showGuide(stepId: StepId) {
		const step = this.config.steps.find((s) => s.id === stepId);
		const guide = this.querySelector<HTMLElement>('[data-guide]');
		if (!step || !guide) return;
		const set = (selector: string, apply: (el: HTMLElement) => void) => {
			const el = guide.querySelector<HTMLElement>(selector);
			if (el) apply(el);
		};
		set(
			'[data-guide-title]',
			(el) => (el.textContent = `${step.phaseTitle} ${this.config.strings['practice.stepOf']} ${step.number}: ${step.title}`),
		);
		set('[data-guide-text]', (el) => (el.textContent = this.config.guide[stepId] ?? ''));
		const link = this.querySelector<HTMLElement>('[data-guide-link]');
		link?.setAttribute('href', `${this.config.chapterUrl}#${stepId}`);
		set('[data-guide-hint]', (el) => (el.hidden = stepId !== 'setup-check-code'));
	}

	private guideDone() {
		const done = this.querySelector<HTMLElement>('[data-guide-done]');
		if (done) done.hidden = !this.engine?.done();
	}

	/** A press on a simulated screen: the steps it passes through on its way are recorded first. */
	private press(press: Press) {
		const engine = this.engine;
		if (!engine) return;
		this.focusDevice = press.device;
		// The student acted: from here the view follows the flow again.
		this.keepView = false;
		for (const step of engine.send(press)) this.record(step);
		// The same screen may come back with an error: repaint now so it is announced.
		this.schedulePaint();
	}

	private onClick(e: Event) {
		const target = e.target instanceof Element ? e.target.closest('button') : null;
		if (target?.matches('[data-start-over]')) void this.startOver();
		else if (target?.matches('[data-retry]')) void this.retry();
		else if (target?.dataset['viewButton'] === 'pc' || target?.dataset['viewButton'] === 'phone')
			this.show(target.dataset['viewButton'], 'switch');
	}

	private async startOver() {
		// Stop the running world (and any boot still loading) before its storage is cleared,
		// so nothing of it can be saved again afterwards.
		this.booting?.abort();
		this.booting = null;
		this.teardown();
		try {
			sessionStorage.removeItem(storageKey(this.config));
		} catch {
			// Storage disabled: there was nothing saved to forget.
		}
		const url = new URL(location.href);
		const first = this.firstStep();
		if (first) url.searchParams.set('step', first);
		url.hash = '';
		history.replaceState(null, '', url);
		this.focusDevice = 'pc';
		await this.boot(null);
		// The device on show (on a phone, the one the first step starts on).
		const host = this.host(this.view);
		if (this.engine && host) this.focusScreen(host);
	}

	/** After a failed load: the same step again; focus goes to the screens once they are there. */
	private async retry() {
		await this.boot(this.stepFromUrl());
		const host = this.host(this.view);
		if (this.engine && host) this.focusScreen(host);
		else this.querySelector<HTMLElement>('[data-retry]')?.focus();
	}
}

if (!customElements.get('mfa-simulator')) customElements.define('mfa-simulator', PracticeSimulator);
