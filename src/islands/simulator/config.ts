import type { Lang } from '../../steps';
import type { ScreenStrings } from '../../i18n/screens';
import type { SimulatedMethod } from '../../flows/runtime';

/** What the page hands the island, as JSON: everything is decided at build time. */
export interface SimulatorConfig {
	method: SimulatedMethod;
	lang: Lang;
	account: string;
	institution: string;
	rememberDays: number;
	/** The practice phone's number, as a student types it. */
	phoneNumber: string;
	qrSvg: string;
	strings: ScreenStrings;
	guide: Record<string, string>;
	steps: { id: string; number: number; phase: 'setup' | 'signin'; title: string; phaseTitle: string }[];
	chapterUrl: string;
	workerUrl: string;
	scope: string;
}

/** Where a practice session is saved for reloads (sessionStorage), one per method. */
export const storageKey = (c: Pick<SimulatorConfig, 'method'>) => `mfa-practice:${c.method}`;
