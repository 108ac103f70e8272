import type { ScreenStrings } from '../i18n/screens';
import { fill } from '../i18n/screens';

/**
 * The simulated screens, written once. The chapters render them at build time as
 * still pictures (mode "static": no controls, nothing focusable); the simulator renders
 * the same markup live (mode "live": real buttons that carry the event they send).
 * Plain strings, no framework: the same function runs in Astro at build time and in the
 * island in the browser.
 */

export interface StateLike<C> {
	matches(value: never): boolean;
	hasTag?(tag: string): boolean;
	context: C;
}

export interface ScreenInput {
	method: 'push' | 'code' | 'sms' | 'call';
	pc: StateLike<any>;
	phone: StateLike<any>;
	t: ScreenStrings;
	mode: 'live' | 'static';
	account: string;
	institution: string;
	rememberDays: number;
	/** The PC's QR code, made at build time (it is a picture on a simulated screen). */
	qrSvg: string;
	/** The code the phone's app shows now, with the seconds it has left. */
	code: { value: string; secondsLeft: number } | null;
	/** Whether the phone's camera has the PC's QR code in view. */
	qrInView: boolean;
	/** The world's time, for the lock-out: locked or not. The seconds left tick in the island. */
	now: number;
	/** The practice phone's number, as a student types it. */
	phoneNumber: string;
	/** The screens of the code, SMS and call methods (render-code.ts, render-phone.ts), loaded only by their pages. */
	more?: MoreScreens;
}

export interface MoreScreens {
	pc(input: ScreenInput, h: (text: string) => string, spinner: string): string | null;
	phone?(input: ScreenInput): string;
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]!);

export function renderScreens(input: ScreenInput): { pc: string; phone: string } {
	return { pc: renderPc(input), phone: renderPhone(input) };
}

export function controls(input: ScreenInput) {
	const live = input.mode === 'live';
	const button = (label: string, actor: 'pc' | 'phone', event: string, opts: { primary?: boolean; extra?: string } = {}) =>
		live
			? `<button type="button" class="sim-btn${opts.primary ? ' sim-btn--primary' : ''}" data-actor="${actor}" data-event="${event}"${opts.extra ?? ''}>${esc(label)}</button>`
			: `<span class="sim-btn${opts.primary ? ' sim-btn--primary' : ''}">${esc(label)}</span>`;
	/** An error in words; `id` lets a field name it as its description. */
	const error = (code: string | null, values: Record<string, string | number> = {}, id = '') => {
		if (!code) return '';
		const t = input.t as Record<string, string>;
		const text = t[`error.${input.method}.${code}`] ?? t[`error.${code}`] ?? t['error.unknown']!;
		return `<p class="sim-error"${live && id ? ` id="${id}"` : ''}${live ? ' role="alert"' : ''}>${esc(fill(text, values))}</p>`;
	};
	return { live, button, error };
}

function pcFrame(input: ScreenInput, body: string) {
	return `<div class="sim-pc__bar"><span class="sim-pc__address">${esc(input.t['pc.address'])}</span><span class="sim-marker">${esc(input.t['practice.marker'])}</span></div><div class="sim-pc__page">${body}</div>`;
}

function renderPc(input: ScreenInput): string {
	const { pc, t } = input;
	const ctx = pc.context;
	const { live, button, error } = controls(input);
	const m = (v: string) => pc.matches(v as never);
	const h = (text: string) => `<h3 class="sim-title"${input.mode === 'live' ? ' tabindex="-1"' : ''}>${esc(text)}</h3>`;
	const busy = pc.hasTag?.('busy') ?? false;
	const spinner = busy ? `<p class="sim-busy" ${live ? 'role="status"' : ''}>…</p>` : '';

	if (m('signIn') || m('signingIn')) {
		const banner =
			ctx.notice === 'registered' || ctx.notice === 'unblocked'
				? `<p class="sim-ok">${esc(t[ctx.notice === 'registered' ? 'pc.signIn.registered' : 'pc.signIn.unblocked'])}</p>`
				: '';
		const password = live
			? `<label class="sim-field">${esc(t['pc.signIn.password'])}<input type="password" value="practice-only" readonly aria-describedby="sim-pw-note"></label>`
			: `<span class="sim-field">${esc(t['pc.signIn.password'])}<span class="sim-input">••••••••</span></span>`;
		// Only the live screen carries the id its field points to: a chapter shows the still
		// picture of this screen more than once, and ids must stay unique in a page.
		return pcFrame(
			input,
			`${banner}${h(t['pc.signIn.title'])}<p class="sim-account">${esc(input.account)}</p>${password}<p class="sim-note"${live ? ' id="sim-pw-note"' : ''}>${esc(t['pc.signIn.passwordNote'])}</p>${error(ctx.error)}${spinner}<div class="sim-actions">${button(t['pc.signIn.button'], 'pc', 'pc.signIn', { primary: true })}</div>`,
		);
	}
	if (m('moreInfo')) {
		return pcFrame(input, `<p class="sim-account">${esc(input.account)}</p>${h(t['pc.moreInfo.title'])}<p>${esc(t['pc.moreInfo.body'])}</p><div class="sim-actions">${button(t['pc.next'], 'pc', 'pc.next', { primary: true })}</div>`);
	}
	if (m('securityVerification') || m('startingActivation') || m('chooseUse') || m('choosingMethod')) {
		const configured = m('chooseUse') || m('choosingMethod');
		const contact = live
			? `<label class="sim-field">${esc(t['pc.sv.contact'])}<select name="contact"${configured ? ' disabled' : ''}><option value="phone"${configured ? '' : ' selected'}>${esc(t['pc.sv.contact.phone'])}</option><option value="app"${configured ? ' selected' : ''}>${esc(t['pc.sv.contact.app'])}</option></select></label>`
			: `<span class="sim-field">${esc(t['pc.sv.contact'])}<span class="sim-input">${esc(t['pc.sv.contact.app'])} ▾</span></span>`;
		const radio = (value: string, label: string) =>
			live
				? `<label class="sim-radio"><input type="radio" name="use" value="${value}"${configured ? '' : ' disabled'}> ${esc(label)}</label>`
				: `<span class="sim-radio">${configured && value === (input.method === 'code' ? 'code' : 'notification') ? '◉' : '○'} ${esc(label)}</span>`;
		const uses = `<fieldset class="sim-fieldset"><legend>${esc(t['pc.sv.use'])}</legend>${radio('notification', t['pc.sv.use.notification'])}${radio('code', t['pc.sv.use.code'])}</fieldset>`;
		const setupRow = configured
			? `<p class="sim-ok">${esc(t['pc.sv.configured'])}</p>`
			: `<p class="sim-note">${esc(t['pc.sv.needApp'])}</p><div class="sim-actions">${button(t['pc.sv.setup'], 'pc', 'pc.setup')}</div>`;
		const next = configured ? `<div class="sim-actions">${button(t['pc.next'], 'pc', 'pc.next', { primary: true })}</div>` : '';
		return pcFrame(input, `${h(t['pc.sv.title'])}<p class="sim-note">${esc(t['pc.sv.lead'])}</p><p><strong>${esc(t['pc.sv.step1'])}</strong></p>${contact}${uses}${setupRow}${error(ctx.error)}${spinner}${next}`);
	}
	if (m('configureApp') || m('checkingApp')) {
		const a = ctx.activation ?? { code: '000 000 000', url: '' };
		// ⑩ of the manual: once the app shows its code, this page's Next is what to press.
		const cue = m('checkingApp') || pc.matches({ configureApp: 'ready' } as never) ? ' sim-actions--cue' : '';
		return pcFrame(
			input,
			`${h(t['pc.configure.title'])}<p>${esc(t['pc.configure.lead'])}</p><ol class="sim-list"><li>${esc(t['pc.configure.1'])}</li><li>${esc(t['pc.configure.2'])}</li><li>${esc(t['pc.configure.3'])}</li></ol>` +
				`<div class="sim-qr" role="img" aria-label="${esc(t['pc.configure.qrAlt'])}">${input.qrSvg}</div>` +
				`<p class="sim-note">${esc(t['pc.configure.fallback'])}</p><dl class="sim-dl"><dt>${esc(t['pc.configure.code'])}</dt><dd>${esc(a.code)}</dd><dt>${esc(t['pc.configure.url'])}</dt><dd>${esc(a.url)}</dd></dl>` +
				`<p class="sim-note">${esc(t['pc.configure.ready'])}</p>${error(ctx.error)}${spinner}<div class="sim-actions${cue}">${button(t['pc.next'], 'pc', 'pc.next', { primary: true })}${button(t['pc.cancel'], 'pc', 'pc.cancel')}</div>`,
		);
	}
	const more = input.more?.pc(input, h, spinner) ?? null;
	if (more !== null) return pcFrame(input, more);
	if (m('sendingPush') || m('waitingApproval')) {
		if (ctx.phase === 'setup') {
			return pcFrame(input, `${h(t['pc.sv.title'])}<p><strong>${esc(t['pc.wait.setupTitle'])}</strong></p><p>${esc(t['pc.wait.setupBody'])}</p>${spinner}`);
		}
		return pcFrame(input, `<p class="sim-account">${esc(input.account)}</p>${h(t['pc.wait.title'])}<p>${esc(t['pc.wait.body'])}</p>${spinner}${rememberBox(input)}`);
	}
	if (m('pushFailed')) {
		const kind = ctx.notice === 'denied' ? 'denied' : ctx.notice === 'expired' ? 'expired' : 'network';
		const advice = kind === 'denied' ? `<p class="sim-warn">${esc(t['pc.failed.denied.advice'])}</p>` : '';
		const retry = kind === 'denied' && ctx.phase === 'signin' ? t['pc.retry.signIn'] : kind === 'network' ? t['pc.retry.again'] : t['pc.retry.resend'];
		return pcFrame(
			input,
			`${h(t[`pc.failed.${kind}.title`])}<p ${live ? 'role="alert"' : ''}>${esc(t[`pc.failed.${kind}.body`])}</p>${advice}<div class="sim-actions">${button(retry, 'pc', 'pc.retry', { primary: true })}</div>`,
		);
	}
	if (m('backupPhone') || m('finishing')) {
		const number = live
			? `<label class="sim-field">${esc(t['pc.backup.number'])}<input type="tel" name="backupPhone" autocomplete="off" inputmode="tel"></label>`
			: `<span class="sim-field">${esc(t['pc.backup.number'])}<span class="sim-input">&nbsp;</span></span>`;
		const country = live
			? `<label class="sim-field">${esc(t['pc.backup.country'])}<select name="country"><option>${esc(t['pc.backup.countryJapan'])}</option></select></label>`
			: `<span class="sim-field">${esc(t['pc.backup.country'])}<span class="sim-input">${esc(t['pc.backup.countryJapan'])} ▾</span></span>`;
		return pcFrame(
			input,
			`<p class="sim-ok">${esc(t['pc.backup.verified'])}</p>${h(t['pc.sv.title'])}<p><strong>${esc(t['pc.backup.step3'])}</strong></p>${country}${number}${error(ctx.error)}${spinner}<div class="sim-actions">${button(t['pc.done'], 'pc', 'pc.done', { primary: true })}</div><p class="sim-note">${esc(t['pc.backup.note'])}</p>`,
		);
	}
	// service, advancing
	const remembered = ctx.remembered ? `<p class="sim-ok">${esc(fill(t['pc.service.remembered'], { days: input.rememberDays }))}</p>` : '';
	return pcFrame(
		input,
		`${h(t['pc.service.title'])}<p>${esc(t['pc.service.signedIn'])}</p>${remembered}${error(ctx.error)}${spinner}<div class="sim-actions sim-actions--column">${button(t['pc.service.signOut'], 'pc', 'pc.signOut')}${button(t['pc.service.tomorrow'], 'pc', 'pc.later', { extra: ' data-days="1"' })}${button(fill(t['pc.service.later'], { days: input.rememberDays + 1 }), 'pc', 'pc.later', { extra: ` data-days="${input.rememberDays + 1}"` })}</div>`,
	);
}

function renderPhone(input: ScreenInput): string {
	if (input.more?.phone) return input.more.phone(input);
	const { phone, t } = input;
	const ctx = phone.context;
	const { button, error } = controls(input);
	const at = (v: string) => phone.matches({ screen: v } as never);
	const app = (v: string) => phone.matches({ screen: { app: v } } as never);
	const h = (text: string) => `<h3 class="sim-title"${input.mode === 'live' ? ' tabindex="-1"' : ''}>${esc(text)}</h3>`;
	const bar = `<div class="sim-phone__bar"><span>9:41</span><span class="sim-marker">${esc(t['practice.marker'])}</span></div>`;
	const showBanner = ctx.notification && !app('approve') && !app('responding');
	const banner = showBanner ? `<div class="sim-banner">${button(t['phone.notification'], 'phone', 'phone.openNotification', { primary: true })}</div>` : '';
	const homeButton = at('home') ? '' : `<div class="sim-phone__nav">${button(t['phone.home'], 'phone', 'phone.home')}</div>`;
	let body: string;

	if (at('home')) {
		const icons = [button(t['phone.store'], 'phone', 'phone.openStore', { extra: '' })];
		if (ctx.installed) icons.push(button(t['phone.app'], 'phone', 'phone.openApp'));
		body = `<div class="sim-home">${icons.map((i) => `<div class="sim-icon">${i}</div>`).join('')}</div>`;
	} else if (at('store')) {
		const installed = phone.matches({ screen: { store: 'installed' } } as never);
		body = `${h(t['phone.store.title'])}<p class="sim-note">${esc(t['phone.store.vendor'])}</p><div class="sim-actions">${installed ? button(t['phone.store.open'], 'phone', 'phone.open', { primary: true }) : button(t['phone.store.install'], 'phone', 'phone.install', { primary: true })}</div>`;
	} else if (app('consent')) {
		body = `${h(t['phone.consent.title'])}<p>${esc(t['phone.consent.body'])}</p><div class="sim-actions">${button(t['phone.consent.agree'], 'phone', 'phone.agree', { primary: true })}</div>`;
	} else if (app('intro')) {
		body = `${h(t['phone.intro.title'])}<p>${esc(t['phone.intro.body'])}</p><div class="sim-actions">${button(t['phone.intro.scan'], 'phone', 'phone.scan', { primary: true })}</div>`;
	} else if (app('scanner') || app('activating')) {
		const view = input.qrInView
			? `<div class="sim-viewfinder" role="img" aria-label="${esc(t['pc.configure.qrAlt'])}">${input.qrSvg}</div>`
			: `<div class="sim-viewfinder sim-viewfinder--empty"><span>${esc(t['phone.scanner.nothing'])}</span></div>`;
		body = `${h(t['phone.scanner.title'])}<p class="sim-note">${esc(t['phone.scanner.aim'])}</p>${view}${error(ctx.error)}<div class="sim-actions">${button(t['phone.scanner.capture'], 'phone', 'phone.capture', { primary: true })}${button(t['phone.back'], 'phone', 'phone.back')}</div><p class="sim-note">${esc(t['phone.scanner.note'])}</p>`;
	} else if (app('accounts') || app('launch')) {
		const name = `${input.institution}: ${ctx.account?.name ?? input.account}`;
		body = `${h(t['phone.accounts.title'])}${error(ctx.error)}<ul class="sim-accounts"><li>${button(name, 'phone', 'phone.openAccount')}</li></ul><div class="sim-actions">${button(t['phone.accounts.add'], 'phone', 'phone.add')}</div>`;
	} else if (app('account')) {
		// Live, the code and its seconds are written by the island every second (only that
		// text changes, so the screen is not repainted and focus stays where it is).
		const code = input.code ?? { value: '––– –––', secondsLeft: 30 };
		body = `${h(`${input.institution}`)}<p class="sim-note">${esc(ctx.account?.name ?? input.account)}</p><p class="sim-note">${esc(t['phone.account.code'])}</p><p class="sim-code" data-code>${esc(code.value)}</p><p class="sim-note" data-seconds>${esc(fill(t['phone.account.seconds'], { s: code.secondsLeft }))}</p><div class="sim-actions">${button(t['phone.back'], 'phone', 'phone.back')}</div>`;
	} else {
		// approve, responding
		body = `${h(t['phone.approve.title'])}<p>${esc(input.institution)}</p><p class="sim-account">${esc(ctx.account?.name ?? input.account)}</p><p class="sim-note">${esc(t['phone.approve.note'])}</p><div class="sim-actions">${button(t['phone.approve.deny'], 'phone', 'phone.deny')}${button(t['phone.approve.approve'], 'phone', 'phone.approve', { primary: true })}</div>`;
	}
	return `${bar}${banner}<div class="sim-phone__screen">${body}</div>${homeButton}`;
}

export function rememberBox(input: ScreenInput) {
	const label = fill(input.t['pc.wait.remember'], { days: input.rememberDays });
	return input.mode === 'live'
		? `<label class="sim-check"><input type="checkbox" data-actor="pc" data-event="pc.remember"${input.pc.context.remember ? ' checked' : ''}> ${esc(label)}</label>`
		: `<span class="sim-check">☐ ${esc(label)}</span>`;
}
