import type { ScreenKey, ScreenStrings } from '../i18n/screens';

/** The words of the simulated screens and the practice page: the part of the dictionary the simulator is given. */
export type SimKey = ScreenKey;
export type SimStrings = ScreenStrings;
