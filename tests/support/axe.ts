import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Axe as every browser test runs it. Legacy mode runs `axe.run` in the page itself; the
 * default runs each frame in parts and then finishes the run in a new blank page, which
 * took two to three times as long here (a chapter: 1.7 s against 5.2 s) and buys nothing
 * on a site with no frames from other origins. Only the violations are reported in full:
 * the passes' details are never read.
 */
export const axe = (page: Page) => new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });

/** Each violation as "rule: where", so that a failure names what to fix. */
export const violationsOf = (results: Awaited<ReturnType<AxeBuilder['analyze']>>) =>
	results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
