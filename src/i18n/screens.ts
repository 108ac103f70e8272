import { pick, SIMULATOR_PREFIXES, type SimulatorKey } from './index';
import { LANGS, type Lang } from './locales';

/*
 * Compatibility shim, no strings of its own: the simulator's strings are the keys
 * practice.*, pc.*, phone.*, error.* and alt.* of the dictionaries (src/i18n/ja.ts, en.ts).
 * Kept, with the names it always exported, for the modules that still import it
 * (src/screens/, src/islands/simulator/, src/components/StepScreens.astro); new code uses
 * src/i18n/index.ts (t, pick, SIMULATOR_PREFIXES) and src/i18n/format.ts (fill).
 */

export { fill } from './format';

export type ScreenKey = SimulatorKey;
export type ScreenStrings = Record<ScreenKey, string>;

const build = () => Object.fromEntries(LANGS.map((lang) => [lang, pick(lang, SIMULATOR_PREFIXES)])) as Record<Lang, ScreenStrings>;

/**
 * Each language's simulator strings, and only those: the practice page hands them all to
 * its script. Pure, so that a client script importing `fill` from here bundles no dictionary.
 */
export const SCREEN_STRINGS: Readonly<Record<Lang, ScreenStrings>> = /* @__PURE__ */ build();
