import { type AnyMachineSnapshot, type AnyStateMachine, createActor, type Snapshot } from 'xstate';
import { createClient, type Transport } from '../backend/client';
import { createHandlers, type Handlers } from '../backend/handlers';
import { DAY_MS, initialTenant, Tenant, type TenantState } from '../backend/model';
import { inProcess } from '../backend/service';
import type { Method, Task } from '../methods';
import type { StepId } from '../step-ids';
import type { FlowDeps } from './actors';
import type { AppPhoneEvent } from './app-phone';
import type { CarrierPhoneEvent } from './carrier-phone';
import { currentStep } from './meta';
import type { PcEvent } from './pc';
import type { HandsetsEvent } from './today/handsets';
import type { PasskeyPhoneEvent } from './today/passkey-phone';

/**
 * The practice world of any method: the mock service (a tenant and its handlers), the
 * PC's machine and the phone's, each talking to the service through its own client.
 * A flow (src/flows/<edition>/<method>.ts) brings its machines, its screens and the walk-through
 * that opens any step. This file imports no flow, so the practice page loads only the
 * one it shows (src/flows/registry.ts).
 */

/** What the student does on either kind of phone. */
export type PhoneEvent = AppPhoneEvent | CarrierPhoneEvent | PasskeyPhoneEvent | HandsetsEvent;

/** The PC and the phone: where a press is made. */
export type Device = 'pc' | 'phone';

/**
 * A method's practice in one edition: its machines, its walk-through and, drawn from their
 * states, its screens (`Screens`: src/screens/model.ts's FlowScreens; the machines need not
 * know them, so this layer imports no screen).
 */
export interface Flow<Screens = unknown> {
	/** The method practised, or the task whose scenario this is (`scenario`). */
	method: Method | Task;
	/** A task's scenario (src/step-ids.ts, SCENARIO_STEP_IDS): the task practice has one flow per scenario. */
	scenario?: string;
	/** The PC's machine and the phone's, each made once (for tests: their states and meta). */
	pc: AnyStateMachine;
	phone: AnyStateMachine;
	/** The same machines with a session's service plugged in. */
	plug(deps: { pc: FlowDeps; phone: FlowDeps }): { pc: AnyStateMachine; phone: AnyStateMachine };
	/** Every screen the machines' states name, for the PC and the phone. */
	screens: Screens;
	/** The chapter done right, step by step: tests walk it, deep links replay it, the build draws it. */
	script: ScriptEntry[];
	/**
	 * The service's rules where this flow's edition differs from the manual's (e.g. a report no
	 * longer blocks), and where its practice starts (the passkey's: already signing in with texts).
	 */
	tenant?: Partial<Pick<TenantState, 'reportBlocks' | 'registration' | 'method' | 'phone' | 'methods' | 'defaultMethod'>>;
	/** The secret of the Authenticator app's account on the phone, where the phone has the app (its code ticks on screen). */
	appSecret?(phone: AnyMachineSnapshot): string | null;
}

/** Where the simulator can be opened and resumed: the whole practice world at one step. */
export interface Seed {
	step: StepId;
	tenant: TenantState;
	pc: Snapshot<unknown>;
	phone: Snapshot<unknown>;
}

export interface SessionOptions {
	flow: Flow;
	account: string;
	rememberDays: number | null;
	pollMs: number;
	clock: () => number;
	random: () => number;
	/** Where requests go; by default the service answers in-process (`session.service`). The page routes them to its worker. */
	transport?: (handlers: Handlers) => Transport;
	baseUrl?: string;
	seed?: Pick<Seed, 'tenant' | 'pc' | 'phone'>;
	/** Called after every change of the tenant, e.g. to save it for reloads. */
	onTenantChange?: () => void;
}

export function createSession(options: SessionOptions) {
	const { flow } = options;
	// A tenant saved by an older version lacks newer fields: they start empty.
	const fresh = { ...initialTenant(options.account), ...flow.tenant };
	const state = options.seed ? { ...fresh, ...structuredClone(options.seed.tenant) } : fresh;
	const tenant = new Tenant(state, { clock: options.clock, random: options.random });
	const handlers = createHandlers(() => tenant, options.onTenantChange);
	const service = inProcess(handlers);
	const transport = options.transport?.(handlers) ?? service.fetch;
	const baseUrl = options.baseUrl ?? 'http://practice.invalid/';
	// The PC and the phone each have their own client: they share only the service.
	const machines = flow.plug({
		pc: { api: createClient(transport, baseUrl), pollMs: options.pollMs },
		phone: { api: createClient(transport, baseUrl), pollMs: options.pollMs },
	});
	const pc = createActor(machines.pc, {
		input: { rememberDays: options.rememberDays },
		...(options.seed ? { snapshot: options.seed.pc } : {}),
	});
	const phone = createActor(machines.phone, options.seed ? { snapshot: options.seed.phone } : {});
	const step = () => currentStep(pc.getSnapshot(), phone.getSnapshot());
	return {
		flow,
		tenant,
		/** The service in-process: `use()` puts handlers in front of its own, as MSW's servers do. */
		service,
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
type EventSource<E> = E | ((s: Session) => E | null | Promise<E | null>);
export type Action =
	| { device: 'pc'; event: EventSource<PcEvent> }
	| { device: 'phone'; event: EventSource<PhoneEvent> }
	| { device: 'clock'; ms: number };

/** One step of a walk-through: the step it starts at and what a student does there. */
export interface ScriptEntry {
	step: StepId;
	/** Waited for before the step counts as reached (e.g. the text message has arrived). */
	ready?: (s: Session) => boolean;
	actions: Action[];
}

export const pc = (event: EventSource<PcEvent>): Action => ({ device: 'pc', event });
export const phone = (event: EventSource<PhoneEvent>): Action => ({ device: 'phone', event });
/** Time passes in the world (the service's clock, and the phone's). */
export const later = (ms: number): Action => ({ device: 'clock', ms });

/**
 * The walk-through's day between registering and the next sign-in. In life the next
 * sign-in comes later; replayed at once, the app would still show the very code that
 * registration used, and the service would refuse it as used, to a student who opened
 * the sign-in to practise it and has never typed that code. A day also lets the
 * registration's texts and calls go stale, as they would. (A student who registers in
 * the simulator and signs in at once meets the real rule instead: wait for the next code.)
 */
export const nextDay = later(DAY_MS);

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
	const source = action.event;
	const start = Date.now();
	// What the student reads may take a poll or two to appear on the screen.
	while (true) {
		await until(() => !session.busy(), `the world to settle at ${session.step()}`);
		const event = typeof source === 'function' ? await source(session) : source;
		if (event && actor.getSnapshot().can(event)) {
			actor.send(event);
			await until(() => !session.busy(), `${event.type} to settle`);
			return;
		}
		if (Date.now() - start > 5000)
			throw new Error(`Timed out waiting for ${action.device} to accept ${event?.type ?? 'an event'} at ${session.step()}`);
		await new Promise((r) => setTimeout(r, 1));
	}
}

/** The world at every step a walk reached, by step id. */
export type Seeds = Record<string, Seed>;

/** Walks a script from the start and records the world at every step. */
export async function recordSeeds(options: SessionOptions, script = options.flow.script, stopAt?: StepId): Promise<Seeds> {
	const session = createSession(options);
	session.start();
	const seeds: Seeds = {};
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
