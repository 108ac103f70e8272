import { fill } from '../i18n/screens';
import { controls, esc, rememberBox, type MoreScreens, type ScreenInput } from './render';
import { CODE_SCREENS, form, PC_ERROR, submit } from './render-code';

/**
 * The screens of the SMS and call methods: the phone number form, waiting for a call
 * and what can go wrong with it, and the phone itself (home, Messages, the incoming
 * call and its keypad). Fetched only by those two pages.
 */

const COUNTRY_KEYS = [
	['JP', 'pc.backup.countryJapan'],
	['CN', 'pc.country.CN'],
	['KR', 'pc.country.KR'],
	['US', 'pc.country.US'],
] as const;

/** The PC screens of the code, SMS and call methods; null for the screens renderPc draws itself. */
function phonePcScreens(input: ScreenInput, h: (text: string) => string, spinner: string): string | null {
	const { pc, t, method } = input;
	const ctx = pc.context;
	const { live, button, error } = controls(input);
	const m = (v: string) => pc.matches(v as never);
	const setup = ctx.phase === 'setup';
	const number = ctx.challenge?.to ?? input.phoneNumber;

	if (m('phoneForm') || m('registeringPhone')) {
		const field = (label: string, control: string, shown: string) =>
			live ? `<label class="sim-field">${esc(label)}${control}</label>` : `<span class="sim-field">${esc(label)}<span class="sim-input">${shown}</span></span>`;
		const contact = field(
			t['pc.sv.contact'],
			`<select name="contact"><option value="phone" selected>${esc(t['pc.sv.contact.phone'])}</option><option value="app">${esc(t['pc.sv.contact.app'])}</option></select>`,
			`${esc(t['pc.sv.contact.phone'])} ▾`,
		);
		const country = field(
			t['pc.backup.country'],
			`<select name="country">${COUNTRY_KEYS.map(([v, k]) => `<option value="${v}">${esc(t[k])}</option>`).join('')}</select>`,
			`${esc(t['pc.backup.countryJapan'])} ▾`,
		);
		const invalid = ctx.error?.startsWith('phone-') ? ` aria-invalid="true" aria-describedby="${PC_ERROR}"` : '';
		const phoneField = field(t['pc.phone.number'], `<input type="tel" name="number" autocomplete="off" inputmode="tel"${invalid}>`, '&nbsp;');
		const radio = (value: 'sms' | 'call') => {
			const label = t[`pc.phone.via.${value}`];
			return live
				? `<label class="sim-radio"><input type="radio" name="via" value="${value}"> ${esc(label)}</label>`
				: `<span class="sim-radio">${value === method ? '◉' : '○'} ${esc(label)}</span>`;
		};
		const via = `<fieldset class="sim-fieldset"><legend>${esc(t['pc.phone.method'])}</legend>${radio('sms')}${radio('call')}</fieldset>`;
		return `${h(t['pc.sv.title'])}<p class="sim-note">${esc(t['pc.sv.lead'])}</p>${form(
			input,
			'pc.next',
			`<p><strong>${esc(t['pc.sv.step1'])}</strong></p>${contact}${country}${phoneField}<p class="sim-note">${esc(fill(t['pc.phone.hint'], { number: input.phoneNumber }))}</p>${via}${error(ctx.error, {}, PC_ERROR)}${spinner}<div class="sim-actions">${submit(input, t['pc.next'])}</div>`,
		)}<p class="sim-note">${esc(t['pc.backup.note'])}</p>`;
	}

	if (m('waitingCall')) {
		// A student who typed the number wrong must not wait out the ring to fix it.
		if (setup)
			return `${h(t['pc.sv.title'])}<p><strong>${esc(fill(t['pc.call.setupTitle'], { number }))}</strong></p><p>${esc(t['pc.call.setupBody'])}</p>${spinner}<div class="sim-actions">${button(t['pc.phone.change'], 'pc', 'pc.cancel')}</div>`;
		return `<p class="sim-account">${esc(input.account)}</p>${h(t['pc.call.signinTitle'])}<p>${esc(fill(t['pc.call.signinBody'], { number }))}</p>${rememberBox(input)}`;
	}

	if (m('callFailed')) {
		const kind = (['no-answer', 'hung-up', 'wrong-key'].includes(ctx.notice) ? ctx.notice : 'no-answer') as 'no-answer' | 'hung-up' | 'wrong-key';
		const change = setup ? button(t['pc.phone.change'], 'pc', 'pc.cancel') : '';
		return `${h(t[`pc.callFailed.${kind}.title`])}<p${live ? ' role="alert"' : ''}>${esc(t[`pc.callFailed.${kind}.body`])}</p>${error(ctx.error)}<div class="sim-actions">${change}${button(t['pc.call.retry'], 'pc', 'pc.retry', { primary: true })}</div>`;
	}

	if (m('blocked') || m('unblocking')) {
		return `${h(t['pc.blocked.title'])}<p${live ? ' role="alert"' : ''}>${esc(t['pc.blocked.body'])}</p><p>${esc(t['pc.blocked.meaning'])}</p><p class="sim-warn">${esc(t['pc.blocked.next'])}</p>${error(ctx.error)}${spinner}<div class="sim-actions">${button(t['pc.blocked.unblock'], 'pc', 'pc.unblock', { primary: true })}</div>`;
	}

	if (m('verified') || (m('finishing') && (method === 'sms' || method === 'call'))) {
		return `<p class="sim-ok">${esc(t['pc.backup.verified'])}</p>${h(t['pc.sv.title'])}<p>${esc(t['pc.verified.body'])}</p>${error(ctx.error)}${spinner}<div class="sim-actions">${button(t['pc.done'], 'pc', 'pc.done', { primary: true })}</div>`;
	}
	return CODE_SCREENS.pc(input, h, spinner);
}

function phoneScreens(input: ScreenInput): string {
	const { phone, t } = input;
	const ctx = phone.context;
	const { button } = controls(input);
	const at = (v: unknown) => phone.matches(v as never);
	const h = (text: string) => `<h3 class="sim-title"${input.mode === 'live' ? ' tabindex="-1"' : ''}>${esc(text)}</h3>`;
	const bar = `<div class="sim-phone__bar"><span>9:41</span><span class="sim-marker">${esc(t['practice.marker'])}</span></div>`;
	const text = (code: string) => fill(t['phone.sms.text'], { code });
	const unread = (ctx.messages as { id: string; code: string }[]).filter((m) => !ctx.read.includes(m.id));
	const inCall = at('call') && !at({ call: 'ended' });
	const latest = unread.at(-1);
	const banner =
		latest && !at('messages') && !inCall
			? `<div class="sim-banner">${button(fill(t['phone.sms.banner'], { text: text(latest.code) }), 'phone', 'phone.openMessages', { primary: true })}</div>`
			: '';
	let body: string;
	if (at('messages')) {
		const items = (ctx.messages as { code: string }[]).map((m) => `<li><span class="sim-note">${esc(t['phone.messages.from'])}</span><p>${esc(text(m.code))}</p></li>`);
		body = `${h(t['phone.messages'])}${items.length ? `<ol class="sim-messages">${items.join('')}</ol>` : `<p class="sim-note">${esc(t['phone.messages.empty'])}</p>`}`;
	} else if (at({ call: 'ringing' }) || at({ call: 'answering' }) || at({ call: 'declining' })) {
		body = `${h(t['phone.call.incoming'])}<p class="sim-caller">${esc(t['phone.call.caller'])}</p><div class="sim-actions sim-actions--call">${button(t['phone.call.decline'], 'phone', 'phone.decline', { extra: '' })}${button(t['phone.call.answer'], 'phone', 'phone.answer', { primary: true })}</div>`;
	} else if (at({ call: 'ended' })) {
		const outcome = ctx.outcome === 'expired' ? 'cancelled' : (ctx.outcome ?? 'hung-up');
		const voice = (t as Record<string, string>)[`phone.call.voice.${outcome}`] ?? t['phone.call.voice.hung-up'];
		body = `${h(t['phone.call.ended'])}<p>${esc(voice)}</p><div class="sim-actions">${button(t['phone.call.close'], 'phone', 'phone.close', { primary: true })}</div>`;
	} else if (at('call')) {
		const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];
		const pad = keys.map((k) => button(k, 'phone', 'phone.key', { extra: ` data-key="${k}"` })).join('');
		const typed = ctx.keys ? `<p class="sim-typed">${esc(fill(t['phone.call.typed'], { keys: ctx.keys }))}</p>` : '';
		body = `${h(t['phone.call.inCall'])}<p class="sim-voice">${esc(t['phone.call.voice'])}</p>${typed}<div class="sim-keypad"${input.mode === 'live' ? ` role="group" aria-label="${esc(t['phone.call.keypad'])}"` : ''}>${pad}</div><div class="sim-actions sim-actions--call">${button(t['phone.call.hangUp'], 'phone', 'phone.hangUp')}</div>`;
	} else {
		const icons = input.method === 'sms' ? [button(unread.length ? fill(t['phone.messages.unread'], { n: unread.length }) : t['phone.messages'], 'phone', 'phone.openMessages')] : [];
		const missed = ctx.missed ? `<p class="sim-note">${esc(fill(t['phone.missed'], { n: ctx.missed }))}</p>` : '';
		body = `${icons.length ? `<div class="sim-home">${icons.map((i) => `<div class="sim-icon">${i}</div>`).join('')}</div>` : ''}${missed}`;
	}
	const number = `<p class="sim-note sim-phone__number">${esc(fill(t['phone.number'], { number: input.phoneNumber }))}</p>`;
	const homeButton = at('home') || inCall ? '' : `<div class="sim-phone__nav">${button(t['phone.home'], 'phone', 'phone.home')}</div>`;
	return `${bar}${banner}<div class="sim-phone__screen">${body}${at('home') ? number : ''}</div>${homeButton}`;
}

export const PHONE_SCREENS: MoreScreens = { pc: phonePcScreens, phone: phoneScreens };
