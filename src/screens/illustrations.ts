// Build time only: the still pictures of each step, rendered from the same screens and
// the same recorded walk-through that the simulator uses.
import QRCode from 'qrcode';
import { PRACTICE_PHONE } from '../backend/model';
import { institution } from '../config/institution';
import { FLOWS } from '../flows/index';
import { createSession, qrOnPcScreen, recordSeeds, seededRandom, type Seed } from '../flows/runtime';
import { SCREEN_STRINGS } from '../i18n/screens';
import type { Lang } from '../steps';
import { describeScreens } from './describe';
import { renderScreens, type ScreenInput } from './render';
import { CODE_SCREENS } from './render-code';
import { PHONE_SCREENS } from './render-phone';

/** Methods whose steps the simulator can show and open: all four of the manual. */
export const SIMULATED_METHODS = ['sms', 'call', 'push', 'code'] as const;
export type SimulatedMethod = (typeof SIMULATED_METHODS)[number];
export const isSimulated = (m: string): m is SimulatedMethod => (SIMULATED_METHODS as readonly string[]).includes(m);

// A real QR code, but of a harmless practice text: a reader who scans the picture with
// a real app learns it is practice instead of linking anything.
const QR_TEXT = '練習用の QR コードです。実際のアカウントは登録されません。 / Practice QR code: nothing is registered.';
let qr: Promise<string> | undefined;
export function practiceQrSvg(): Promise<string> {
	qr ??= QRCode.toString(QR_TEXT, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then((svg) =>
		svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" '),
	);
	return qr;
}

const FIXED_NOW = Date.UTC(2026, 0, 5, 9, 0, 0);
const options = (method: SimulatedMethod) => ({
	account: institution.exampleAccount,
	rememberDays: institution.rememberDays,
	pollMs: 1,
	clock: () => FIXED_NOW,
	random: seededRandom(),
	flow: FLOWS[method],
});

const seeds: Partial<Record<SimulatedMethod, Promise<Record<string, Seed>>>> = {};
export function buildSeeds(method: SimulatedMethod = 'push') {
	return (seeds[method] ??= recordSeeds(options(method)));
}

export async function illustrate(method: SimulatedMethod, step: string, lang: Lang) {
	const seed = (await buildSeeds(method))[step];
	if (!seed) return null;
	// Restored, never started: a snapshot to draw, with no timers running.
	const session = createSession({ ...options(method), seed });
	const pc = session.pc.getSnapshot();
	const t = SCREEN_STRINGS[lang];
	const input: ScreenInput = {
		method,
		pc,
		phone: session.phone.getSnapshot(),
		t,
		mode: 'static',
		account: institution.exampleAccount,
		institution: institution.name[lang],
		rememberDays: institution.rememberDays,
		qrSvg: await practiceQrSvg(),
		code: { value: '123 456', secondsLeft: 18 },
		qrInView: qrOnPcScreen(pc) !== null,
		now: session.now(),
		phoneNumber: PRACTICE_PHONE.national,
		...(method === 'code' ? { more: CODE_SCREENS } : method === 'push' ? {} : { more: PHONE_SCREENS }),
	};
	return { ...renderScreens(input), alt: `${t['practice.figure']}: ${describeScreens(input, lang)}` };
}
