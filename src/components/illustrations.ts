// Build time only: the still pictures of each step, drawn by the same renderer from the
// same screen descriptions and the same recorded walk-through that the simulator uses.

import { Fragment, h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import QRCode from 'qrcode';
import { PRACTICE_PHONE } from '../backend/model';
import { institution } from '../config/institution';
import { loadFlow, loadScenario } from '../flows/registry';
import { pick, SIMULATOR_PREFIXES } from '../i18n';
import type { Lang } from '../i18n/locales';
import { unverifiedKeys } from '../i18n/unverified';
import { createSession, recordSeeds, type ScriptEntry, type Seeds, seededRandom } from '../machines/runtime';
import { MANUAL_REMEMBER_DAYS } from '../manual-steps';
import { type Edition, isMethod, type Method, type Task } from '../methods';
import { describeScreens } from '../screens/describe';
import type { PracticeFlow, QrPicture, ScreenEnv, SimStrings } from '../screens/model';
import { deviceElements } from '../screens/render';
import { screensOf } from '../screens/view';
import type { StepId } from '../step-ids';

// A real QR code, but of a harmless practice text: a reader who scans the picture with
// a real app learns it is practice instead of linking anything.
const QR_TEXT = '練習用の QR コードです。実際のアカウントは登録されません。 / Practice QR code: nothing is registered.';

/** The practice QR code as one SVG path of its dark modules, row by row (what qrcode's SVG output draws). */
export function practiceQr(text = QR_TEXT): QrPicture {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	let path = '';
	for (let row = 0; row < modules.size; row++) {
		let run = 0;
		for (let col = 0; col <= modules.size; col++) {
			const dark = col < modules.size && modules.get(row, col) === 1;
			if (dark) run++;
			else if (run) {
				path += `M${col - run + 1} ${row + 1.5}h${run}`;
				run = 0;
			}
		}
	}
	return { size: modules.size, path };
}

/**
 * "Don't ask again for N days" in an edition: the manual's screens had the box, for 14 days
 * as printed, whatever the tenant offers today (the manual's edition reads as printed); today's
 * screens show it only where the institution does, for its days.
 */
export const rememberDaysIn = (edition: Edition): number | null => (edition === 'manual' ? MANUAL_REMEMBER_DAYS : institution.rememberDays);

const FIXED_NOW = Date.UTC(2026, 0, 5, 9, 0, 0);
/** The world every picture is drawn in (a fixed clock and draw); tests/unit/instructions.test.ts walks the same one. */
export const pictureOptions = (flow: PracticeFlow, edition: Edition) => ({
	account: institution.exampleAccount,
	rememberDays: rememberDaysIn(edition),
	pollMs: 1,
	clock: () => FIXED_NOW,
	random: seededRandom(),
	flow,
});

/**
 * Steps whose picture is drawn after the first N of their own presses, per method, in both
 * editions; every other picture is the world as its step begins. Registration's approval
 * begins as the notification's banner arrives, but what the step teaches is the sheet that
 * opening it shows: today's, where the PC's number is typed; the manual's, with 「承認」.
 */
const DRAWN_AFTER: { [M in Method | Task]?: { [S in StepId]?: number } } = {
	push: { 'setup-approve': 1 },
	// The passkey's sign-in on a PC begins with the password, but what it teaches is Windows' dialog that follows.
	passkey: { 'signin-sign-in': 1 },
};

/** The walk-through as the pictures record it: a step drawn later is split after its first presses. */
function pictureScript(method: Method | Task, flow: PracticeFlow): ScriptEntry[] {
	return flow.script.flatMap((entry) => {
		const presses = DRAWN_AFTER[method]?.[entry.step];
		if (!presses) return [entry];
		// The same step twice: the recording keeps the world as the second part begins.
		return [
			{ ...entry, actions: entry.actions.slice(0, presses) },
			{ step: entry.step, actions: entry.actions.slice(presses) },
		];
	});
}

const recordings = new Map<string, Promise<{ flow: PracticeFlow; seeds: Seeds }>>();
/** Each method's walk-through in each edition (a task's per scenario), recorded once per build and shared by all its pictures. */
function recorded(method: Method | Task, edition: Edition, scenario = '') {
	const key = `${edition}/${method}/${scenario}`;
	const record = async (flow: PracticeFlow) => ({
		flow,
		seeds: await recordSeeds(pictureOptions(flow, edition), pictureScript(method, flow)),
	});
	const load = () => (isMethod(method) ? loadFlow(method, edition) : loadScenario(method, scenario));
	const recording = recordings.get(key) ?? load().then(record);
	recordings.set(key, recording);
	return recording;
}

/** The simulator's words in a language: what its screens and its page say (build time; the page hands them to its script). */
export const simStrings = (lang: Lang): SimStrings => pick(lang, SIMULATOR_PREFIXES);

/** The settings every picture of a page is drawn with. */
export function pictureEnv(method: Method | Task, lang: Lang, now: number, edition: Edition, live: boolean): ScreenEnv {
	return {
		method,
		lang,
		t: simStrings(lang),
		live,
		account: institution.exampleAccount,
		institution: institution.name[lang],
		rememberDays: rememberDaysIn(edition),
		phoneNumber: PRACTICE_PHONE.national,
		qr: practiceQr(),
		now,
		code: { value: '123 456', secondsLeft: 18 },
		unverified: new Set(unverifiedKeys(lang, edition)),
	};
}

/**
 * A step's still picture: both devices' screens as HTML, and what they show in words.
 * `live` draws the screens as the practice page's script does (buttons, fields), for the
 * practice's first screens: they can be pressed and typed in before the script has loaded
 * its engine, and the engine's first paint takes over these elements instead of replacing them.
 */
export async function illustrate(method: Method | Task, step: StepId, lang: Lang, edition: Edition, live = false, scenario?: string) {
	const { flow, seeds: all } = await recorded(method, edition, scenario);
	const seed = all[step];
	if (!seed) return null;
	// Restored, never started: a snapshot to draw, with no timers running.
	const session = createSession({ ...pictureOptions(flow, edition), seed });
	const env = pictureEnv(method, lang, session.now(), edition, live);
	const screens = screensOf(flow, session.pc.getSnapshot(), session.phone.getSnapshot(), env);
	// A press needs somewhere to go for the renderer to draw buttons; in HTML it goes nowhere.
	const send = live ? () => {} : undefined;
	return {
		pc: renderToString(h(Fragment, null, deviceElements('pc', screens.pc, env, send))),
		phone: renderToString(h(Fragment, null, deviceElements('phone', screens.phone, env, send))),
		alt: [
			`${env.t['practice.figure']}: ${describeScreens(env, screens)}`,
			...(screens.pc.mayDiffer || screens.phone.mayDiffer ? [env.t['practice.mayDifferAlt']] : []),
		].join(' '),
	};
}
