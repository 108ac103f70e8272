import type { AnyMachineSnapshot } from 'xstate';
import type { ErrorCode } from '../backend/errors';
import type { SimulatorKey } from '../i18n';
import { fill } from '../i18n/format';
import type { Lang } from '../i18n/locales';
import type { PcEvent, PcScreenId } from '../machines/pc';
import type { Flow, PhoneEvent } from '../machines/runtime';
import type { Method, Task } from '../methods';

/**
 * A simulated screen, described once as data: what it says, what can be filled in or
 * chosen, and what can be pressed (with the very event a press sends). One renderer
 * (./render.ts) turns a description into the chapter's still picture at build time and
 * into the live screen in the simulator; ./describe.ts turns it into the picture's text
 * alternative. Screens hold words, never markup: escaping is the renderer's, by
 * construction.
 */
export interface Screen<E> {
	/** Which screen this is: a new id is a new page (its title takes focus), the same id is the same page repainted. */
	id: string;
	blocks: Block<E>[];
	/** Phone only: a notification or text that arrived, over whatever is on screen. */
	banner?: Button<E> & { alt: string };
	/** Phone only: the home button at the bottom, where there is one. */
	nav?: Button<E>;
	/** Words the text alternative starts with, for what no block says (the home screen is the home screen). */
	alt?: string;
	/** Something worth saying aloud once, politely (a call, a text, the end of a lock-out): a key and its words. */
	announce?: { key: string; text: string } | null;
	/** It shows a label no source confirms (set by ./view.ts from the keys it read): its bar says the real one may differ. */
	mayDiffer?: boolean;
}

export interface Button<E> {
	label: string;
	/** The event a press sends; "submit" sends the form it is in. */
	press: E | 'submit';
	primary?: boolean;
}

/** What a block's words become in the text alternative: its own phrase, or nothing (null). */
type Alt = { alt?: string | null };

export type Block<E> =
	| ({ kind: 'title'; text: string } & Alt)
	| ({ kind: 'text'; text: string; tone?: Tone; alert?: boolean; id?: string } & Alt)
	| ({ kind: 'error'; text: string; id?: string } & Alt)
	| ({ kind: 'busy' } & Alt)
	| ({ kind: 'list'; items: string[] } & Alt)
	| ({ kind: 'facts'; items: [term: string, value: string][] } & Alt)
	| ({ kind: 'picture'; label: string; qr: QrPicture | null; frame: 'qr' | 'viewfinder'; empty?: string } & Alt)
	| ({ kind: 'field'; label: string; name: string; type: 'text' | 'tel' | 'password'; value?: string; shown?: string; hint?: Hint } & Alt)
	| ({ kind: 'select'; label: string; name: string; options: Option[]; selected: string; disabled?: boolean } & Alt)
	| ({ kind: 'choices'; legend: string; name: string; options: Option[]; chosen: string | null; disabled?: boolean } & Alt)
	| ({ kind: 'check'; label: string; checked: boolean; toggle: (checked: boolean) => E } & Alt)
	| ({ kind: 'actions'; buttons: Button<E>[]; layout?: 'column' | 'call' | 'cue' } & Alt)
	| ({ kind: 'icons'; buttons: Button<E>[] } & Alt)
	| ({ kind: 'accounts'; buttons: Button<E>[] } & Alt)
	| ({ kind: 'messages'; items: { from: string; text: string }[] } & Alt)
	| ({ kind: 'keypad'; label: string; keys: Button<E>[] } & Alt)
	| ({ kind: 'form'; blocks: Block<E>[]; submit: (fields: FormFields) => E } & Alt);

export type Tone =
	| 'plain'
	| 'note'
	| 'ok'
	| 'warn'
	| 'account'
	| 'strong'
	| 'voice'
	| 'caller'
	| 'typed'
	| 'code'
	| 'countdown'
	| 'number'
	| 'match';

export interface Option {
	value: string;
	label: string;
}

/** How a field is typed on a phone's keyboard, and what it is filled with. */
export type Hint = { inputMode?: 'numeric' | 'tel'; autoComplete?: string; describedBy?: string; invalid?: boolean; readOnly?: boolean };

/** A submitted form's fields by name. */
export interface FormFields {
	get(name: string): string;
}

/** A QR code to draw: its modules as one SVG path, so that it is drawn as elements too, not pasted markup. */
export interface QrPicture {
	size: number;
	path: string;
}

/**
 * The simulator's words: the dictionary's keys under practice., pc., phone., error. and alt.,
 * which the practice page hands to its script as JSON (a type import bundles no dictionary).
 */
export type SimStrings = Readonly<Record<SimulatorKey, string>>;

/** What the screens are drawn from, besides the machines: the page's words and settings. */
export interface ScreenEnv {
	/** The method practised, or the task (after enrolment) whose scenario is played. */
	method: Method | Task;
	lang: Lang;
	t: SimStrings;
	/** Live: the simulator (real controls); still: a chapter's picture (nothing to press, nothing focusable). */
	live: boolean;
	account: string;
	institution: string;
	/** "Don't ask again for N days" where the institution turns it on; null: not offered. */
	rememberDays: number | null;
	/** The practice phone's number, as a student types it. */
	phoneNumber: string;
	qr: QrPicture | null;
	/** The world's time, for the app's code and the lock-out's countdown. */
	now: number;
	/** The code the phone's app shows now, with the seconds it has left (null until src/totp has loaded). */
	code: { value: string; secondsLeft: number } | null;
	/** The keys of `t` that are labels no source confirms (src/i18n/unverified.ts): a screen showing one says it may differ. */
	unverified: ReadonlySet<string>;
}

/** Both devices as the screens read them (each screen types the context it reads), and the page's settings. */
export interface View {
	pc: AnyMachineSnapshot;
	phone: AnyMachineSnapshot;
	env: ScreenEnv;
}

export type PcScreen = Screen<PcEvent>;
export type PhoneScreen = Screen<PhoneEvent>;

/** A method's practice with its screens: what a page, a picture or a test draws. */
export type PracticeFlow = Flow<FlowScreens>;

/** A flow's screens, by the ids its machines' states name in their meta. */
export interface FlowScreens {
	pc: Partial<Record<PcScreenId, (view: View) => PcScreen>>;
	phone: Record<string, (view: View) => PhoneScreen>;
}

/** An error's words, in the wording this method's screens use. */
export function errorText(env: ScreenEnv, code: ErrorCode, values: Record<string, string | number> = {}) {
	const key: SimulatorKey = METHOD_ERRORS[env.method]?.[code] ?? `error.${code}`;
	return fill(env.t[key], values);
}

/** Where a method words an error its own way. */
const METHOD_ERRORS: Partial<Record<Method | Task, Partial<Record<ErrorCode, SimulatorKey>>>> = {
	sms: { expired: 'error.sms.expired', reused: 'error.sms.reused' },
};
