import { type InstitutionConfig, METHODS, type Method } from '../config/schema';
import { type Answers, answersKey, type Device } from './key';

/**
 * The method chooser's logic, kept free of DOM and strings so that every combination of
 * answers can be checked in a unit test and the page can print the advice for every case at
 * build time (what a reader sees without JavaScript).
 *
 * The manual's advice (December 2020):
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
 * And what changed since (facts §8.7, §10; Microsoft Learn, concept-sms-voice-retirement):
 * Microsoft stops sending SMS and voice codes on 1 February 2027, and then blocks a user
 * whose only method is SMS or a call until they register a passkey. So the manual's "SMS
 * first" holds only where the institution keeps SMS and voice through a telecom provider of
 * its own (`smsVoiceViaCarrier` in the institution config). Where it does not (the default),
 * a student with a smartphone at home is advised a passkey first, then the app, and SMS last
 * but a call, the manual's 2020 advice said as such (`smsEnding`); the battery then changes
 * nothing, since every method that spares it is the one going away. A passkey lives in
 * Microsoft Authenticator and needs a smartphone; abroad the app's code still comes first
 * (it works offline), as the manual says. Whoever is told SMS or a call with a smartphone
 * also reads that a passkey will be asked of them (`passkeySoon`); anyone else told SMS or a
 * call where the institution does not keep them reads that they stop (`smsVoiceEnds`).
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
	'smsEnding',
	'smsVoiceEnds',
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

/** What the advice depends on besides the offer: whether SMS and calls outlive 1 February 2027 (institution config). */
export type Policy = Pick<InstitutionConfig, 'smsVoiceViaCarrier'>;

/** Microsoft's own plan: no SMS or voice codes after 1 February 2027 unless the institution keeps them. */
export const MICROSOFT_DEFAULT: Policy = { smsVoiceViaCarrier: false };

/** The order of preference for each situation, before the institution's offer is applied. */
function preference({ device, abroad, battery }: Answers, { smsVoiceViaCarrier }: Policy): Method[] {
	if (device === 'smartphone') {
		if (abroad) return ['code', 'push', 'passkey', 'sms', 'call'];
		// SMS and calls are going: what stays is a passkey (Microsoft's default), then the app.
		if (!smsVoiceViaCarrier) return ['passkey', 'push', 'code', 'sms', 'call'];
		// Kept through the institution's carrier, the manual's advice holds. Without the battery
		// worry the passkey and the app are the next best after SMS; with it, a call is, because a
		// call needs no resident app.
		return battery ? ['sms', 'call', 'code', 'push', 'passkey'] : ['sms', 'passkey', 'push', 'code', 'call'];
	}
	return [...WORKS_WITH[device]];
}

/**
 * Recommends one of the offered methods. `offered` is the institution's list
 * (institution.methods); a method it does not list is never recommended. `policy` is the
 * institution's too (institution.smsVoiceViaCarrier); left out, Microsoft's default.
 */
export function recommend(answers: Answers, offered: readonly Method[], policy: Policy = MICROSOFT_DEFAULT): Recommendation {
	// Nothing reaches a landline in Japan from abroad, whatever is offered: see the helpdesk.
	if (answers.device === 'landline' && answers.abroad) return { method: null, alternatives: [], notes: ['landlineAbroad'] };
	const ranked = preference(answers, policy).filter((m) => WORKS_WITH[answers.device].includes(m));
	const available = ranked.filter((m) => offered.includes(m));
	const [method = null, ...alternatives] = available;
	const notes: Note[] = [];

	if (method === null) return { method, alternatives: [], notes: ['noneOffered'] };
	if (method !== ranked[0]) notes.push('notOfferedFallback');

	if (method === 'sms' && !answers.abroad) notes.push('usual');
	// The manual put SMS first; say why it is not, where it is offered but ranked below.
	if (!policy.smsVoiceViaCarrier && answers.device === 'smartphone' && !answers.abroad && offered.includes('sms') && method !== 'sms')
		notes.push('smsEnding');
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
	// Anyone else told SMS or a call where the institution does not keep them: they stop on 1 February 2027.
	else if ((method === 'sms' || method === 'call') && !policy.smsVoiceViaCarrier) notes.push('smsVoiceEnds');
	// The reader said the battery worries them: say why this choice spares it.
	if (answers.device === 'smartphone' && answers.battery && (method === 'sms' || method === 'call')) notes.push('noApp');
	return { method, alternatives, notes };
}

/** Every possible set of answers, for the build-time table and for tests. */
export function allAnswers(): Answers[] {
	return DEVICES.flatMap((device) => [false, true].flatMap((abroad) => [false, true].map((battery) => ({ device, abroad, battery }))));
}
