import type { StepId } from '../../step-ids';
import type { SimulatorConfig } from './config';

/*
 * The step in the page's address (?step=): what a helpdesk link or a reload opens, and what
 * the page writes as the student moves on. Written by replacing the history entry, never by
 * pushing one: Back leaves the practice rather than walking back through its steps (which
 * the service could not undo anyway); a reload or a copied address still lands on the step.
 */

export const firstStep = (config: SimulatorConfig): StepId | null => config.steps[0]?.id ?? null;

/** The step the address names, if it is one of this practice's. */
export function stepFromUrl(config: SimulatorConfig): StepId | null {
	const step = new URLSearchParams(location.search).get('step');
	return config.steps.find((s) => s.id === step)?.id ?? null;
}

/** The address names `step` (or, with none, keeps the step it names), without a #fragment. */
export function replaceStep(step: StepId | null) {
	const url = new URL(location.href);
	if (step) url.searchParams.set('step', step);
	url.hash = '';
	history.replaceState(null, '', url);
}

/**
 * A step reached: the address names it, unless it does already. `implied`: the page was opened
 * without ?step= at the first step, which says the same thing; its address is left alone then,
 * because rewriting it while the reader is already following a link (the sidebar, say) would
 * cancel that navigation.
 */
export function recordStep(step: StepId, implied: boolean) {
	const url = new URLSearchParams(location.search);
	if ((implied && !url.has('step')) || url.get('step') === step) return;
	replaceStep(step);
}
