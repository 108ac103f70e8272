import { firstStep, stepFromUrl } from './address';
import { announcer } from './announce';
import type { SimulatorConfig } from './config';
import type { Press } from './engine';
import { guide } from './guide';
import { painter } from './paint';
import { type EngineModule, starter } from './start';
import { deviceView } from './view';

/**
 * The practice page's island: it wires the parts that keep the page around the screens, each
 * with one job (start.ts: the session's start, replay and restart; paint.ts: the screens and
 * focus; view.ts: the phone's one device at a time; guide.ts and address.ts: the step's words
 * and ?step=; announce.ts: what is said aloud). All logic lives in the machines and the mock
 * service, which engine.ts loads when they are needed.
 */
class PracticeSimulator extends HTMLElement {
	private close: (() => void) | null = null;

	async connectedCallback() {
		const config: SimulatorConfig = JSON.parse(this.querySelector('script[type="application/json"]')?.textContent ?? '{}');
		const say = announcer(this.querySelector<HTMLElement>('[data-announce]'));
		const screens = painter(
			this,
			(p) => press(p),
			say,
			(device) => view.news(device),
		);
		const view = deviceView(this, config.strings, say, screens.handOver);
		const step = guide(this, config);
		const session = starter(this, config, {
			ready(module, deep) {
				lib = module;
				screens.reset();
				step.reset();
				view.reset();
				paint(true);
				if (deep) step.align();
			},
			changed: () => later(),
			tick: () => paint(false),
			use: screens.use,
			focusShown: () => screens.focus(view.current()),
		});

		/** The engine's module, once loaded: it paints. */
		let lib: EngineModule | null = null;
		const paint = (initial: boolean) => {
			const engine = session.engine();
			if (!engine || !lib) return;
			const shown = screens.paint(engine, lib, initial, engine.step() === firstStep(config));
			view.follow(engine, initial);
			view.glance(lib.glanceOf(view.current(), shown, config.strings));
			step.record(engine.step(), initial);
			step.done(engine.done());
		};

		const later = () => screens.schedule(() => paint(false));

		/** A press on a simulated screen: the steps it passes through on its way are recorded first. */
		const press = (p: Press) => {
			const engine = session.engine();
			if (!engine) return;
			screens.use(p.device);
			view.release();
			for (const passed of engine.send(p)) step.record(passed);
			// The same screen may come back with an error: repaint now so it is announced.
			later();
		};

		this.addEventListener('click', (e) => {
			const target = e.target instanceof Element ? e.target.closest('button') : null;
			if (target?.matches('[data-start-over]')) void session.startOver();
			else if (target?.matches('[data-retry]')) void session.retry();
			else if (target?.dataset['viewButton'] === 'pc' || target?.dataset['viewButton'] === 'phone')
				view.show(target.dataset['viewButton'], 'switch');
		});
		// A student typing on the device on show keeps it: the flow only badges the other.
		this.addEventListener('input', (e) => {
			if (e.target instanceof Element && e.target.closest('.sim-devices')) view.hold();
		});
		// The HTML shows the PC already (simulator.css): this only confirms it.
		view.show(view.current(), 'initial');
		// An entry without ?step= is the page as first opened, at the first step (see guide.record).
		const onPopState = () => void session.boot(stepFromUrl(config) ?? firstStep(config));
		window.addEventListener('popstate', onPopState);
		this.close = () => {
			window.removeEventListener('popstate', onPopState);
			session.close();
		};
		// For whoever waits on the page (the tests): the island's listeners are there from now on.
		this.dataset['connected'] = 'true';
		await session.open();
	}

	disconnectedCallback() {
		this.close?.();
	}
}

if (!customElements.get('mfa-simulator')) customElements.define('mfa-simulator', PracticeSimulator);
