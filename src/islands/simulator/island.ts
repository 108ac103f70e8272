import { storageKey, type SimulatorConfig } from './config';
import type { Engine } from './engine';

/**
 * The practice page's island: it reads snapshots, paints the two screens and sends the
 * events the buttons carry. All logic lives in the machines and the mock service.
 */
class PracticeSimulator extends HTMLElement {
	private config!: SimulatorConfig;
	private engine: Engine | null = null;
	private unsubscribe: (() => void) | null = null;
	private painted = { pc: '', phone: '' };
	private lastStep = '';
	/** The device the reader last used: only its screen takes focus when it changes. */
	private focusDevice: 'pc' | 'phone' | null = null;
	private ticker: ReturnType<typeof setInterval> | undefined;
	/** The boot under way, if any: a newer boot (back/forward, start over, retry) aborts it. */
	private booting: AbortController | null = null;
	// An entry without ?step= is the page as first opened, at the first step (see paint).
	private readonly onPopState = () => void this.boot(this.stepFromUrl() ?? this.config.steps[0]!.id);

	async connectedCallback() {
		this.config = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent!);
		this.addEventListener('click', (e) => this.onClick(e));
		this.addEventListener('change', (e) => this.onChange(e));
		this.addEventListener('submit', (e) => this.onSubmit(e));
		window.addEventListener('popstate', this.onPopState);
		await this.boot(this.stepFromUrl());
	}

	disconnectedCallback() {
		window.removeEventListener('popstate', this.onPopState);
		this.booting?.abort();
		this.booting = null;
		this.teardown();
	}

	private stepFromUrl(): string | null {
		const step = new URLSearchParams(location.search).get('step');
		return step && this.config.steps.some((s) => s.id === step) ? step : null;
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
	private async boot(startAt: string | null) {
		this.booting?.abort();
		const booting = new AbortController();
		this.booting = booting;
		this.teardown();
		this.setState('loading');
		let engine: Engine;
		try {
			const { createEngine } = await import('./engine');
			booting.signal.throwIfAborted();
			engine = await createEngine(this.config, startAt, booting.signal);
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
		this.painted = { pc: '', phone: '' };
		this.lastStep = '';
		// News already on the phone when the page opens is not news.
		this.lastNews = engine.news()?.key ?? '';
		this.unsubscribe = engine.subscribe(() => this.schedulePaint());
		this.paint(true);
		// The phone's code ticks every second; only its text changes, so focus stays put.
		this.ticker = setInterval(() => this.tick(), 1000);
		this.setState('ready');
		// For whoever debugs the page (and the tests): which way the practice service answers.
		void engine.service.then((where) => {
			if (this.engine === engine) this.dataset.service = where;
		});
	}

	/**
	 * The root's data-state, and what goes with it: the screens cannot be used while no
	 * engine runs, and a failed load says so kindly, with a way to try again.
	 */
	private setState(state: 'loading' | 'ready' | 'error') {
		this.dataset.state = state;
		this.querySelector<HTMLElement>('.sim-devices')!.inert = state !== 'ready';
		const problem = this.querySelector<HTMLElement>('[data-problem]')!;
		if (state !== 'error') {
			problem.hidden = true;
			return;
		}
		problem.hidden = false;
		// Written after the region shows, so that it is announced, and again on a second failure.
		const text = problem.querySelector<HTMLElement>('[data-problem-text]')!;
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
		if (!engine) return;
		const screens = engine.screens();
		for (const device of ['pc', 'phone'] as const) {
			if (screens[device] === this.painted[device]) continue;
			const host = this.querySelector<HTMLElement>(`[data-screen="${device}"]`)!;
			// Which control had focus, and on which screen, to give it back if the screen stays the same.
			const active = document.activeElement instanceof HTMLElement && host.contains(document.activeElement) ? document.activeElement : null;
			const before = { title: host.querySelector('.sim-title')?.textContent ?? '', control: active && controlSelector(active) };
			// Keep what the reader typed (e.g. a backup number) across a repaint.
			const typed = [...host.querySelectorAll<HTMLInputElement>('input[name]:not([type=radio]):not([readonly])')].map((i) => [i.name, i.value] as const);
			const radios = [...host.querySelectorAll<HTMLInputElement>('input[type=radio]:checked')].map((i) => i.value);
			// A choice in a list too (the country, the contact method): a refused number must not send it back to the first option.
			const selects = [...host.querySelectorAll<HTMLSelectElement>('select[name]:not([disabled])')].map((el) => [el.name, el.value] as const);
			host.innerHTML = screens[device];
			for (const [name, value] of typed) {
				const field = host.querySelector<HTMLInputElement>(`input[name="${name}"]`);
				if (field) field.value = value;
			}
			for (const value of radios) {
				const radio = host.querySelector<HTMLInputElement>(`input[type=radio][value="${value}"]:not([disabled])`);
				if (radio) radio.checked = true;
			}
			for (const [name, value] of selects) {
				const select = host.querySelector<HTMLSelectElement>(`select[name="${name}"]:not([disabled])`);
				if (select && [...select.options].some((o) => o.value === value)) select.value = value;
			}
			this.painted[device] = screens[device];
			if (!initial && this.focusDevice === device) this.focusScreen(host, before);
		}
		this.tick();
		const step = engine.step();
		this.dataset.step = step;
		this.dataset.done = String(engine.done());
		if (step !== this.lastStep) {
			this.showGuide(step);
			const url = new URL(location.href);
			// A page opened without ?step= at the first step says the same thing already; leaving
			// its address alone matters, because rewriting it while the reader is already
			// following a link (the sidebar, say) would cancel that navigation.
			const implied = initial && !url.searchParams.has('step') && step === this.config.steps[0]?.id;
			if (!implied && url.searchParams.get('step') !== step) {
				url.searchParams.set('step', step);
				url.hash = '';
				if (initial) history.replaceState(null, '', url);
				else history.pushState(null, '', url);
			}
			this.lastStep = step;
		}
	}

	/**
	 * After a repaint: an error takes focus (it is also announced); on the same screen the
	 * control used last keeps it (a keypad key, a field); a new screen's title takes it.
	 */
	private focusScreen(host: HTMLElement, before?: { title: string; control: string | null }) {
		const alert = host.querySelector<HTMLElement>('[role="alert"]');
		const same = before && !alert && before.control && (host.querySelector('.sim-title')?.textContent ?? '') === before.title;
		const kept = same ? host.querySelector<HTMLElement>(before.control!) : null;
		if (kept) {
			kept.focus({ preventScroll: true });
			return;
		}
		const target = alert ?? host.querySelector<HTMLElement>('.sim-title') ?? host;
		if (target === host) host.tabIndex = -1;
		if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
		target.focus({ preventScroll: false });
	}

	private lastNews = '';

	/**
	 * Every second: the app's code and its seconds, and the lock-out's countdown. Only
	 * their text changes (not live regions: nobody wants a number read out every second);
	 * the end of a lock-out and news on the phone are said once, politely, by the one
	 * announcement region (the screen's own "unlocked" line is not a live region).
	 */
	private tick() {
		const engine = this.engine;
		if (!engine) return;
		const strings = this.config.strings;
		const code = engine.code();
		const el = this.querySelector('[data-screen="phone"] [data-code]');
		if (code && el) {
			el.textContent = code.value;
			const seconds = this.querySelector('[data-screen="phone"] [data-seconds]');
			if (seconds) seconds.textContent = strings['phone.account.seconds'].replace('{s}', String(code.secondsLeft));
		}
		for (const countdown of this.querySelectorAll<HTMLElement>('[data-countdown]')) {
			const left = Math.ceil((Number(countdown.dataset.countdown) - engine.now()) / 1000);
			if (left > 0) countdown.textContent = strings['pc.locked.countdown'].replace('{s}', String(left));
			else {
				countdown.removeAttribute('data-countdown');
				this.announce(strings['practice.announce.unlocked']);
				this.schedulePaint();
			}
		}
		const news = engine.news();
		if (news && news.key !== this.lastNews) this.announce(news.text);
		this.lastNews = news?.key ?? '';
	}

	private announce(text: string) {
		const region = this.querySelector<HTMLElement>('[data-announce]');
		if (!region) return;
		// Cleared first, so the same words said twice are still heard twice.
		region.textContent = '';
		setTimeout(() => (region.textContent = text), 50);
	}

	private showGuide(stepId: string) {
		const step = this.config.steps.find((s) => s.id === stepId)!;
		const guide = this.querySelector<HTMLElement>('[data-guide]')!;
		guide.querySelector('[data-guide-title]')!.textContent = `${step.phaseTitle} ${this.config.strings['practice.stepOf']} ${step.number}: ${step.title}`;
		guide.querySelector('[data-guide-text]')!.textContent = this.config.guide[stepId] ?? '';
		guide.querySelector<HTMLAnchorElement>('[data-guide-link]')!.href = `${this.config.chapterUrl}#${stepId}`;
		guide.querySelector<HTMLElement>('[data-guide-hint]')!.hidden = stepId !== 'setup-check-code';
		guide.querySelector<HTMLElement>('[data-guide-done]')!.hidden = !this.engine?.done();
	}

	private onClick(e: Event) {
		const target = (e.target as HTMLElement).closest<HTMLElement>('button');
		if (!target) return;
		if (target.matches('[data-start-over]')) {
			void this.startOver();
			return;
		}
		if (target.matches('[data-retry]')) {
			void this.retry();
			return;
		}
		if (!this.engine) return;
		const actor = target.dataset.actor as 'pc' | 'phone' | undefined;
		const type = target.dataset.event;
		if (!actor || !type) return;
		const screen = this.querySelector<HTMLElement>(`[data-screen="${actor}"]`)!;
		const event: { type: string; [k: string]: unknown } = { type };
		if (type === 'pc.setup') event.contact = screen.querySelector<HTMLSelectElement>('select[name="contact"]')?.value;
		if (type === 'pc.next') event.use = screen.querySelector<HTMLInputElement>('input[name="use"]:checked')?.value;
		if (type === 'pc.done') event.backupPhone = screen.querySelector<HTMLInputElement>('input[name="backupPhone"]')?.value ?? '';
		if (type === 'pc.later') event.days = Number(target.dataset.days);
		if (type === 'phone.key') event.key = target.dataset.key;
		this.focusDevice = actor;
		if (type === 'pc.next' && this.engine.step() === 'setup-check-code') {
			// The manual's ⑧ is looking at the code; its ⑩ is this very press of 次へ on the
			// PC. The flow names ⑩ as a step of its own (the guide's event), so the press goes
			// through it: the address and the history then follow the manual's numbers.
			this.engine.send('pc', { type: 'guide.continue' });
			this.paint(false);
		}
		this.engine.send(actor, event);
		// The same screen may come back with an error: repaint now so it is announced.
		this.schedulePaint();
	}

	/** A form on a simulated screen (a number, a code): its fields go with the event it names. */
	private onSubmit(e: Event) {
		const form = e.target as HTMLFormElement;
		const actor = form.dataset.actor as 'pc' | 'phone' | undefined;
		const type = form.dataset.event;
		if (!actor || !type || !this.engine) return;
		e.preventDefault();
		const event: { type: string; [k: string]: unknown } = { type };
		for (const [name, value] of new FormData(form)) event[name] = String(value);
		this.focusDevice = actor;
		this.engine.send(actor, event);
		this.schedulePaint();
	}

	private onChange(e: Event) {
		const target = e.target as HTMLInputElement;
		if (target.dataset.event === 'pc.remember' && this.engine) {
			this.focusDevice = null;
			this.engine.send('pc', { type: 'pc.remember', checked: target.checked });
		}
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
		url.searchParams.set('step', this.config.steps[0]!.id);
		url.hash = '';
		history.pushState(null, '', url);
		this.focusDevice = 'pc';
		await this.boot(null);
		if (this.engine) this.focusScreen(this.querySelector<HTMLElement>('[data-screen="pc"]')!);
	}

	/** After a failed load: the same step again; focus goes to the screens once they are there. */
	private async retry() {
		await this.boot(this.stepFromUrl());
		if (this.engine) this.focusScreen(this.querySelector<HTMLElement>('[data-screen="pc"]')!);
		else this.querySelector<HTMLElement>('[data-retry]')?.focus();
	}
}

/** A selector that finds the same control again after a repaint. */
function controlSelector(el: HTMLElement): string | null {
	const { event, key } = el.dataset;
	if (event) return `[data-event="${event}"]${key ? `[data-key="${CSS.escape(key)}"]` : ''}`;
	const name = el.getAttribute('name');
	return name ? `[name="${name}"]` : null;
}

if (!customElements.get('mfa-simulator')) customElements.define('mfa-simulator', PracticeSimulator);
