import type { Device } from '../../screens/render';
import type { Engine, Press } from './engine';
import type { EngineModule } from './start';

/**
 * The two devices' screens, painted from what the engine describes, and the focus that goes
 * with them. Preact repaints in place (engine.ts), so what the student typed, ticked and
 * focused stays; what this adds is where the reader's attention goes when a screen changes:
 * a new page starts at its top, and on the device the reader last used, a new page, a new
 * error or the loss of the control in use moves the focus to what to read. Screens' news
 * (a text arriving) is said aloud once.
 */
export function painter(root: HTMLElement, press: (press: Press) => void, say: (text: string) => void, news: (device: Device) => void) {
	/** Per device: the screen on show, and the words of its alert, to tell a new page or a new error from a repaint. */
	const shown: Record<Device, { id: string; alert: string } | null> = { pc: null, phone: null };
	/** Per device: the last thing said aloud, so the same news is not said twice. */
	const said: Record<Device, string> = { pc: '', phone: '' };
	/** The device the reader last used: only its screen takes focus when it changes. */
	let focusDevice: Device | null = null;
	/** The devices still hold the build's first screens (drawn as the script draws them). */
	let htmlFirst = true;
	let frame = 0;

	const host = (device: Device) => root.querySelector<HTMLElement>(`[data-screen="${device}"]`);
	/** A device's frame: the part that scrolls when its screen is longer than its place on the stage. */
	const frameOf = (device: Device) => root.querySelector<HTMLElement>(device === 'pc' ? '.sim-pc' : '.sim-phone');

	/** After a repaint: an error takes focus (it is also announced); otherwise the new page's title does. */
	const focusScreen = (host: HTMLElement) => {
		const target = host.querySelector<HTMLElement>('[role="alert"]') ?? host.querySelector<HTMLElement>('.sim-title') ?? host;
		if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
		// The stage is placed by the guide's align(); focus scrolls only inside the device, never the page.
		target.focus({ preventScroll: true });
		const frame = host.closest<HTMLElement>('.sim-pc, .sim-phone');
		if (!frame) return;
		const box = frame.getBoundingClientRect();
		// Under the device's own bar, which stays at the top of a long screen (simulator.css).
		const bar = frame.querySelector('.sim-pc__bar, .sim-phone__bar')?.getBoundingClientRect().height ?? 0;
		const at = target.getBoundingClientRect();
		if (at.top < box.top + bar || at.bottom > box.bottom) frame.scrollBy({ top: at.top - box.top - bar - 8, behavior: 'instant' });
	};

	return {
		/** Focus goes to the screen of `device`: its alert, or its title. */
		focus(device: Device) {
			const at = host(device);
			if (at) focusScreen(at);
		},
		/** The reader acts on this device: from now on its screen takes the focus when it changes. */
		use(device: Device) {
			focusDevice = device;
		},
		/** The view went from one device to the other: focus that was on the one going out of view (and would be lost) follows it. */
		handOver(from: Device, to: Device) {
			const at = host(to);
			if (at && host(from)?.contains(document.activeElement)) {
				focusScreen(at);
				focusDevice = to;
			}
		},
		/** A new session: its screens are new, whatever the last one showed. */
		reset() {
			shown.pc = null;
			shown.phone = null;
		},
		/** Runs `paint` at the next frame, once however many changes come before it. */
		schedule(paint: () => void) {
			if (frame) return;
			frame = requestAnimationFrame(() => {
				frame = 0;
				paint();
			});
		},
		/**
		 * Paints both devices (`initial`: the session's first paint, which takes no focus, says
		 * nothing and has no `news`: a new page or news on a device). Returns what both show.
		 */
		paint(engine: Engine, lib: EngineModule, initial: boolean, first: boolean) {
			const { pc, phone, env } = engine.screens();
			for (const [device, screen] of [
				['pc', pc],
				['phone', phone],
			] as const) {
				const at = host(device);
				if (!at) continue;
				const before = shown[device];
				const hadFocus = at.contains(document.activeElement);
				// The build's first screens are taken over, not replaced: what was focused or typed there stays.
				const replace = before === null && !(htmlFirst && first);
				lib.paintDevice(at, device, screen, env, (event: Press['event']) => press({ device, event }), replace);
				const alert = at.querySelector('[role="alert"]')?.textContent ?? '';
				shown[device] = { id: screen.id, alert };
				const newPage = before !== null && before.id !== screen.id;
				// A new page starts at its top, as a real one does (a long one scrolls inside its device).
				if (newPage) frameOf(device)?.scrollTo({ top: 0, behavior: 'instant' });
				if (!initial && focusDevice === device) {
					// A new page, a new error, or the control in use gone: focus goes where the reader should look.
					const lost = hadFocus && !at.contains(document.activeElement);
					if (newPage || (alert && alert !== before?.alert) || lost) focusScreen(at);
				}
				const told = screen.announce;
				const fresh = Boolean(told && told.key !== said[device]);
				if (told && fresh && !initial) say(told.text);
				said[device] = told?.key ?? '';
				if ((newPage || fresh) && !initial) news(device);
			}
			htmlFirst = false;
			return { pc, phone };
		},
	};
}
