import type { ErrorCode } from '../backend/errors';
import { fill } from '../i18n/format';
import { type Block, type Button, errorText, type ScreenEnv, type Tone } from './model';

/**
 * Small builders for the screens' descriptions, so that a screen reads as a list of what
 * it shows. Made for one device's events (`kit<PcEvent>()`), so that a button can only
 * send what that device understands.
 */
export function kit<E>() {
	type B = Block<E>;
	return {
		title: (text: string, alt?: string | null): B => ({ kind: 'title', text, ...(alt === undefined ? {} : { alt }) }),
		text: (words: string, tone: Tone = 'plain', more: { alert?: boolean; id?: string; alt?: string | null } = {}): B => ({
			kind: 'text',
			text: words,
			tone,
			...more,
		}),
		button: (label: string, press: E | 'submit', primary = false): Button<E> => ({ label, press, primary }),
		actions: (buttons: (Button<E> | null | false)[], more: { layout?: 'column' | 'call' | 'cue'; alt?: string | null } = {}): B => ({
			kind: 'actions',
			buttons: buttons.filter((b): b is Button<E> => Boolean(b)),
			...more,
		}),
		/** The screen's spinner, while its device waits for the service. */
		busy: (waiting: boolean): B[] => (waiting ? [{ kind: 'busy' }] : []),
		/** An error in words; `id` lets a field name it as its description. */
		error: (env: ScreenEnv, code: ErrorCode | null, values: Record<string, string | number> = {}, id?: string): B[] =>
			code ? [{ kind: 'error', text: errorText(env, code, values), ...(id ? { id } : {}) }] : [],
		/** "Don't ask again for N days", on the screens where a sign-in waits, where the institution turns it on. */
		remember: (env: ScreenEnv, checked: boolean, toggle: (checked: boolean) => E): B[] =>
			env.rememberDays === null
				? []
				: [{ kind: 'check', label: fill(env.t['pc.wait.remember'], { days: env.rememberDays }), checked, toggle }],
	};
}

/** The id of the PC's error, so that a field can name it as its description. */
export const PC_ERROR = 'sim-pc-error';
