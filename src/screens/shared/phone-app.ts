import type { SimulatorKey } from '../../i18n';
import { fill } from '../../i18n/format';
import { type AppContext, qrOnPcScreen } from '../../machines/app-phone';
import type { PhoneEvent } from '../../machines/runtime';
import { kit } from '../blocks';
import type { Block, PhoneScreen, View } from '../model';

/**
 * The phone of the Authenticator methods as both editions draw it: its home screen, the app
 * store, the camera that adds an account by its QR code, the account list and the account's
 * code. Each edition adds its own app pages and its request (src/screens/manual/phone-app.ts,
 * src/screens/today/phone.ts).
 */

type B = Block<PhoneEvent>;
const { actions, button, error, text, title } = kit<PhoneEvent>();

/**
 * A screen in the phone's frame: the banner of a waiting request (named by the edition's title
 * of its request, and not over the request's own sheets), the home button, and the request
 * said aloud once.
 */
export const appFrame =
	(request: SimulatorKey) =>
	(view: View, id: string, blocks: B[], more: Partial<PhoneScreen> = {}): PhoneScreen => {
		const ctx: AppContext = view.phone.context;
		const t = view.env.t;
		const sheet = id === 'approve' || id === 'report';
		return {
			id,
			blocks,
			...(ctx.notification && !sheet
				? {
						banner: {
							...button(t['phone.notification'], { type: 'phone.openNotification' }, true),
							alt: fill(t['alt.notification'], { text: t[request] }),
						},
					}
				: {}),
			...(id === 'home' ? {} : { nav: button(t['phone.home'], { type: 'phone.home' }) }),
			announce: ctx.notification ? { key: `push:${ctx.notification.id}`, text: t['practice.announce.push'] } : null,
			...more,
		};
	};

const contextOf = (view: View): AppContext => view.phone.context;
/** An account the app was handed already paired (no name from a scan) shows the page's account. */
export const accountName = (view: View) => contextOf(view).account?.name || view.env.account;

/** The app's screens both editions show, in the frame of an edition whose request is titled `request`. */
export function authenticatorScreens(request: SimulatorKey) {
	const frame = appFrame(request);

	function home(view: View): PhoneScreen {
		const t = view.env.t;
		const icons = [button(t['phone.store'], { type: 'phone.openStore' })];
		if (contextOf(view).installed) icons.push(button(t['phone.app'], { type: 'phone.openApp' }));
		return frame(view, 'home', [{ kind: 'icons', buttons: icons }], { alt: t['alt.home'] });
	}

	function store(view: View, installed: boolean): PhoneScreen {
		const t = view.env.t;
		return frame(view, 'store', [
			title(t['phone.store.title']),
			text(t['phone.store.vendor'], 'note'),
			actions([
				installed
					? button(t['phone.store.open'], { type: 'phone.open' }, true)
					: button(t['phone.store.install'], { type: 'phone.install' }, true),
			]),
		]);
	}

	/** The camera: it sees the PC's QR code when the PC shows one; the press reads what it sees. */
	function scanner(view: View): PhoneScreen {
		const t = view.env.t;
		const seen = qrOnPcScreen(view.pc);
		return frame(view, 'scanner', [
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
		return frame(view, 'accounts', [
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
		return frame(view, 'account', [
			title(env.institution, null),
			text(accountName(view), 'note'),
			text(t['phone.account.code'], 'note'),
			text(code.value, 'code', { alt: fill(t['alt.code'], { name, code: code.value, s: code.secondsLeft }) }),
			text(fill(t['phone.account.seconds'], { s: code.secondsLeft }), 'note'),
			actions([button(t['phone.back'], { type: 'phone.back' })], { alt: null }),
		]);
	}

	return {
		frame,
		home,
		store: (view: View) => store(view, false),
		storeInstalled: (view: View) => store(view, true),
		scanner,
		accounts,
		account,
	};
}
