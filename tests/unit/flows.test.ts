import { describe, expect, it, onTestFinished } from 'vitest';
import { createSession, perform, recordSeeds, type SessionOptions, seededRandom, until } from '../../src/machines/runtime';
import { EDITION_METHODS, EDITIONS, type Edition, type Method, methodsOf } from '../../src/methods';
import { stepsOf } from '../../src/steps';
import { EDITION_FLOWS, flowOf } from '../support/world';

const options = (method: Method, edition: Edition, over: Partial<SessionOptions> = {}) => ({
	account: 's1234567@example.ac.jp',
	rememberDays: 14,
	pollMs: 1,
	clock: () => Date.UTC(2026, 3, 1, 9),
	random: seededRandom(11),
	flow: flowOf(edition, method),
	...over,
});

describe('the flow registry', () => {
	it('has a flow for every method of each edition, and every simulated method has its chapter’s steps', () => {
		for (const edition of EDITIONS) {
			expect(Object.keys(EDITION_FLOWS[edition]).sort()).toEqual([...methodsOf(edition)].sort());
			for (const method of methodsOf(edition)) expect(flowOf(edition, method).method).toBe(method);
		}
	});

	it('has the passkey in today’s edition only: the manual of 2020 has no passkeys', () => {
		expect(methodsOf('today')).toContain('passkey');
		expect(methodsOf('manual')).not.toContain('passkey');
	});
});

for (const [edition, method] of EDITION_METHODS) {
	const flow = flowOf(edition, method);
	describe(`${method} flow (${edition})`, () => {
		it('its walk-through names every step of the chapter, in order', () => {
			expect(flow.script.map((e) => e.step)).toEqual(stepsOf(method, edition).map((s) => s.id));
		});

		it('walks registration and a sign-in end to end, reaching every step in order', async () => {
			const seeds = await recordSeeds(options(method, edition));
			expect(Object.keys(seeds)).toEqual(stepsOf(method, edition).map((s) => s.id));
			for (const [step, seed] of Object.entries(seeds)) expect(seed.step).toBe(step);
		});

		it('resumes from every recorded step (a deep link) and finishes the flow from there', async () => {
			const seeds = await recordSeeds(options(method, edition));
			for (const [index, entry] of flow.script.entries()) {
				const session = createSession(options(method, edition, { seed: seeds[entry.step]! }));
				onTestFinished(() => session.stop());
				session.start();
				expect(session.step()).toBe(entry.step);
				for (const later of flow.script.slice(index)) {
					await until(
						() => !session.busy() && session.step() === later.step && (later.ready?.(session) ?? true),
						`${later.step} after resuming at ${entry.step}`,
					);
					for (const action of later.actions) await perform(session, action);
				}
				expect(session.done()).toBe(true);
				session.stop();
			}
		});
	});
}
