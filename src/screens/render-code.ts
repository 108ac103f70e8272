import { MAX_FAILURES } from '../backend/model';
import { fill } from '../i18n/screens';
import { controls, esc, rememberBox, type MoreScreens, type ScreenInput } from './render';

/**
 * Typing a code on the PC, for the code and SMS methods: the code field, its errors
 * and the lock-out with its countdown. Written once like the rest (src/screens/render.ts),
 * fetched only by the pages that need it.
 */

export function form(input: ScreenInput, event: string, body: string) {
	return input.mode === 'live' ? `<form class="sim-form" data-actor="pc" data-event="${event}" novalidate>${body}</form>` : `<div class="sim-form">${body}</div>`;
}
export function submit(input: ScreenInput, label: string) {
	return input.mode === 'live' ? `<button type="submit" class="sim-btn sim-btn--primary">${esc(label)}</button>` : `<span class="sim-btn sim-btn--primary">${esc(label)}</span>`;
}

/** The title of a verification that could not start, for the error it failed with. */
export function challengeFailedTitle(input: Pick<ScreenInput, 't'>, code: string) {
	const t = input.t;
	return code === 'network' ? t['pc.failed.network.title'] : code === 'blocked' ? t['pc.blocked.title'] : t['pc.failed.challenge.title'];
}

/** The id of the PC's error, so that a field can name it as its description. */
export const PC_ERROR = 'sim-pc-error';

function codeScreens(input: ScreenInput, h: (text: string) => string, spinner: string): string | null {
	const { pc, t, method } = input;
	const ctx = pc.context;
	const { live, button, error } = controls(input);
	const m = (v: string) => pc.matches(v as never);
	const setup = ctx.phase === 'setup';
	const number = ctx.challenge?.to ?? input.phoneNumber;

	if (m('challengeFailed')) {
		// Say what actually went wrong: a blocked account or an unfinished registration is
		// not fixed by trying the connection again.
		const code = ctx.error ?? 'network';
		const body = code === 'network' ? `<p${live ? ' role="alert"' : ''}>${esc(t['pc.failed.network.body'])}</p>` : error(code);
		const change = setup && method !== 'code' ? button(t['pc.phone.change'], 'pc', 'pc.cancel') : '';
		return `${h(challengeFailedTitle(input, code))}${body}<div class="sim-actions">${change}${button(t['pc.retry.again'], 'pc', 'pc.retry', { primary: true })}</div>`;
	}

	if (m('startingChallenge') || m('enterCode') || m('verifying')) {
		if (method === 'call') return `${h(t['pc.sv.title'])}${spinner}`;
		const app = method === 'code';
		const lead = setup
			? `${h(t['pc.sv.title'])}<p><strong>${esc(fill(t[app ? 'pc.app.setupTitle' : 'pc.sms.setupTitle'], { number }))}</strong></p><p>${esc(t[app ? 'pc.app.setupBody' : 'pc.sms.setupBody'])}</p>`
			: `<p class="sim-account">${esc(input.account)}</p>${h(t['pc.code.signinTitle'])}<p>${esc(fill(t[app ? 'pc.app.signinBody' : 'pc.sms.signinBody'], { number }))}</p>`;
		const locked = ctx.lockedUntil !== null && input.now < ctx.lockedUntil;
		let problem = '';
		if (locked) {
			const left = Math.ceil((ctx.lockedUntil - input.now) / 1000);
			problem = `${error('locked', { max: MAX_FAILURES })}<p class="sim-countdown" data-countdown="${ctx.lockedUntil}">${live ? '' : esc(fill(t['pc.locked.countdown'], { s: left }))}</p>`;
			// After the lock: a plain line, not a live region. The island says "unlocked" once,
			// in its announcement region; a status here would say it a second time.
		} else if (ctx.error === 'locked') problem = `<p class="sim-ok">${esc(t['pc.locked.over'])}</p>`;
		else problem = error(ctx.error, { n: ctx.typed ?? 0, tries: ctx.tries ?? 0 }, PC_ERROR);
		const described = ctx.error && !locked && ctx.error !== 'locked' ? ` aria-invalid="true" aria-describedby="${PC_ERROR}"` : '';
		const codeField = live
			? `<label class="sim-field">${esc(t['pc.code.label'])}<input type="text" name="code" inputmode="numeric" autocomplete="one-time-code" spellcheck="false"${described}></label>`
			: `<span class="sim-field">${esc(t['pc.code.label'])}<span class="sim-input">&nbsp;</span></span>`;
		const resend = method === 'sms' ? button(t['pc.sms.resend'], 'pc', 'pc.resend') : '';
		const change = method === 'sms' && setup ? button(t['pc.phone.change'], 'pc', 'pc.cancel') : '';
		return `${lead}${form(
			input,
			'pc.verify',
			`${codeField}${problem}${spinner}${setup ? '' : rememberBox(input)}<div class="sim-actions">${change}${resend}${submit(input, t['pc.code.verify'])}</div>`,
		)}`;
	}

	return null;
}

export const CODE_SCREENS: MoreScreens = { pc: codeScreens };
