import { fill } from '../i18n/format';
import { qrOnPcScreen } from '../machines/app-setup';
import type { PhoneContext } from '../machines/phone';
import type { PhoneEvent } from '../machines/runtime';
import { kit } from './blocks';
import type { Block, FlowScreens, PhoneScreen, View } from './model';

/**
 * The phone of the Authenticator methods: its home screen, the app store, and the app
 * itself (consent, adding an account by its QR code, the account's code, a request to
 * approve). A request that arrives shows as a banner over any screen, and is said aloud once.
 */

type B = Block<PhoneEvent>;
const { actions, button, error, text, title } = kit<PhoneEvent>();

function phoneScreen(view: View, id: string, blocks: B[], more: Partial<PhoneScreen> = {}): PhoneScreen {
	const ctx: PhoneContext = view.phone.context;
	const t = view.env.t;
	const approving = id === 'approve';
	return {
		id,
		blocks,
		...(ctx.notification && !approving
			? {
					banner: {
						...button(t['phone.notification'], { type: 'phone.openNotification' }, true),
						alt: fill(t['alt.notification'], { text: t['phone.approve.title'] }),
					},
				}
			: {}),
		...(id === 'home' ? {} : { nav: button(t['phone.home'], { type: 'phone.home' }) }),
		announce: ctx.notification ? { key: `push:${ctx.notification.id}`, text: t['practice.announce.push'] } : null,
		...more,
	};
}

const contextOf = (view: View): PhoneContext => view.phone.context;
const accountName = (view: View) => contextOf(view).account?.name ?? view.env.account;

function home(view: View): PhoneScreen {
	const t = view.env.t;
	const icons = [button(t['phone.store'], { type: 'phone.openStore' })];
	if (contextOf(view).installed) icons.push(button(t['phone.app'], { type: 'phone.openApp' }));
	return phoneScreen(view, 'home', [{ kind: 'icons', buttons: icons }], { alt: t['alt.home'] });
}

function store(view: View, installed: boolean): PhoneScreen {
	const t = view.env.t;
	return phoneScreen(view, 'store', [
		title(t['phone.store.title']),
		text(t['phone.store.vendor'], 'note'),
		actions([
			installed
				? button(t['phone.store.open'], { type: 'phone.open' }, true)
				: button(t['phone.store.install'], { type: 'phone.install' }, true),
		]),
	]);
}

/** The app's first pages: a title, a paragraph and the one button that goes on. */
function appPage(view: View, id: 'consent' | 'intro', go: PhoneEvent): PhoneScreen {
	const t = view.env.t;
	return phoneScreen(view, id, [
		title(t[`phone.${id}.title`]),
		text(t[`phone.${id}.body`], 'plain', { alt: null }),
		actions([button(t[id === 'consent' ? 'phone.consent.agree' : 'phone.intro.scan'], go, true)]),
	]);
}

/** The camera: it sees the PC's QR code when the PC shows one; the press reads what it sees. */
function scanner(view: View): PhoneScreen {
	const t = view.env.t;
	const seen = qrOnPcScreen(view.pc);
	return phoneScreen(view, 'scanner', [
		title(t['phone.scanner.title']),
		text(t['phone.scanner.aim'], 'note'),
		{
			kind: 'picture',
			frame: 'viewfinder',
			label: t['pc.configure.qrAlt'],
			qr: seen ? view.env.qr : null,
			empty: t['phone.scanner.nothing'],
			alt: seen ? t['alt.camera'] : fill(t['alt.says'], { text: t['phone.scanner.nothing'] }),
		},
		...error(view.env, contextOf(view).error),
		actions(
			[button(t['phone.scanner.capture'], { type: 'phone.capture', code: seen }, true), button(t['phone.back'], { type: 'phone.back' })],
			{ alt: null },
		),
		text(t['phone.scanner.note'], 'note'),
	]);
}

function accounts(view: View): PhoneScreen {
	const t = view.env.t;
	const name = `${view.env.institution}: ${accountName(view)}`;
	return phoneScreen(view, 'accounts', [
		title(t['phone.accounts.title']),
		...error(view.env, contextOf(view).error),
		{ kind: 'accounts', buttons: [button(name, { type: 'phone.openAccount' })], alt: fill(t['alt.accountAdded'], { name }) },
		actions([button(t['phone.accounts.add'], { type: 'phone.add' })], { alt: null }),
	]);
}

/** The account's code, ticking: the island repaints every second, and only this text changes. */
function account(view: View): PhoneScreen {
	const { env } = view;
	const t = env.t;
	const code = env.code ?? { value: '––– –––', secondsLeft: 30 };
	const name = `${env.institution}: ${accountName(view)}`;
	return phoneScreen(view, 'account', [
		title(env.institution, null),
		text(accountName(view), 'note'),
		text(t['phone.account.code'], 'note'),
		text(code.value, 'code', { alt: fill(t['alt.code'], { name, code: code.value, s: code.secondsLeft }) }),
		text(fill(t['phone.account.seconds'], { s: code.secondsLeft }), 'note'),
		actions([button(t['phone.back'], { type: 'phone.back' })], { alt: null }),
	]);
}

function approve(view: View): PhoneScreen {
	const t = view.env.t;
	const name = `${view.env.institution}: ${accountName(view)}`;
	return phoneScreen(view, 'approve', [
		title(t['phone.approve.title']),
		text(view.env.institution, 'plain', { alt: null }),
		text(accountName(view), 'account', { alt: name }),
		text(t['phone.approve.note'], 'note'),
		actions([button(t['phone.approve.deny'], { type: 'phone.deny' }), button(t['phone.approve.approve'], { type: 'phone.approve' }, true)]),
	]);
}

export const APP_PHONE_SCREENS: FlowScreens['phone'] = {
	home,
	store: (view) => store(view, false),
	storeInstalled: (view) => store(view, true),
	consent: (view) => appPage(view, 'consent', { type: 'phone.agree' }),
	intro: (view) => appPage(view, 'intro', { type: 'phone.scan' }),
	scanner,
	accounts,
	account,
	approve,
};
