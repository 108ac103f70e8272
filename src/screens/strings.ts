import type { SimulatorKey } from '../i18n';

/**
 * The words of the simulated screens and the practice page: the dictionary's keys under
 * practice., pc., phone., error. and alt. The page hands them to its script as JSON
 * (the type import brings no dictionary into a bundle).
 */
export type SimKey = SimulatorKey;
export type SimStrings = Readonly<Record<SimKey, string>>;
