import type { StepId } from '../../step-ids';
import { firstStep, recordStep } from './address';
import type { SimulatorConfig } from './config';

/**
 * The step the practice is at, as the page around the screens shows it: the guide's title and
 * words, the chapter's link, ?step= in the address, and the stage in place. Each row of the
 * guide is already as tall as its longest step (Simulator.astro), so a new step moves nothing.
 */
export function guide(root: HTMLElement, config: SimulatorConfig) {
	let lastStep: StepId | '' = '';

	const show = (stepId: StepId) => {
		const step = config.steps.find((s) => s.id === stepId);
		const box = root.querySelector<HTMLElement>('[data-guide]');
		if (!step || !box) return;
		const set = (selector: string, apply: (el: HTMLElement) => void) => {
			const el = box.querySelector<HTMLElement>(selector);
			if (el) apply(el);
		};
		set(
			'[data-guide-title]',
			(el) => (el.textContent = `${step.phaseTitle} ${config.strings['practice.stepOf']} ${step.number}: ${step.title}`),
		);
		set('[data-guide-text]', (el) => (el.textContent = config.guide[stepId] ?? ''));
		root.querySelector<HTMLElement>('[data-guide-link]')?.setAttribute('href', `${config.chapterUrl}#${stepId}`);
		set('[data-guide-hint]', (el) => (el.hidden = stepId !== 'setup-check-code'));
	};

	/**
	 * The stage (simulator.css) brought right under the header, unless it is there already: it is
	 * one screen tall, so the step's words and every control are then in view. Instant, never
	 * smooth: nothing moves for readers who asked for less motion, and nobody waits for it.
	 */
	const align = () => {
		const top = Number.parseFloat(getComputedStyle(root).scrollMarginTop) || 0;
		const offset = root.getBoundingClientRect().top - top;
		if (Math.abs(offset) >= 1) window.scrollBy({ top: offset, behavior: 'instant' });
	};

	return {
		align,
		/** A new session: its first step is news, whatever the last one showed. */
		reset() {
			lastStep = '';
		},
		/** A step reached (`initial`: as the session's first paint shows it): the guide says what to do there, and the address names it. */
		record(step: StepId, initial = false) {
			root.dataset['step'] = step;
			if (step === lastStep) return;
			show(step);
			recordStep(step, initial && step === firstStep(config));
			const moved = lastStep !== '' && !initial;
			lastStep = step;
			// A new step: the practice takes the screen (once there, it stays: nothing in it changes size).
			if (moved) align();
		},
		/** The practice is over: the guide says so. */
		done(done: boolean) {
			root.dataset['done'] = String(done);
			const line = root.querySelector<HTMLElement>('[data-guide-done]');
			if (line) line.hidden = !done;
		},
	};
}
