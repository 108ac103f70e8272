import { METHODS, type Method } from '../config/schema';
import { type Answers, answersKey, type Device } from './key';

/**
 * The method chooser's logic, kept free of DOM and strings so that every combination of
 * answers can be checked in a unit test and the page can print the advice for every case at
 * build time (what a reader sees without JavaScript).
 *
 * It follows the manual's advice and nothing more:
 * - "通常は 1 の SMS をおすすめ": SMS is the everyday choice.
 * - A call needs you to answer a voice call, awkward in class or in a library.
 * - The app (approval or code) stays resident and uses battery.
 * - While roaming abroad, SMS and calls can cost money: use the app abroad. Of the two app
 *   methods the code one is put first abroad because its code is made on the phone and works
 *   with no signal (the code chapter says so); approval needs the phone to be online, and
 *   mobile data costs money while roaming too.
 * - A landline in Japan cannot be answered from abroad, so for a reader who has only a
 *   landline and is often abroad no method works: the chooser sends them to the helpdesk
 *   (as its own note says) rather than recommending a call they cannot take.
 *
 * And what changed since (facts §8.7, §10; the manual of 2020 has no passkeys): a passkey in
 * Microsoft Authenticator needs a smartphone. It comes right after SMS for a smartphone at
 * home (SMS and call users are asked to create one since 1 September 2026, and from
 * 1 February 2027 someone with only SMS or a call must); with the app methods where the
 * battery or roaming decide (it lives in the same resident app, and signing in on a PC
 * needs both devices online). Whoever is told SMS or a call with a smartphone also reads
 * that a passkey will be asked of them (`passkeySoon`).
 */

export { type Answers, answersKey, type Device };

/** What phone the reader can use to verify. */
export const DEVICES = ['smartphone', 'mobile', 'landline'] as const satisfies readonly Device[];

/**
 * Why the recommendation is what it is, or what to watch out for; each is a sentence in the
 * dictionaries (note.<name> in src/i18n/ja.ts, en.ts).
 */
export const NOTES = [
	'usual',
	'abroadApp',
	'offline',
	'battery',
	'roamingCost',
	'pushData',
	'landlineAbroad',
	'callAwkward',
	'noApp',
	'notOfferedFallback',
	'noneOffered',
	'passkey',
	'passkeySoon',
] as const;
export type Note = (typeof NOTES)[number];

export interface Recommendation {
	/**
	 * The method to use, or null when none does: none of the offered methods works with this
	 * phone (note `noneOffered`), or a landline while abroad (note `landlineAbroad`).
	 */
	method: Method | null;
	/** Other offered methods that also work, best first. */
	alternatives: Method[];
	notes: Note[];
}

/** Methods that work at all with each kind of phone. */
const WORKS_WITH: Record<Device, readonly Method[]> = {
	smartphone: METHODS,
	// A phone that is not a smartphone can take SMS and calls but cannot run the app (nor keep its passkey).
	mobile: ['sms', 'call'],
	// A landline can only be called.
	landline: ['call'],
};

/** The manual's order of preference for each situation, before the institution's offer is applied. */
function preference({ device, abroad, battery }: Answers): Method[] {
	if (device === 'smartphone') {
		if (abroad) return ['code', 'push', 'passkey', 'sms', 'call'];
		// Without the battery worry the passkey and the app are the next best after SMS; with it,
		// a call is, because a call needs no resident app.
		return battery ? ['sms', 'call', 'code', 'push', 'passkey'] : ['sms', 'passkey', 'push', 'code', 'call'];
	}
	return [...WORKS_WITH[device]];
}

/**
 * Recommends one of the offered methods. `offered` is the institution's list
 * (institution.methods); a method it does not list is never recommended.
 */
export function recommend(answers: Answers, offered: readonly Method[]): Recommendation {
	// Nothing reaches a landline in Japan from abroad, whatever is offered: see the helpdesk.
	if (answers.device === 'landline' && answers.abroad) return { method: null, alternatives: [], notes: ['landlineAbroad'] };
	const ranked = preference(answers).filter((m) => WORKS_WITH[answers.device].includes(m));
	const available = ranked.filter((m) => offered.includes(m));
	const [method = null, ...alternatives] = available;
	const notes: Note[] = [];

	if (method === null) return { method, alternatives: [], notes: ['noneOffered'] };
	if (method !== ranked[0]) notes.push('notOfferedFallback');

	if (method === 'sms' && !answers.abroad) notes.push('usual');
	if (method === 'code' || method === 'push') {
		if (answers.abroad) notes.push('abroadApp');
		if (method === 'code' && answers.abroad) notes.push('offline');
		if (method === 'push' && answers.abroad) notes.push('pushData');
		notes.push('battery');
	}
	if ((method === 'sms' || method === 'call') && answers.abroad) notes.push('roamingCost');
	if (method === 'passkey') notes.push('passkey', 'battery');
	if (method === 'call') notes.push('callAwkward');
	// SMS or a call on a smartphone: the passkey's prompt comes, and from February 2027 it must be answered.
	if (answers.device === 'smartphone' && (method === 'sms' || method === 'call') && offered.includes('passkey')) notes.push('passkeySoon');
	// The reader said the battery worries them: say why this choice spares it.
	if (answers.device === 'smartphone' && answers.battery && (method === 'sms' || method === 'call')) notes.push('noApp');
	return { method, alternatives, notes };
}

/** Every possible set of answers, for the build-time table and for tests. */
export function allAnswers(): Answers[] {
	return DEVICES.flatMap((device) => [false, true].flatMap((abroad) => [false, true].map((battery) => ({ device, abroad, battery }))));
}
