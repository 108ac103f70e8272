import { t, type Key } from './index';
import type { Lang } from './locales';

/*
 * Compatibility shim, no strings of its own: for src/islands/simulator/Simulator.astro,
 * which imports these three names from here. New code uses t(), phaseKey() and langOf()
 * from src/i18n/index.ts.
 */

export { phaseKey } from './index';
export { langOf } from './locales';

/** The text of a key: t() without values. */
export const ui = (lang: Lang, key: Key): string => t(lang, key);
