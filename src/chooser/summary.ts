import type { Method } from '../config/schema';
import { DEVICES, type Device, MICROSOFT_DEFAULT, type Note, type Policy, recommend } from './recommend';

/**
 * The chooser's advice for every situation at once (the page's summary: what a reader sees
 * without JavaScript, what prints, what a helpdesk points at). It comes from recommend(), the
 * function the interactive chooser uses, so the two cannot disagree: each line carries the
 * method and the warnings the interactive answer gives for the same answers.
 */

/** Notes that warn about a catch in the recommended method, as opposed to why it was picked. */
export const CAUTIONS = [
	'landlineAbroad',
	'roamingCost',
	'pushData',
	'notOfferedFallback',
	'passkeySoon',
	'smsVoiceEnds',
] as const satisfies readonly Note[];

export interface SummaryCase {
	abroad: boolean;
	/** The battery answer, where it changes the advice; undefined where it does not. */
	battery?: boolean;
	method: Method | null;
	cautions: Note[];
}

const cautionsOf = (notes: readonly Note[]) => notes.filter((n) => (CAUTIONS as readonly Note[]).includes(n));

export function summary(offered: readonly Method[], policy: Policy = MICROSOFT_DEFAULT): { device: Device; cases: SummaryCase[] }[] {
	return DEVICES.map((device) => ({
		device,
		cases: [false, true].flatMap((abroad): SummaryCase[] => {
			const calm = recommend({ device, abroad, battery: false }, offered, policy);
			const worried = recommend({ device, abroad, battery: true }, offered, policy);
			const same = calm.method === worried.method && cautionsOf(calm.notes).join() === cautionsOf(worried.notes).join();
			if (same) return [{ abroad, method: calm.method, cautions: cautionsOf(calm.notes) }];
			return [
				{ abroad, battery: false, method: calm.method, cautions: cautionsOf(calm.notes) },
				{ abroad, battery: true, method: worried.method, cautions: cautionsOf(worried.notes) },
			];
		}),
	}));
}
