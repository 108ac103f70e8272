// Build time only: the still pictures of each step, rendered from the same screens and
// the same recorded walk-through that the simulator uses.
import QRCode from 'qrcode';
import { institution } from '../config/institution';
import { createSession, qrOnPcScreen, recordSeeds, seededRandom, type Seed } from '../flows/session';
import { SCREEN_STRINGS } from '../i18n/screens';
import type { Lang } from '../steps';
import { describeScreens, renderScreens } from './render';

/** Methods whose steps the simulator can show and open. */
export const SIMULATED_METHODS = ['push'] as const;
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
let seeds: Promise<Record<string, Seed>> | undefined;
export function buildSeeds() {
	seeds ??= recordSeeds({
		account: institution.exampleAccount,
		rememberDays: institution.rememberDays,
		pollMs: 1,
		clock: () => FIXED_NOW,
		random: seededRandom(),
	});
	return seeds;
}

export async function illustrate(method: SimulatedMethod, step: string, lang: Lang) {
	const seed = (await buildSeeds())[step];
	if (!seed || method !== 'push') return null;
	// Restored, never started: a snapshot to draw, with no timers running.
	const session = createSession({
		account: institution.exampleAccount,
		rememberDays: institution.rememberDays,
		pollMs: 1,
		clock: () => FIXED_NOW,
		random: seededRandom(),
		seed,
	});
	const pc = session.pc.getSnapshot();
	const t = SCREEN_STRINGS[lang];
	const screens = renderScreens({
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
	});
	return { ...screens, alt: `${t['practice.figure']}: ${describeScreens(screens.pc, screens.phone, t)}` };
}
