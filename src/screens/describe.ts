import { MAX_FAILURES } from '../backend/model';
import { fill } from '../i18n/screens';
import type { Lang } from '../steps';
import type { ScreenInput } from './render';
import { challengeFailedTitle } from './render-code';

/**
 * The text alternative of a still picture: what each device shows at that step, in
 * words, from the same snapshots the screens are drawn from. Naming only the two titles
 * is not enough: several steps share a title and differ exactly in what has just
 * arrived (a notification, a text with its code, a call) or what is ticking (the app's
 * code). Build time only (src/screens/illustrations.ts); the live simulator is read as it is.
 */
export function describeScreens(input: ScreenInput, lang: Lang): string {
	const t = input.t;
	const sentence = (device: string, parts: string[]) => {
		const text = parts.filter(Boolean).join(lang === 'ja' ? '、' : '; ');
		return lang === 'ja' ? `${device}: ${text}。` : `${device}: ${text}.`;
	};
	const phone = input.more?.phone ? phoneOfCarrier(input, words(input, lang)) : phoneOfApp(input, words(input, lang));
	return `${sentence(t['practice.pc'], pcParts(input, words(input, lang)))}${lang === 'ja' ? '' : ' '}${sentence(t['practice.phone'], phone)}`;
}

type Words = ReturnType<typeof words>;

function words(input: ScreenInput, lang: Lang) {
	const t = input.t;
	const q = (text: string) => (lang === 'ja' ? `「${text}」` : `“${text}”`);
	const list = (names: string[]) => names.map(q).join(lang === 'ja' ? '' : ', ');
	return {
		t,
		page: (title: string) => fill(t['alt.page'], { title }),
		says: (text: string) => fill(t['alt.says'], { text }),
		chosen: (label: string) => fill(t['alt.chosen'], { label }),
		list: (...names: string[]) => list(names),
		buttons: (...names: string[]) => fill(t['alt.buttons'], { names: list(names) }),
		fields: (...names: string[]) => fill(t['alt.fields'], { names: list(names) }),
		checkbox: () => fill(t['alt.checkbox'], { label: fill(t['pc.wait.remember'], { days: input.rememberDays }) }),
		/** The error a screen shows, in the words the screen uses. */
		error: (code: string | null | undefined, values: Record<string, string | number> = {}) => {
			if (!code) return '';
			const all = t as Record<string, string>;
			return fill(t['alt.says'], { text: fill(all[`error.${input.method}.${code}`] ?? all[`error.${code}`] ?? t['error.unknown'], values) });
		},
	};
}

function pcParts(input: ScreenInput, w: Words): string[] {
	const { pc, t, method } = input;
	const ctx = pc.context;
	const m = (v: string) => pc.matches(v as never);
	const setup = ctx.phase === 'setup';
	const number = ctx.challenge?.to ?? input.phoneNumber;

	if (m('signIn') || m('signingIn')) {
		const notice = ctx.notice === 'registered' ? t['pc.signIn.registered'] : ctx.notice === 'unblocked' ? t['pc.signIn.unblocked'] : '';
		return [w.page(t['pc.signIn.title']), notice && w.says(notice), fill(t['alt.account'], { account: input.account }), w.error(ctx.error), w.buttons(t['pc.signIn.button'])];
	}
	if (m('moreInfo')) return [w.page(t['pc.moreInfo.title']), w.buttons(t['pc.next'])];
	if (m('securityVerification') || m('startingActivation')) {
		return [w.page(t['pc.sv.title']), w.chosen(t['pc.sv.contact.app']), w.says(t['pc.sv.needApp']), w.buttons(t['pc.sv.setup'])];
	}
	if (m('configureApp') || m('checkingApp')) {
		// ⑩: the same page as ⑧, but now its Next is the thing to do.
		const ready = m('checkingApp') || pc.matches({ configureApp: 'ready' } as never);
		return [w.page(t['pc.configure.title']), t['alt.qr'], ready ? fill(t['alt.pressNow'], { name: t['pc.next'] }) : w.buttons(t['pc.next'], t['pc.cancel'])];
	}
	if (m('chooseUse') || m('choosingMethod')) {
		return [w.page(t['pc.sv.title']), w.says(t['pc.sv.configured']), w.chosen(t[method === 'code' ? 'pc.sv.use.code' : 'pc.sv.use.notification']), w.buttons(t['pc.next'])];
	}
	if (m('phoneForm') || m('registeringPhone')) {
		return [
			w.page(t['pc.sv.title']),
			w.chosen(t['pc.sv.contact.phone']),
			w.chosen(t['pc.backup.countryJapan']),
			w.fields(t['pc.phone.number']),
			w.chosen(t[method === 'call' ? 'pc.phone.via.call' : 'pc.phone.via.sms']),
			w.buttons(t['pc.next']),
		];
	}
	if (m('waitingCall')) {
		return setup
			? [w.page(t['pc.sv.title']), w.says(fill(t['pc.call.setupTitle'], { number })), w.says(t['pc.call.setupBody'])]
			: [w.page(t['pc.call.signinTitle']), w.says(fill(t['pc.call.signinBody'], { number })), w.checkbox()];
	}
	if (m('callFailed')) {
		const kind = (['no-answer', 'hung-up', 'wrong-key'].includes(ctx.notice) ? ctx.notice : 'no-answer') as 'no-answer' | 'hung-up' | 'wrong-key';
		return [w.page(t[`pc.callFailed.${kind}.title`]), w.says(t[`pc.callFailed.${kind}.body`]), w.buttons(t['pc.call.retry'])];
	}
	if (m('blocked') || m('unblocking')) {
		return [w.page(t['pc.blocked.title']), w.says(t['pc.blocked.body']), w.buttons(t['pc.blocked.unblock'])];
	}
	if (m('challengeFailed')) {
		const code = ctx.error ?? 'network';
		return [w.page(challengeFailedTitle(input, code)), code === 'network' ? w.says(t['pc.failed.network.body']) : w.error(code), w.buttons(t['pc.retry.again'])];
	}
	if (m('verified') || (m('finishing') && (method === 'sms' || method === 'call'))) {
		return [w.page(t['pc.sv.title']), w.says(t['pc.backup.verified']), w.buttons(t['pc.done'])];
	}
	if (m('startingChallenge') || m('enterCode') || m('verifying')) {
		if (method === 'call') return [w.page(t['pc.sv.title'])];
		const app = method === 'code';
		const locked = ctx.lockedUntil !== null && input.now < ctx.lockedUntil;
		const problem = locked ? w.error('locked', { max: MAX_FAILURES }) : ctx.error === 'locked' ? w.says(t['pc.locked.over']) : w.error(ctx.error, { n: ctx.typed ?? 0, tries: ctx.tries ?? 0 });
		const lead = setup
			? [w.page(t['pc.sv.title']), w.says(fill(t[app ? 'pc.app.setupTitle' : 'pc.sms.setupTitle'], { number }))]
			: [w.page(t['pc.code.signinTitle']), w.says(fill(t[app ? 'pc.app.signinBody' : 'pc.sms.signinBody'], { number }))];
		return [...lead, w.fields(t['pc.code.label']), problem, setup ? '' : w.checkbox(), w.buttons(t['pc.code.verify'])];
	}
	if (m('sendingPush') || m('waitingApproval')) {
		return setup
			? [w.page(t['pc.sv.title']), w.says(t['pc.wait.setupTitle']), w.says(t['pc.wait.setupBody'])]
			: [w.page(t['pc.wait.title']), w.says(t['pc.wait.body']), w.checkbox()];
	}
	if (m('pushFailed')) {
		const kind = ctx.notice === 'denied' ? 'denied' : ctx.notice === 'expired' ? 'expired' : 'network';
		return [w.page(t[`pc.failed.${kind}.title`]), w.says(t[`pc.failed.${kind}.body`])];
	}
	if (m('backupPhone') || m('finishing')) {
		return [w.page(t['pc.sv.title']), w.says(t['pc.backup.verified']), w.says(t['pc.backup.step3']), w.fields(t['pc.backup.number']), w.buttons(t['pc.done'])];
	}
	const remembered = ctx.remembered ? w.says(fill(t['pc.service.remembered'], { days: input.rememberDays })) : '';
	return [w.page(t['pc.service.title']), w.says(t['pc.service.signedIn']), remembered];
}

/** The phone of the app methods: home, the store, the Authenticator app and its notification. */
function phoneOfApp(input: ScreenInput, w: Words): string[] {
	const { phone, t } = input;
	const ctx = phone.context;
	const at = (v: string) => phone.matches({ screen: v } as never);
	const app = (v: string) => phone.matches({ screen: { app: v } } as never);
	const approving = app('approve') || app('responding');
	const notification = ctx.notification && !approving ? fill(t['alt.notification'], { text: t['phone.approve.title'] }) : '';
	const name = `${input.institution}: ${ctx.account?.name ?? input.account}`;
	let parts: string[];
	if (at('home')) parts = [t['alt.home'], fill(t['alt.icons'], { names: w.list(t['phone.store'], ...(ctx.installed ? [t['phone.app']] : [])) })];
	else if (at('store')) {
		const installed = phone.matches({ screen: { store: 'installed' } } as never);
		parts = [w.page(t['phone.store.title']), w.buttons(installed ? t['phone.store.open'] : t['phone.store.install'])];
	} else if (app('consent')) parts = [w.page(t['phone.consent.title']), w.buttons(t['phone.consent.agree'])];
	else if (app('intro')) parts = [w.page(t['phone.intro.title']), w.buttons(t['phone.intro.scan'])];
	else if (app('scanner') || app('activating')) parts = [w.page(t['phone.scanner.title']), input.qrInView ? t['alt.camera'] : w.says(t['phone.scanner.nothing']), w.buttons(t['phone.scanner.capture'])];
	else if (app('accounts') || app('launch')) parts = [w.page(t['phone.accounts.title']), fill(t['alt.accountAdded'], { name })];
	else if (app('account')) {
		const code = input.code ?? { value: '––– –––', secondsLeft: 30 };
		parts = [fill(t['alt.code'], { name, code: code.value, s: code.secondsLeft })];
	} else parts = [w.page(t['phone.approve.title']), name, w.buttons(t['phone.approve.deny'], t['phone.approve.approve'])];
	return [notification, ...parts];
}

/** The phone of the SMS and call methods: home, Messages, and a call from ringing to its end. */
function phoneOfCarrier(input: ScreenInput, w: Words): string[] {
	const { phone, t } = input;
	const ctx = phone.context;
	const at = (v: unknown) => phone.matches(v as never);
	const text = (code: string) => fill(t['phone.sms.text'], { code });
	const messages = ctx.messages as { id: string; code: string }[];
	const unread = messages.filter((m) => !ctx.read.includes(m.id));
	const inCall = at('call') && !at({ call: 'ended' });
	const latest = unread.at(-1);
	const arrived = latest && !at('messages') && !inCall ? fill(t['alt.sms'], { text: text(latest.code) }) : '';
	if (at('messages')) {
		const newest = messages.at(-1);
		return [newest ? fill(t['alt.messages'], { n: messages.length, text: text(newest.code) }) : w.says(t['phone.messages.empty'])];
	}
	if (at({ call: 'ringing' }) || at({ call: 'answering' }) || at({ call: 'declining' })) {
		return [fill(t['alt.incoming'], { caller: t['phone.call.caller'] }), w.buttons(t['phone.call.decline'], t['phone.call.answer'])];
	}
	if (at({ call: 'ended' })) {
		const outcome = ctx.outcome === 'expired' ? 'cancelled' : (ctx.outcome ?? 'hung-up');
		const voice = (t as Record<string, string>)[`phone.call.voice.${outcome}`] ?? t['phone.call.voice.hung-up'];
		return [w.page(t['phone.call.ended']), voice];
	}
	if (at('call')) return [t['alt.inCall'], ctx.keys ? fill(t['phone.call.typed'], { keys: ctx.keys }) : ''];
	const icons = input.method === 'sms' ? fill(t['alt.icons'], { names: w.list(unread.length ? fill(t['phone.messages.unread'], { n: unread.length }) : t['phone.messages']) }) : '';
	const missed = ctx.missed ? fill(t['phone.missed'], { n: ctx.missed }) : '';
	return [arrived, t['alt.home'], icons, missed, fill(t['phone.number'], { number: input.phoneNumber })];
}
