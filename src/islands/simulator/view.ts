import type { Glance } from '../../screens/glance';
import type { SimStrings } from '../../screens/model';
import type { Device } from '../../screens/render';
import type { Engine } from './engine';

/**
 * On a phone (below 50rem, as in simulator.css) one device is on show at a time, and the view
 * goes wherever the next press is, within a step too: what the student needs from the other
 * device (the PC's number, the app's code) is shown above it (the glance), so nothing keeps
 * them on a device they are done with. A student who turned to a device by hand, or is typing
 * on the one on show, keeps it until their next press. On a wide screen both devices are on
 * show and only the switch's state (hidden there) follows.
 *
 * `handOver` moves the focus when the view leaves the device it was on (paint.ts).
 */
export function deviceView(root: HTMLElement, t: SimStrings, say: (text: string) => void, handOver: (from: Device, to: Device) => void) {
	let view: Device = 'pc';
	let viewStep = '';
	/** The device of the next press that the view last went to. */
	let followed: Device | null = null;
	let keep = false;
	/** Per device: something new appeared on it while it was not on show. */
	const unseen: Record<Device, boolean> = { pc: false, phone: false };
	const narrow = matchMedia('(max-width: 49.99rem)');
	/** The glance on show, so that a screen reader hears it once. */
	let glanced = '';

	/** The switch's badge: the device has the next press or something new; said once, politely, on a phone. */
	const badge = (device: Device, on: boolean, tell: boolean) => {
		const dot = root.querySelector<HTMLElement>(`[data-view-button="${device}"] [data-badge]`);
		if (!dot || dot.hidden === !on) return;
		dot.hidden = !on;
		if (on && tell && narrow.matches) say(t[`practice.attention.${device}`]);
	};

	/**
	 * Puts a device on show: by the student's press on the switch, by the flow, or as the
	 * page opens. Focus moves only when it was on the device going out of view (it would
	 * be lost): to the title of the one coming in, as for a new page.
	 */
	const show = (device: Device, how: 'initial' | 'flow' | 'switch') => {
		const from = view;
		view = device;
		unseen[device] = false;
		root.dataset['view'] = device;
		for (const button of root.querySelectorAll<HTMLElement>('[data-view-button]')) {
			button.setAttribute('aria-pressed', String(button.dataset['viewButton'] === device));
		}
		badge(device, false, false);
		// The student chose: the flow does not take the view back before their next press.
		if (how === 'switch') keep = true;
		if (how !== 'flow' || !narrow.matches) return;
		handOver(from, device);
		say(t[`practice.shown.${device}`]);
	};

	return {
		show,
		current: () => view,
		/** The student is typing on the device on show: it stays, and the flow only badges the other. */
		hold() {
			keep = true;
		},
		/** The student pressed something: from here the view follows the flow again. */
		release() {
			keep = false;
		},
		/** A new page or news on a device (seen if it is on show). */
		news(device: Device) {
			if (device !== view) unseen[device] = true;
		},
		/** A new session: the view follows it from its first step. */
		reset() {
			viewStep = '';
			followed = null;
			unseen.pc = false;
			unseen.phone = false;
		},
		/**
		 * After a repaint: the view goes to the device of the next press whenever that changes (a
		 * new step, or the flow moving on within one), unless the student chose a device by hand or
		 * is typing on the one on show; a press or news waiting on the other device puts a badge on
		 * its switch.
		 */
		follow(engine: Engine, initial: boolean) {
			const step = engine.step();
			const newStep = step !== viewStep;
			if (newStep) {
				viewStep = step;
				keep = false;
			}
			// Where the walk-through has no press left, the practice has ended on the PC: its page says so.
			const next = engine.next() ?? (engine.done() ? 'pc' : null);
			if (next && !keep && (newStep || next !== followed)) {
				followed = next;
				if (next !== view) show(next, initial ? 'initial' : 'flow');
			}
			const other: Device = view === 'pc' ? 'phone' : 'pc';
			badge(view, false, false);
			badge(other, next === other || unseen[other], !initial);
		},
		/**
		 * On a phone: the value the step needs from the device not on show, above the one that is,
		 * named by where it comes from. Written only when it changes, so a screen reader hears it once.
		 */
		glance(glance: Glance | null) {
			const line = root.querySelector<HTMLElement>('[data-glance]');
			const key = glance ? `${glance.label}\u0000${glance.value}` : '';
			if (!line || key === glanced) return;
			glanced = key;
			if (!glance) {
				line.replaceChildren();
				return;
			}
			const value = document.createElement('span');
			value.className = 'sim-glance__value';
			value.textContent = glance.value;
			line.replaceChildren(`${glance.label}: `, value);
		},
	};
}
