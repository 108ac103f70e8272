import { createActor, type Snapshot, type SnapshotFrom } from 'xstate';
import { getResponse } from 'msw';
import { createClient, type Transport } from '../backend/client';
import { createHandlers } from '../backend/handlers';
import { initialTenant, Tenant, type TenantState } from '../backend/model';
import { createPhoneMachine, type PhoneEvent, type PhoneMachine } from './phone';
import { createPushPcMachine, type PcEvent, type PushPcMachine } from './push';

export type PcSnapshot = SnapshotFrom<PushPcMachine>;
export type PhoneSnapshot = SnapshotFrom<PhoneMachine>;

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
export function qrOnPcScreen(pc: PcSnapshot): string | null {
	return pc.matches('configureApp') || pc.matches('checkingApp') ? (pc.context.activation?.code ?? null) : null;
}

export function pushStep(pc: PcSnapshot, phone: PhoneSnapshot): string {
	const p = (s: string) => phone.matches({ screen: s as never });
	const phase = pc.context.phase;
	if (pc.matches('signIn') || pc.matches('signingIn')) return `${phase}-sign-in`;
	if (pc.matches('moreInfo')) return 'setup-more-info';
	if (pc.matches('securityVerification') || pc.matches('startingActivation')) return 'setup-choose-app';
	if (pc.matches({ configureApp: 'waiting' })) {
		if (p('home') || p('store')) return 'setup-install-app';
		if (phone.matches({ screen: { app: 'consent' } }) || phone.matches({ screen: { app: 'intro' } })) return 'setup-app-first-launch';
		if (phone.matches({ screen: { app: 'scanner' } }) || phone.matches({ screen: { app: 'activating' } })) return 'setup-scan-qr';
		if (phone.matches({ screen: { app: 'account' } })) return 'setup-check-code';
		return 'setup-account-added';
	}
	if (pc.matches('configureApp') || pc.matches('checkingApp')) return 'setup-configure-next';
	if (pc.matches('chooseUse') || pc.matches('choosingMethod')) return 'setup-choose-notification';
	if (pc.matches('backupPhone') || pc.matches('finishing')) return 'setup-backup-phone';
	if (pc.matches('service') || pc.matches('advancing')) return 'signin-done';
	if (phase === 'setup') return 'setup-approve';
	if (pc.matches('completing') || pc.matches('pushFailed')) return 'signin-approve';
	const approving = phone.matches({ screen: { app: 'approve' } }) || phone.matches({ screen: { app: 'responding' } });
	return approving ? 'signin-approve' : 'signin-request-sent';
}

export function createSession(options: SessionOptions) {
	const tenant = new Tenant(options.seed ? structuredClone(options.seed.tenant) : initialTenant(options.account), {
		clock: options.clock,
		random: options.random,
	});
	const handlers = createHandlers(() => tenant, options.onTenantChange);
	const transport = (options.transport ?? inProcess)(handlers);
	const baseUrl = options.baseUrl ?? 'http://practice.invalid/';
	// The PC and the phone each have their own client: they share only the service.
	const pcDeps = { api: createClient(transport, baseUrl), pollMs: options.pollMs };
	const phoneDeps = { api: createClient(transport, baseUrl), pollMs: options.pollMs };
	const pc = createActor(createPushPcMachine(pcDeps), {
		input: { rememberDays: options.rememberDays },
		...(options.seed ? { snapshot: options.seed.pc as never } : {}),
	});
	const phone = createActor(createPhoneMachine(phoneDeps), options.seed ? { snapshot: options.seed.phone as never } : {});
	return {
		tenant,
		handlers,
		pc,
		phone,
		step: () => pushStep(pc.getSnapshot(), phone.getSnapshot()),
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
				step: pushStep(pc.getSnapshot(), phone.getSnapshot()),
				tenant: structuredClone(tenant.state),
				pc: pc.getPersistedSnapshot(),
				phone: phone.getPersistedSnapshot(),
			};
		},
	};
}

export type Session = ReturnType<typeof createSession>;

export type Action = { device: 'pc'; event: PcEvent } | { device: 'phone'; event: PhoneEvent | ((s: Session) => PhoneEvent) };

/** One step of a walk-through: the step it starts at and what a student does there. */
export interface ScriptEntry {
	step: string;
	actions: Action[];
}

const pc = (event: PcEvent): Action => ({ device: 'pc', event });
const phone = (event: PhoneEvent | ((s: Session) => PhoneEvent)): Action => ({ device: 'phone', event });

/** The manual's chapter 3, done right, step by step: the unit tests walk it and the build records each step for deep links. */
export const PUSH_SCRIPT: ScriptEntry[] = [
	{ step: 'setup-sign-in', actions: [pc({ type: 'pc.signIn' })] },
	{ step: 'setup-more-info', actions: [pc({ type: 'pc.next' })] },
	{ step: 'setup-choose-app', actions: [pc({ type: 'pc.setup', contact: 'app' })] },
	{ step: 'setup-install-app', actions: [phone({ type: 'phone.openStore' }), phone({ type: 'phone.install' }), phone({ type: 'phone.open' })] },
	{ step: 'setup-app-first-launch', actions: [phone({ type: 'phone.agree' }), phone({ type: 'phone.scan' })] },
	{ step: 'setup-scan-qr', actions: [phone((s) => ({ type: 'phone.capture', code: qrOnPcScreen(s.pc.getSnapshot()) }))] },
	{ step: 'setup-account-added', actions: [phone({ type: 'phone.openAccount' })] },
	{ step: 'setup-check-code', actions: [pc({ type: 'guide.continue' })] },
	{ step: 'setup-configure-next', actions: [pc({ type: 'pc.next' })] },
	{ step: 'setup-choose-notification', actions: [pc({ type: 'pc.next', use: 'notification' })] },
	{ step: 'setup-approve', actions: [phone({ type: 'phone.openNotification' }), phone({ type: 'phone.approve' })] },
	{ step: 'setup-backup-phone', actions: [pc({ type: 'pc.done', backupPhone: '' })] },
	{ step: 'signin-sign-in', actions: [pc({ type: 'pc.signIn' })] },
	{ step: 'signin-request-sent', actions: [phone({ type: 'phone.openNotification' })] },
	{ step: 'signin-approve', actions: [phone({ type: 'phone.approve' })] },
	{ step: 'signin-done', actions: [] },
];

export async function until(condition: () => boolean, what: string, timeoutMs = 5000) {
	const start = Date.now();
	while (!condition()) {
		if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 1));
	}
}

/** Sends one scripted action once the device can take it (a notification may still be on its way). */
export async function perform(session: Session, action: Action) {
	const actor = action.device === 'pc' ? session.pc : session.phone;
	const event = typeof action.event === 'function' ? action.event(session) : action.event;
	await until(() => !session.busy() && actor.getSnapshot().can(event as never), `${action.device} to accept ${event.type} at ${session.step()}`);
	actor.send(event as never);
	await until(() => !session.busy(), `${event.type} to settle`);
}

/** Walks a script from the start and records the world at every step. */
export async function recordSeeds(
	options: SessionOptions,
	script = PUSH_SCRIPT,
	stopAt?: string,
): Promise<Record<string, Seed>> {
	const session = createSession(options);
	session.start();
	const seeds: Record<string, Seed> = {};
	try {
		for (const entry of script) {
			await until(() => !session.busy() && session.step() === entry.step, `step ${entry.step} (at ${session.step()})`);
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
