import { describe, expect, it } from 'vitest';
import { createSession, PUSH_SCRIPT, perform, recordSeeds, seededRandom, until, type SessionOptions } from '../../src/flows/session';
import { stepsOf } from '../../src/steps';

const options = (over: Partial<SessionOptions> = {}): SessionOptions => ({
	account: 's1234567@example.ac.jp',
	rememberDays: 14,
	pollMs: 1,
	clock: () => 0,
	random: seededRandom(),
	...over,
});

describe('push flow', () => {
	it('walks registration and a sign-in end to end, reaching every step of the chapter in order', async () => {
		const seeds = await recordSeeds(options());
		expect(Object.keys(seeds)).toEqual(stepsOf('push').map((s) => s.id));
		expect(PUSH_SCRIPT.map((e) => e.step)).toEqual(stepsOf('push').map((s) => s.id));
	});
});

describe('push flow deep links', () => {
	it('resumes from every recorded step and finishes the flow from there', async () => {
		const seeds = await recordSeeds(options());
		for (const [index, entry] of PUSH_SCRIPT.entries()) {
			const session = createSession(options({ seed: seeds[entry.step]! }));
			session.start();
			try {
				expect(session.step()).toBe(entry.step);
				for (const later of PUSH_SCRIPT.slice(index)) {
					await until(() => !session.busy() && session.step() === later.step, `${later.step} after resuming at ${entry.step}`);
					for (const action of later.actions) await perform(session, action);
				}
				expect(session.done()).toBe(true);
			} finally {
				session.stop();
			}
		}
	});
});
