import type { SimulatorKey } from '../../i18n';
import type { Lang } from '../../i18n/locales';
import type { Edition, Method, Phase, Task } from '../../methods';
import type { QrPicture, SimStrings } from '../../screens/model';
import type { StepId } from '../../step-ids';

/** What the page hands the island, as JSON: everything is decided at build time. */
export interface SimulatorConfig {
	/** The method practised, or the task whose scenarios the page plays (each step says its scenario). */
	method: Method | Task;
	/** Today's screens or the manual's (src/methods.ts). */
	edition: Edition;
	lang: Lang;
	account: string;
	institution: string;
	rememberDays: number | null;
	/** The practice phone's number, as a student types it. */
	phoneNumber: string;
	qr: QrPicture;
	strings: SimStrings;
	/** The keys of `strings` that are labels of today's screens no source confirms (src/i18n/unverified.ts). */
	unverified: SimulatorKey[];
	/** What to do at each step, in one line (the chapter has the full text). */
	guide: Partial<Record<StepId, string>>;
	/** `phaseTitle` heads the step in the guide: its phase, or a task's scenario (`scenario`) whose flow plays it. */
	steps: { id: StepId; number: number; phase?: Phase; title: string; phaseTitle: string; scenario?: string }[];
	chapterUrl: string;
	workerUrl: string;
	scope: string;
}

/** Where a practice session is saved for reloads (sessionStorage), one per method and edition. */
export const storageKey = (c: Pick<SimulatorConfig, 'method' | 'edition'>) => `mfa-practice:${c.edition}:${c.method}`;

/**
 * The first step of the flow `step` belongs to: the practice's, or, on a task's page of several
 * scenarios, its scenario's (where "start over" goes back to).
 */
export function startOf(config: Pick<SimulatorConfig, 'steps'>, step: StepId | null): StepId | null {
	const scenario = config.steps.find((s) => s.id === step)?.scenario;
	return (config.steps.find((s) => s.scenario === scenario) ?? config.steps[0])?.id ?? null;
}
