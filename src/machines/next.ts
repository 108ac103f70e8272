import { type Actor, type AnyStateMachine, type EventObject, transition } from 'xstate';
import { metaOf } from './meta';
import type { Action, Device, Session } from './runtime';
import { type HandsetsContext, handsetsMoveOn, isHandsets } from './today/handsets';

/**
 * The device the student's next press is on, read off the flow's own walk-through: at the
 * current step, the first scripted press that its device would take now and that would
 * move it on. A press already made is either no longer possible (its screen has moved on)
 * or would leave the device where it is (Messages opened again while open), so the first
 * press that would do something is the next. Off the walk-through (a wrong turn) the state's
 * `next` meta says where its way back is. Null when neither says (a request still on its
 * way): the page then keeps showing what it shows.
 *
 * Generic by construction: any flow with a script and meta steps gets it, with no
 * per-method code.
 */
export function nextDevice(session: Session): Device | null {
	const step = session.step();
	const entry = session.flow.script.find((e) => e.step === step);
	for (const action of entry?.actions ?? []) if (possible(session, action)) return action.device === 'clock' ? null : action.device;
	// Off the walk-through (a wrong turn): the state that knows the way back says where it is.
	return metaOf(session.pc.getSnapshot(), 'next') ?? metaOf(session.phone.getSnapshot(), 'next') ?? null;
}

function possible(session: Session, action: Action): boolean {
	if (action.device === 'clock') return false;
	const actor = action.device === 'pc' ? session.pc : session.phone;
	const source = action.event;
	if (typeof source !== 'function') return movesOn(actor, source);
	// What the student reads off the screens to make the event: a code read with otpauth comes
	// as a promise, and only its device is known now; the device is what is asked.
	const made = source(session);
	if (made instanceof Promise) {
		made.catch(() => {});
		return true;
	}
	return made !== null && movesOn(actor, made);
}

/** The device would take the event and leave the state it is in (computed, not sent: XState's pure transition). */
function movesOn(actor: Actor<AnyStateMachine>, event: EventObject): boolean {
	const snapshot = actor.getSnapshot();
	if (!snapshot.can(event)) return false;
	const [next] = transition(actor.logic, snapshot, event);
	if (JSON.stringify(next.value) !== JSON.stringify(snapshot.value)) return true;
	// Two handsets (the new phone's practice): the press moves the one in hand, or picks up the other.
	if (!isHandsets(actor.logic)) return false;
	const hands: HandsetsContext = snapshot.context;
	return handsetsMoveOn(hands, event);
}
