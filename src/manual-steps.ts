import { t } from './i18n';
import type { Lang } from './i18n/locales';
import type { Edition, MethodIn } from './methods';
import type { StepOf } from './step-ids';

/**
 * The printed manual (【Office 365 二要素認証の利用手順書】, December 2020) beside the manual's
 * edition of this guide, so that helpdesk staff who know the paper can find each step in it:
 * the manual's own step number (①–⑬) and the pages of its section. Typed by the step table
 * (src/steps.ts): a manual step without its number is a type error, and so is a number for a
 * step the table does not have.
 *
 * Read off the manual: its table of contents gives each section's pages ("2. 携帯／固定電話で
 * 着信 … P.2 ～ P.5", "3. … 承認処理 … P.6 ～ P.13", "4. … コードを入力 P.14 ～ P.20"); it
 * gives no page per step, so a step shows its section's range. Its steps are numbered afresh
 * in each part (A. 初回登録手順, B. 次回以降の認証手順), and in sections 3 and 4 part A goes
 * from ⑧ to ⑩ (there is no ⑨). Section 1 (SMS) has no steps in the manual: it sends readers
 * to the university's 二要素認証案内サイト, so this guide's SMS chapter is its own
 * (SmsGuide.astro says so) and has no manual number.
 */

/** "Don't ask again for 14 days": the manual's box, as printed, whatever the tenant does today. */
export const MANUAL_REMEMBER_DAYS = 14;

/** The methods the printed manual has steps for: all of the manual's edition but SMS. */
export type PrintedMethod = Exclude<MethodIn<'manual'>, 'sms'>;

/** The manual's numbers for the app chapters' shared steps 1–9 (both sections skip ⑨: ⑧ is followed by ⑩). */
const APP_SETUP = {
	'setup-sign-in': 1,
	'setup-more-info': 2,
	'setup-choose-app': 3,
	'setup-install-app': 4,
	'setup-app-first-launch': 5,
	'setup-scan-qr': 6,
	'setup-account-added': 7,
	'setup-check-code': 8,
	'setup-configure-next': 10,
} as const;

/** Each printed section: its pages and, for every step of the guide's manual table, the manual's number. */
export const MANUAL_SECTIONS: {
	[M in PrintedMethod]: { section: number; pages: readonly [number, number]; numbers: Record<StepOf<'manual', M> & string, number> };
} = {
	call: {
		section: 2,
		pages: [2, 5],
		numbers: {
			'setup-sign-in': 1,
			'setup-more-info': 2,
			'setup-phone-number': 3,
			'setup-answer-call': 4,
			'setup-done': 5,
			'signin-sign-in': 1,
			'signin-answer-call': 2,
			'signin-done': 3,
		},
	},
	push: {
		section: 3,
		pages: [6, 13],
		numbers: {
			...APP_SETUP,
			'setup-choose-notification': 11,
			'setup-approve': 12,
			'setup-backup-phone': 13,
			'signin-sign-in': 1,
			'signin-request-sent': 2,
			'signin-approve': 3,
			'signin-done': 4,
		},
	},
	code: {
		section: 4,
		pages: [14, 20],
		numbers: {
			...APP_SETUP,
			'setup-choose-code': 11,
			'setup-enter-code': 12,
			'setup-backup-phone': 13,
			'signin-sign-in': 1,
			'signin-enter-code': 2,
			'signin-done': 3,
		},
	},
};

/** A step's place in the printed manual, or null where the manual has none (SMS, and today's edition). */
export interface ManualPlace {
	/** The manual's step number within its part (A or B), 1–13. */
	number: number;
	/** As the manual prints it: ①–⑬. */
	circled: string;
	/** The section's first and last page. */
	pages: readonly [number, number];
}

const isPrinted = (method: string): method is PrintedMethod => Object.hasOwn(MANUAL_SECTIONS, method);

/** ① for 1 … ⑳ for 20 (Unicode's circled digits are one block, U+2460 onwards). */
export const circled = (n: number): string => {
	if (!Number.isInteger(n) || n < 1 || n > 20) throw new Error(`No circled digit for ${n}`);
	return String.fromCodePoint(0x2460 + n - 1);
};

export function manualPlace(method: string, id: string, edition: Edition = 'manual'): ManualPlace | null {
	if (edition !== 'manual' || !isPrinted(method)) return null;
	const section = MANUAL_SECTIONS[method];
	const numbers: Partial<Record<string, number>> = section.numbers;
	const number = numbers[id];
	if (number === undefined) return null;
	return { number, circled: circled(number), pages: section.pages };
}

/** The place as a reader sees it beside the guide's step number: 「手順書 ⑫（P.6～13）」, "Manual ⑫ (pp. 6–13)". */
export function manualPlaceText(lang: Lang, place: ManualPlace): string {
	const [first, last] = place.pages;
	return t(lang, 'step.manualPlace', { number: place.circled, first, last });
}
