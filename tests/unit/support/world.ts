import { track } from '../../../src/flows/inspect';
import {
	createSession,
	inProcess,
	perform,
	recordSeeds,
	seededRandom,
	until,
	type Flow,
	type Session,
	type SessionOptions,
} from '../../../src/flows/runtime';

/**
 * The practice world a flow's unit tests run in: the service's clock is the test file's own
 * (it moves it by hand), and every session is tracked so that a coverage test can ask which
 * states no test reached.
 */
export function practiceWorld(flow: Flow, { clock, seed }: { clock: () => number; seed: number }) {
	let worlds = 0;
	const options = (over: Partial<SessionOptions> = {}) => ({
		account: 's1234567@example.ac.jp',
		rememberDays: 14,
		pollMs: 1,
		clock,
		// Each world its own generator: a restored one must not repeat the codes of the walk it came from.
		random: seededRandom(seed + worlds++),
		flow,
		...over,
	});
	const visited = { pc: new Set<string>(), phone: new Set<string>() };

	/** A started session at a step of the chapter, with everything before it done (as a deep link opens it). */
	async function at(step: string, over: Partial<SessionOptions> = {}) {
		const seeds = await recordSeeds(options(), flow.script, step);
		const session = createSession(options({ ...over, seed: seeds[step]! }));
		track(session, visited);
		session.start();
		await until(() => !session.busy(), 'settled');
		return session;
	}

	/** The whole chapter done right in a new, tracked session; the caller checks it and stops it. */
	async function walkAll(): Promise<Session> {
		const session = createSession(options());
		track(session, visited);
		session.start();
		for (const entry of flow.script) {
			await until(() => !session.busy() && session.step() === entry.step && (entry.ready?.(session) ?? true), entry.step);
			for (const action of entry.actions) await perform(session, action);
		}
		return session;
	}

	return { options, visited, at, walkAll };
}

/** The service as the page reaches it, except that requests for which `fails` says so never arrive. */
export const unreachableWhen =
	(fails: (request: Request) => boolean): NonNullable<SessionOptions['transport']> =>
	(handlers) => {
		const real = inProcess(handlers);
		return async (request) => {
			if (fails(request)) throw new TypeError('Failed to fetch');
			return real(request);
		};
	};
