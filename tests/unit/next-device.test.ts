import { describe, expect, it, onTestFinished } from 'vitest';
import { nextDevice } from '../../src/machines/next';
import { createSession, type Flow, perform, seededRandom, until } from '../../src/machines/runtime';
import { EDITION_METHODS } from '../../src/methods';
import { flowOf } from '../support/world';

// On a phone the practice page shows one device at a time and follows the flow to the
// device of the next press (src/islands/simulator/view.ts): these walks check, press by
// press, that the device it goes to is the one the walk-through presses next.
/** A practice session on a fixed clock and draw, stopped with its test. */
function started(flow: Flow) {
	const session = createSession({
		account: 's1234567@example.ac.jp',
		rememberDays: 14,
		pollMs: 1,
		clock: () => Date.UTC(2026, 3, 1, 9),
		random: seededRandom(5),
		flow,
	});
	onTestFinished(() => session.stop());
	session.start();
	return session;
}

describe('the device of the next press', () => {
	for (const [edition, method] of EDITION_METHODS) {
		it(`is the device of every press of the ${method} walk-through (${edition}), before the press`, async () => {
			const flow = flowOf(edition, method);
			const session = started(flow);
			const seen: string[] = [];
			for (const entry of flow.script) {
				await until(() => !session.busy() && session.step() === entry.step && (entry.ready?.(session) ?? true), entry.step);
				for (const action of entry.actions) {
					if (action.device === 'clock') {
						await perform(session, action);
						continue;
					}
					// Once the press can be made (what it reads is on screen), the page points at its device.
					const actor = action.device === 'pc' ? session.pc : session.phone;
					const source = action.event;
					await until(() => {
						if (session.busy()) return false;
						const event = typeof source === 'function' ? source(session) : source;
						return event instanceof Promise || (event !== null && actor.getSnapshot().can(event));
					}, `${entry.step}: ${action.device}`);
					const pointed = nextDevice(session);
					const before = JSON.stringify(actor.getSnapshot().value);
					await perform(session, action);
					// A scripted press that changes nothing (Messages opened again while open) is not one the student needs.
					if (JSON.stringify(actor.getSnapshot().value) === before) continue;
					seen.push(entry.step);
					expect(pointed, `${entry.step}, before a press on the ${action.device}`).toBe(action.device);
				}
			}
			expect(session.done()).toBe(true);
			expect(seen.length).toBeGreaterThan(5);
		});
	}

	it('is none where the walk-through has nothing to press (the practice is done)', async () => {
		const session = started(flowOf('manual', 'push'));
		for (const entry of flowOf('manual', 'push').script) {
			await until(() => !session.busy() && session.step() === entry.step && (entry.ready?.(session) ?? true), entry.step);
			for (const action of entry.actions) await perform(session, action);
		}
		expect(session.step()).toBe('signin-done');
		expect(nextDevice(session)).toBeNull();
	});
});
