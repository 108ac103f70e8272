import { createActor, type AnyEventObject, type AnyStateMachine, type Snapshot } from 'xstate';
import { getResponse } from 'msw';
import { createClient, type Transport } from '../backend/client';
import { createHandlers } from '../backend/handlers';
import { initialTenant, Tenant, type TenantState } from '../backend/model';
import type { FlowDeps } from './common';
import type { SnapshotLike } from './pc';

/**
 * The practice world of any method: the mock service (a tenant and its handlers), the
 * PC's machine and the phone's, each talking to the service through its own client.
 * A flow (src/flows/<method>.ts) says which machines, how their states map to the
 * manual's step ids, and the walk-through that opens any step. This file imports no
 * flow, so the practice page loads only the one it shows (src/flows/load.ts).
 */

export type SimulatedMethod = 'push' | 'code' | 'sms' | 'call';

export interface Flow {
	method: SimulatedMethod;
	createPc(deps: FlowDeps): AnyStateMachine;
	createPhone(deps: FlowDeps): AnyStateMachine;
	/** The manual's step id for the world as both devices show it. */
	step(pc: SnapshotLike, phone: SnapshotLike): string;
	/** The chapter done right, step by step: tests walk it, deep links replay it, the build draws it. */
	script: ScriptEntry[];
}

/** Where the simulator can be opened and resumed: the whole practice world at one step. */
export interface Seed {
	step: string;
	tenant: TenantState;
	pc: Snapshot<unknown>;
	phone: Snapshot<unknown>;
}

export interface SessionOptions {
	account: string;
	rememberDays: number;
	pollMs: number;
	clock: () => number;
	random: () => number;
	flow?: Flow;
	/** Defaults to the handlers run in-process; the page passes `fetch` when its service worker runs. */
	transport?: (handlers: ReturnType<typeof createHandlers>) => Transport;
	baseUrl?: string;
	seed?: Pick<Seed, 'tenant' | 'pc' | 'phone'>;
	/** Called after every change of the tenant, e.g. to save it for reloads. */
	onTenantChange?: () => void;
}

/** Answers requests with the service's handlers without any network: Node, build time, or a page whose service worker could not start. */
export const inProcess =
	(handlers: ReturnType<typeof createHandlers>): Transport =>
	async (request) =>
		(await getResponse(handlers, request)) ?? Response.json({ error: 'not-found' }, { status: 404 });

/**
 * What the phone's camera sees when pointed at the PC: the QR code on the PC's screen,
 * if one is showing. This is the one channel between the devices besides the service,
 * and it is optical, as in reality.
 */
export function qrOnPcScreen(pc: SnapshotLike): string | null {
	return pc.matches('configureApp' as never) || pc.matches('checkingApp' as never) ? (pc.context.activation?.code ?? null) : null;
}

export function createSession(options: SessionOptions & { flow: Flow }) {
	const { flow } = options;
	// A tenant saved by an older version lacks newer fields: they start empty.
	const state = options.seed ? { ...initialTenant(options.account), ...structuredClone(options.seed.tenant) } : initialTenant(options.account);
	const tenant = new Tenant(state, { clock: options.clock, random: options.random });
	const handlers = createHandlers(() => tenant, options.onTenantChange);
	const transport = (options.transport ?? inProcess)(handlers);
	const baseUrl = options.baseUrl ?? 'http://practice.invalid/';
	// The PC and the phone each have their own client: they share only the service.
	const pcDeps = { api: createClient(transport, baseUrl), pollMs: options.pollMs };
	const phoneDeps = { api: createClient(transport, baseUrl), pollMs: options.pollMs };
	const pc = createActor(flow.createPc(pcDeps), {
		input: { rememberDays: options.rememberDays },
		...(options.seed ? { snapshot: options.seed.pc as never } : {}),
	});
	const phone = createActor(flow.createPhone(phoneDeps), options.seed ? { snapshot: options.seed.phone as never } : {});
	const step = () => flow.step(pc.getSnapshot(), phone.getSnapshot());
	return {
		flow,
		tenant,
		handlers,
		pc,
		phone,
		step,
		/** The world's time: the real clock plus the days (or seconds) the reader skipped. */
		now: () => tenant.now(),
		/** Lets time pass in the world, e.g. "a little later" between registering and signing in. */
		advance(ms: number) {
			tenant.state.offsetMs += ms;
			options.onTenantChange?.();
		},
		busy: () => pc.getSnapshot().hasTag('busy') || phone.getSnapshot().hasTag('busy'),
		done: () => pc.getSnapshot().hasTag('done'),
		start() {
			pc.start();
			phone.start();
		},
		stop() {
			pc.stop();
			phone.stop();
		},
		save(): Seed {
			return {
				step: step(),
				tenant: structuredClone(tenant.state),
				pc: pc.getPersistedSnapshot(),
				phone: phone.getPersistedSnapshot(),
			};
		},
	};
}

export type Session = ReturnType<typeof createSession>;

/** An event, or what a student reads off the screens to make one (null: not there yet). */
type EventSource = AnyEventObject | ((s: Session) => AnyEventObject | null | Promise<AnyEventObject | null>);
export type Action = { device: 'pc' | 'phone'; event: EventSource } | { device: 'clock'; ms: number };

/** One step of a walk-through: the step it starts at and what a student does there. */
export interface ScriptEntry {
	step: string;
	/** Waited for before the step counts as reached (e.g. the text message has arrived). */
	ready?: (s: Session) => boolean;
	actions: Action[];
}

export const pc = (event: EventSource): Action => ({ device: 'pc', event });
export const phone = (event: EventSource): Action => ({ device: 'phone', event });
/** Time passes in the world (the service's clock, and the phone's). */
export const later = (ms: number): Action => ({ device: 'clock', ms });

export async function until(condition: () => boolean, what: string, timeoutMs = 5000) {
	const start = Date.now();
	while (!condition()) {
		if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 1));
	}
}

/** Sends one scripted action once the device can take it (a notification may still be on its way). */
export async function perform(session: Session, action: Action) {
	if (action.device === 'clock') {
		await until(() => !session.busy(), 'the world to settle');
		session.advance(action.ms);
		return;
	}
	const actor = action.device === 'pc' ? session.pc : session.phone;
	let event: AnyEventObject | null = null;
	const source = action.event;
	const start = Date.now();
	// What the student reads may take a poll or two to appear on the screen.
	while (true) {
		await until(() => !session.busy(), `the world to settle at ${session.step()}`);
		event = typeof source === 'function' ? await source(session) : source;
		if (event && actor.getSnapshot().can(event as never)) break;
		if (Date.now() - start > 5000) throw new Error(`Timed out waiting for ${action.device} to accept ${event?.type ?? 'an event'} at ${session.step()}`);
		await new Promise((r) => setTimeout(r, 1));
	}
	actor.send(event as never);
	await until(() => !session.busy(), `${event.type} to settle`);
}

/** Walks a script from the start and records the world at every step. */
export async function recordSeeds(
	options: SessionOptions & { flow: Flow },
	script = options.flow.script,
	stopAt?: string,
): Promise<Record<string, Seed>> {
	const session = createSession(options);
	session.start();
	const seeds: Record<string, Seed> = {};
	try {
		for (const entry of script) {
			await until(
				() => !session.busy() && session.step() === entry.step && (entry.ready?.(session) ?? true),
				`step ${entry.step} (at ${session.step()})`,
			);
			seeds[entry.step] = session.save();
			if (entry.step === stopAt) break;
			for (const action of entry.actions) await perform(session, action);
		}
	} finally {
		session.stop();
	}
	return seeds;
}

/** A deterministic generator, so that builds and tests see the same practice codes. */
export function seededRandom(seed = 20201201) {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
