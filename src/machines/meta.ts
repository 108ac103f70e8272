import type { Phase } from '../methods';
import type { StepId } from '../step-ids';

/**
 * What a state means, written on the state itself as XState `meta`: the step of the
 * chapter it belongs to and the screen its device shows. Everything else (the current
 * step, the screens to draw, their text alternative, the address's ?step=) is derived
 * from the machines' snapshots with `getMeta()`.
 */

/** One step, or a list: the state's own step first, then the steps the phone may lead to meanwhile. */
export type Steps = StepId | readonly [StepId, ...StepId[]];

export interface StateMeta<Screen extends string = string> {
	/** The step this state is part of; per phase where registration and sign-in share the state. */
	step?: Steps | { readonly setup: Steps; readonly signin: Steps };
	/** The screen this device shows in this state: a key of the flow's screens. */
	screen?: Screen;
	/**
	 * Steps that a press here completes on its way: the manual's ⑩ is the PC's 次へ pressed
	 * while the app shows its code (⑧), so that press passes through ⑩ (the address and the
	 * back button then follow the manual's numbers).
	 */
	through?: { readonly [event: string]: StepId };
	/**
	 * A wrong turn's way back, where the walk-through has no press to offer: the device whose
	 * button goes on from here (a failed request is sent again from the PC). On a phone the
	 * page shows that device, so a student never has to find the switch to recover.
	 */
	next?: 'pc' | 'phone';
}

/** What the derivations read of a snapshot: XState's `getMeta()`, and the PC's phase. */
export interface MetaSource {
	getMeta(): Record<string, StateMeta | undefined>;
}

/** The deepest active state that says `key`: a child state refines what its parent says. */
export function metaOf<K extends keyof StateMeta>(snapshot: MetaSource, key: K): StateMeta[K] | undefined {
	let found: StateMeta[K] | undefined;
	let depth = -1;
	for (const [id, meta] of Object.entries(snapshot.getMeta())) {
		const value = meta?.[key];
		const d = id.split('.').length;
		if (value !== undefined && d > depth) {
			found = value;
			depth = d;
		}
	}
	return found;
}

/** The step of the chapter the two devices show together. */
export function currentStep(pc: MetaSource & { context: { phase: Phase } }, phone: MetaSource): StepId {
	const rule = metaOf(pc, 'step');
	if (rule === undefined) throw new Error(`A PC state without a step: ${Object.keys(pc.getMeta()).join(', ') || '(no meta)'}`);
	const steps = typeof rule === 'object' && 'setup' in rule ? rule[pc.context.phase] : rule;
	if (typeof steps === 'string') return steps;
	// The PC waits while the phone leads (installing, scanning, approving): the phone's screen says which step.
	const shown = metaOf(phone, 'step');
	return typeof shown === 'string' && steps.includes(shown) ? shown : steps[0];
}

/** The screen a device shows: its deepest active state's. */
export function currentScreen(snapshot: MetaSource): string {
	const screen = metaOf(snapshot, 'screen');
	if (screen === undefined) throw new Error(`A state without a screen: ${Object.keys(snapshot.getMeta()).join(', ') || '(no meta)'}`);
	return screen;
}
