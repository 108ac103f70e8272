import { type ActorRefFrom, type AnyStateMachine, assign, type EventObject, enqueueActions, not, setup, transition } from 'xstate';
import type { AppPhoneEvent } from '../app-phone';
import type { StateMeta } from '../meta';
import type { todayPhone } from './phone';

/*
 * Two handsets in the student's hands (the practice after enrolment's "new phone"): the old phone,
 * its app already paired, and the new one, empty. Each is today's app phone (./phone.ts), its own
 * actor with its own device at the service; this machine only says which one is held and hands
 * every press to it, so the session, the page and the walk-through still see one phone.
 */

export type Handset = 'old' | 'new';

export type HandsetsEvent = AppPhoneEvent | { type: 'phone.hold'; handset: Handset };

type TodayPhoneMachine = ReturnType<typeof todayPhone>;

/** A handset's screen changed (XState's `syncSnapshot`): the page repaints and says the phone is busy as that handset is. */
type HandsetChanged = { type: 'xstate.snapshot.old' | 'xstate.snapshot.new'; snapshot: unknown };

export interface HandsetsContext {
	holding: Handset;
	/** Counts the handsets' changes, so that this machine's snapshot changes with theirs. */
	changes: number;
	old: ActorRefFrom<TodayPhoneMachine>;
	new: ActorRefFrom<TodayPhoneMachine>;
}

/** A press of the student's on the handset in hand, as against picking up the other or the handsets' own news. */
const isPress = (event: EventObject): event is AppPhoneEvent =>
	event.type !== 'phone.hold' && (event.type.startsWith('phone.') || event.type.startsWith('inbox.'));

/** The machines twoHandsets made, so that the next press (../next.ts) can tell them from a phone of its own. */
const HANDSETS = new WeakSet<AnyStateMachine>();
export const isHandsets = (machine: AnyStateMachine) => HANDSETS.has(machine);

/**
 * Whether a press moves the handsets on (computed, not sent): picks up the other one, or moves the one
 * in hand out of the state it is in. This machine's own state stays put while its handsets move.
 */
export function handsetsMoveOn(context: HandsetsContext, event: EventObject): boolean {
	if (event.type === 'phone.hold') return 'handset' in event && event.handset !== context.holding;
	if (!isPress(event)) return false;
	const held = heldPhone(context).getSnapshot();
	if (!held.can(event)) return false;
	const [next] = transition(held.machine, held, event);
	return JSON.stringify(next.value) !== JSON.stringify(held.value);
}

export const heldPhone = (context: HandsetsContext) => (context.holding === 'old' ? context.old : context.new);

export function twoHandsets(old: TodayPhoneMachine, fresh: TodayPhoneMachine) {
	const machine = setup({
		types: {} as { context: HandsetsContext; events: HandsetsEvent | HandsetChanged; meta: StateMeta<'handsets'> },
		actors: { old, new: fresh },
		guards: { handsetBusy: ({ context }) => context.old.getSnapshot().hasTag('busy') || context.new.getSnapshot().hasTag('busy') },
	}).createMachine({
		id: 'phone',
		// Spawned by name, so a saved session (a deep link's seed) restores both handsets.
		context: ({ spawn }) => ({
			holding: 'old',
			changes: 0,
			old: spawn('old', { id: 'old', syncSnapshot: true }),
			new: spawn('new', { id: 'new', syncSnapshot: true }),
		}),
		initial: 'idle',
		on: {
			'xstate.snapshot.old': { actions: assign({ changes: ({ context }) => context.changes + 1 }) },
			'xstate.snapshot.new': { actions: assign({ changes: ({ context }) => context.changes + 1 }) },
			'phone.hold': {
				guard: ({ context, event }) => context.holding !== event.handset,
				actions: assign({ holding: ({ event }) => event.handset }),
			},
			// A press goes to the handset held, and only if that handset can take it (the page's next press reads `can`).
			'*': {
				guard: ({ context, event }) => isPress(event) && heldPhone(context).getSnapshot().can(event),
				actions: enqueueActions(({ context, event, enqueue }) => {
					if (isPress(event)) enqueue.sendTo(heldPhone(context), event);
				}),
			},
		},
		states: {
			idle: { meta: { screen: 'handsets' }, always: { guard: 'handsetBusy', target: 'busy' } },
			// Either handset waits for the service (pairing, an answer): the session waits with it.
			busy: { meta: { screen: 'handsets' }, tags: 'busy', always: { guard: not('handsetBusy'), target: 'idle' } },
		},
	});
	HANDSETS.add(machine);
	return machine;
}
