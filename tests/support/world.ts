import { HttpResponse, http } from 'msw';
import { onTestFinished } from 'vitest';
import { api } from '../../src/backend/handlers';
import { loadFlow } from '../../src/flows/registry';
import { createSession, perform, recordSeeds, type Session, type SessionOptions, seededRandom, until } from '../../src/machines/runtime';
import { type Edition, type MethodIn, methodsOf } from '../../src/methods';
import type { PracticeFlow } from '../../src/screens/model';
import type { StepId } from '../../src/steps';
import { track, type Visited } from './inspect';

/** An edition's flows: each of its methods' (a passkey has today's only). */
const flowsOf = async <E extends Edition>(edition: E) =>
	Object.fromEntries(await Promise.all(methodsOf(edition).map(async (m) => [m, await loadFlow(m, edition)] as const))) as Record<
		MethodIn<E>,
		PracticeFlow
	>;

/** Every method's flow of the manual's edition, loaded the way a practice page loads its own. */
export const FLOWS = await flowsOf('manual');
/** Every method's flow of today's edition. */
export const TODAY_FLOWS = await flowsOf('today');
/** Both editions' flows. */
export const EDITION_FLOWS: { [E in Edition]: Record<MethodIn<E>, PracticeFlow> } = { manual: FLOWS, today: TODAY_FLOWS };

/** One edition's flow of a method it has. */
export function flowOf(edition: Edition, method: string): PracticeFlow {
	const flows: Partial<Record<string, PracticeFlow>> = EDITION_FLOWS[edition];
	const flow = flows[method];
	if (!flow) throw new Error(`No ${edition} flow for ${method}`);
	return flow;
}

/**
 * The practice world a flow's unit tests run in: the service's clock is the test file's own
 * (it moves it by hand), every session is tracked so that a coverage test can ask which
 * states no test reached, and every session a test starts stops when the test ends.
 */
export function practiceWorld(flow: PracticeFlow, { clock, seed }: { clock: () => number; seed: number }) {
	let worlds = 0;
	const options = (over: Partial<SessionOptions> = {}): SessionOptions => ({
		account: 's1234567@example.ac.jp',
		rememberDays: 14,
		pollMs: 1,
		clock,
		// Each world its own generator: a restored one must not repeat the codes of the walk it came from.
		random: seededRandom(seed + worlds++),
		flow,
		...over,
	});
	const visited: Visited = { pc: new Set(), phone: new Set() };

	/** A new, tracked session, stopped when the test ends; started unless the test wants to set it up first. */
	function session(over: Partial<SessionOptions> = {}, start = true): Session {
		const s = createSession(options(over));
		track(s, visited);
		onTestFinished(() => s.stop());
		if (start) s.start();
		return s;
	}

	/** A started session at a step of the chapter, with everything before it done (as a deep link opens it). */
	async function at(step: StepId, over: Partial<SessionOptions> = {}) {
		const seeds = await recordSeeds(options(), flow.script, step);
		const s = session({ ...over, seed: seeds[step]! });
		await until(() => !s.busy(), 'settled');
		return s;
	}

	/** The whole chapter done right in a new, tracked session. */
	async function walkAll(): Promise<Session> {
		const s = session();
		for (const entry of flow.script) {
			await until(() => !s.busy() && s.step() === entry.step && (entry.ready?.(s) ?? true), entry.step);
			for (const action of entry.actions) await perform(s, action);
		}
		return s;
	}

	return { options, visited, session, at, walkAll };
}

/**
 * The practice service unreachable for one endpoint: a handler in front of the service's
 * own (`session.service.use(unreachable('post', 'challenge'))`), as MSW's `server.use`
 * overrides do. `{ once: true }` lets the next request through again.
 */
export const unreachable = (method: 'get' | 'post', path: string, options: { once?: boolean } = {}) =>
	http[method](api(path), () => HttpResponse.error(), options);
