import { type ActorRefFrom, assign, enqueueActions, setup } from 'xstate';
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

export interface HandsetsContext {
	holding: Handset;
	old: ActorRefFrom<TodayPhoneMachine>;
	new: ActorRefFrom<TodayPhoneMachine>;
}

export const heldPhone = (context: HandsetsContext) => (context.holding === 'old' ? context.old : context.new);

export function twoHandsets(old: TodayPhoneMachine, fresh: TodayPhoneMachine) {
	return setup({
		types: {} as { context: HandsetsContext; events: HandsetsEvent; meta: StateMeta<'handsets'> },
		actors: { old, new: fresh },
	}).createMachine({
		id: 'phone',
		// Spawned by name, so a saved session (a deep link's seed) restores both handsets.
		context: ({ spawn }) => ({ holding: 'old', old: spawn('old', { id: 'old' }), new: spawn('new', { id: 'new' }) }),
		initial: 'hands',
		states: {
			hands: {
				meta: { screen: 'handsets' },
				on: {
					'phone.hold': {
						guard: ({ context, event }) => context.holding !== event.handset,
						actions: assign({ holding: ({ event }) => event.handset }),
					},
					// A press goes to the handset held, and only if that handset can take it (the page's next press reads `can`).
					'*': {
						guard: ({ context, event }) => event.type !== 'phone.hold' && heldPhone(context).getSnapshot().can(event),
						actions: enqueueActions(({ context, event, enqueue }) => {
							if (event.type !== 'phone.hold') enqueue.sendTo(heldPhone(context), event);
						}),
					},
				},
			},
		},
	});
}
