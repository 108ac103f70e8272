import type { Page } from '@playwright/test';

/**
 * One measured interaction for `npm run bench`. A file in bench/timings/ default-exports
 * one of these; the bench prints the median of the samples it returns.
 */
export interface Timing {
	/** What is measured, as the bench prints it, e.g. "practice/push: click → next screen painted". */
	name: string;
	/** Runs the interaction on a fresh page (site at baseUrl) and returns samples in ms. */
	run(page: Page, baseUrl: string): Promise<number[]>;
}
