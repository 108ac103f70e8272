import type { SimulatorConfig } from './config';
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

	async connectedCallback() {
		this.config = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent!);
		this.addEventListener('click', (e) => this.onClick(e));
		this.addEventListener('change', (e) => this.onChange(e));
		window.addEventListener('popstate', () => this.boot(this.stepFromUrl()));
		await this.boot(this.stepFromUrl());
	}

	disconnectedCallback() {
		this.teardown();
	}

	private stepFromUrl(): string | null {
		const step = new URLSearchParams(location.search).get('step');
		return step && this.config.steps.some((s) => s.id === step) ? step : null;
	}

	private teardown() {
		this.unsubscribe?.();
		this.engine?.stop();
		clearInterval(this.ticker);
		this.engine = null;
	}

	private async boot(startAt: string | null) {
		this.teardown();
		this.dataset.state = 'loading';
		const { createEngine } = await import('./engine');
		this.engine = await createEngine(this.config, startAt);
		this.painted = { pc: '', phone: '' };
		this.lastStep = '';
		this.unsubscribe = this.engine.subscribe(() => this.schedulePaint());
		this.paint(true);
		// The phone's code ticks every second; only its text changes, so focus stays put.
		this.ticker = setInterval(() => this.tick(), 1000);
		this.dataset.state = 'ready';
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
			// Keep what the reader typed (e.g. a backup number) across a repaint.
			const typed = [...host.querySelectorAll<HTMLInputElement>('input[name]:not([type=radio]):not([readonly])')].map((i) => [i.name, i.value] as const);
			const radios = [...host.querySelectorAll<HTMLInputElement>('input[type=radio]:checked')].map((i) => i.value);
			host.innerHTML = screens[device];
			for (const [name, value] of typed) {
				const field = host.querySelector<HTMLInputElement>(`input[name="${name}"]`);
				if (field) field.value = value;
			}
			for (const value of radios) {
				const radio = host.querySelector<HTMLInputElement>(`input[type=radio][value="${value}"]:not([disabled])`);
				if (radio) radio.checked = true;
			}
			this.painted[device] = screens[device];
			if (!initial && this.focusDevice === device) this.focusScreen(host);
		}
		const step = engine.step();
		this.dataset.step = step;
		this.dataset.done = String(engine.done());
		if (step !== this.lastStep) {
			this.showGuide(step);
			const url = new URL(location.href);
			if (url.searchParams.get('step') !== step) {
				url.searchParams.set('step', step);
				url.hash = '';
				if (initial) history.replaceState(null, '', url);
				else history.pushState(null, '', url);
			}
			this.lastStep = step;
		}
	}

	private focusScreen(host: HTMLElement) {
		const target = host.querySelector<HTMLElement>('[role="alert"], .sim-title') ?? host;
		if (target === host) host.tabIndex = -1;
		if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
		target.focus({ preventScroll: false });
	}

	private tick() {
		const code = this.engine?.code();
		const el = this.querySelector('[data-screen="phone"] [data-code]');
		if (!code || !el) return;
		el.textContent = code.value;
		const seconds = this.querySelector('[data-screen="phone"] [data-seconds]');
		if (seconds) seconds.textContent = this.config.strings['phone.account.seconds'].replace('{s}', String(code.secondsLeft));
	}

	private showGuide(stepId: string) {
		const step = this.config.steps.find((s) => s.id === stepId)!;
		const guide = this.querySelector<HTMLElement>('[data-guide]')!;
		guide.querySelector('[data-guide-title]')!.textContent = `${step.phaseTitle} ${this.config.strings['practice.stepOf']} ${step.number}: ${step.title}`;
		guide.querySelector('[data-guide-text]')!.textContent = (this.config.guide[stepId] ?? '').replace('N', String(this.config.rememberDays));
		guide.querySelector<HTMLAnchorElement>('[data-guide-link]')!.href = `${this.config.chapterUrl}#${stepId}`;
		guide.querySelector<HTMLElement>('[data-guide-continue]')!.hidden = stepId !== 'setup-check-code';
		guide.querySelector<HTMLElement>('[data-guide-done]')!.hidden = !this.engine?.done();
	}

	private onClick(e: Event) {
		const target = (e.target as HTMLElement).closest<HTMLElement>('button');
		if (!target || !this.engine) return;
		if (target.matches('[data-start-over]')) {
			void this.startOver();
			return;
		}
		if (target.matches('[data-guide-continue]')) {
			this.focusDevice = 'pc';
			this.engine.send('pc', { type: 'guide.continue' });
			return;
		}
		const actor = target.dataset.actor as 'pc' | 'phone' | undefined;
		const type = target.dataset.event;
		if (!actor || !type) return;
		const screen = this.querySelector<HTMLElement>(`[data-screen="${actor}"]`)!;
		const event: { type: string; [k: string]: unknown } = { type };
		if (type === 'pc.setup') event.contact = screen.querySelector<HTMLSelectElement>('select[name="contact"]')?.value;
		if (type === 'pc.next') event.use = screen.querySelector<HTMLInputElement>('input[name="use"]:checked')?.value;
		if (type === 'pc.done') event.backupPhone = screen.querySelector<HTMLInputElement>('input[name="backupPhone"]')?.value ?? '';
		if (type === 'pc.later') event.days = Number(target.dataset.days);
		this.focusDevice = actor;
		this.engine.send(actor, event);
		// The same screen may come back with an error: repaint now so it is announced.
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
		const { forget } = await import('./engine');
		forget(this.config);
		const url = new URL(location.href);
		url.searchParams.delete('step');
		history.pushState(null, '', url);
		this.focusDevice = 'pc';
		await this.boot(null);
		this.focusScreen(this.querySelector<HTMLElement>('[data-screen="pc"]')!);
	}
}

if (!customElements.get('mfa-simulator')) customElements.define('mfa-simulator', PracticeSimulator);
