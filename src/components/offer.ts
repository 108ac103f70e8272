import { institution } from '../config/institution';
import type { Method } from '../config/schema';
import { type Conjunction, type Lang, listText } from '../i18n';

// Lists and counts in running text, for the pages that import them from here.
export { countText, listText } from '../i18n';

/**
 * What the institution offers, as the words and numbers the pages use. The overview, the
 * troubleshooting page and the practice links read these instead of saying "four methods"
 * or "use the app's code", so that a university offering fewer methods gets true text by
 * editing src/config/institution.ts alone. Every function takes the offer as an argument
 * (defaulting to the config) so the unit tests can try other offers.
 */

type Offer = readonly Method[];
const shipped: Offer = institution.methods;

/** The two methods that use Microsoft Authenticator. */
export const APP_METHODS = ['push', 'code'] as const satisfies readonly Method[];
/** The two methods that reach a phone number through the telephone network. */
export const PHONE_METHODS = ['sms', 'call'] as const satisfies readonly Method[];

/** The given methods that are offered, in the order given. */
export const offeredOf = (methods: readonly Method[], offer: Offer = shipped): Method[] => methods.filter((m) => offer.includes(m));

export const offersAny = (methods: readonly Method[], offer: Offer = shipped): boolean => methods.some((m) => offer.includes(m));

/** The first offered method of a preference list, e.g. the app chapter to link a shared step in. */
export const firstOffered = (preference: readonly Method[], offer: Offer = shipped): Method | undefined =>
	preference.find((m) => offer.includes(m));

/**
 * A method's number on the overview's cards and in its advice ("1 の SMS"). The manual numbers
 * its four methods 1–4; here they are numbered as offered, so the numbers always match the
 * cards a reader sees and never point at a card that is not there.
 */
export function numberOf(method: Method, offer: Offer = shipped): number {
	const index = offer.indexOf(method);
	if (index < 0) throw new Error(`${method} is not offered, so it has no number`);
	return index + 1;
}

/** Method numbers together: "3・4" / "3 and 4" (or "3 or 4"). */
export function numbersText(lang: Lang, methods: readonly Method[], conjunction: Conjunction = 'and', offer: Offer = shipped): string {
	return listText(
		lang,
		methods.map((m) => String(numberOf(m, offer))),
		conjunction,
		true,
	);
}

/**
 * Where each method's verification screen has the "don't ask again for N days" box. Not the
 * passkey's: no source shows the box on a passkey sign-in, so its chapter does not promise it.
 */
export const REMEMBER_STEP: Partial<Record<Method, string>> = {
	sms: 'signin-enter-code',
	call: 'signin-answer-call',
	push: 'signin-request-sent',
	code: 'signin-enter-code',
};

/** The methods whose code a reader types, and the step where they type it at each sign-in. */
export const TYPED_CODE_STEP: Partial<Record<Method, string>> = {
	sms: 'signin-enter-code',
	code: 'signin-enter-code',
};
