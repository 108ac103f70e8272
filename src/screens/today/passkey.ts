import { PRACTICE_PHONE } from '../../backend/model';
import { maskPhone } from '../../backend/phone-number';
import { fill } from '../../i18n/format';
import type { PcEvent } from '../../machines/pc';
import type { PhoneEvent } from '../../machines/runtime';
import { type PasskeyPhoneContext, passkeyQrOnPc } from '../../machines/today/passkey-phone';
import { kit } from '../blocks';
import type { Block, FlowScreens, PcScreen, PhoneScreen, View } from '../model';
import { pcOf } from '../shared/pc';
import { SMS_PHONE_SCREENS } from '../shared/phone-carrier';
import { passkeyPrompt, service as todayService } from './pc';

/**
 * Today's passkey screens (as of November 2026; facts §8): on the PC the prompt after a
 * sign-in, the wizard's page that sends the student to the app, Windows' dialog that asks
 * where the passkey is, the QR code of a sign-in from a PC and the account's other methods;
 * on the phone the Messages app, Microsoft Authenticator's pages for the passkey,
 * the screen lock's sheet, the phone's setting that turns Authenticator on as a passkey
 * provider, and the camera. Most of their words are UNVERIFIED (today.ja.ts says which): the
 * facts give the steps and a few English labels, not the Japanese screens.
 */

const pcKit = kit<PcEvent>();
const phoneKit = kit<PhoneEvent>();
type PB = Block<PhoneEvent>;

const account = (view: View): Block<PcEvent> => pcKit.text(view.env.account, 'account', { alt: null });

/** The wizard waits while the student creates the passkey in the app. */
function openApp(view: View): PcScreen {
	const { actions, busy, button, error, text, title } = pcKit;
	const { ctx, waiting } = pcOf(view);
	const t = view.env.t;
	return {
		id: 'openApp',
		blocks: [
			title(t['pc.today.passkey.openApp.title']),
			text(t['pc.today.passkey.openApp.body']),
			...error(view.env, ctx.error),
			...busy(waiting),
			actions([button(t['pc.today.back'], { type: 'pc.back' }), button(t['pc.today.next'], { type: 'pc.next' }, true)]),
		],
	};
}

/** The sign-in page's way out of the passkey (its dialog and QR code sit in front of it): the account's other methods. */
const otherWay = (view: View): Block<PcEvent> =>
	pcKit.actions([pcKit.button(view.env.t['pc.today.passkey.otherWay'], { type: 'pc.otherWay' })], { layout: 'column' });

/**
 * Windows 11's dialog before the QR code: where the passkey is. The phone is the practice's answer; a security key
 * is the other choice Windows offers (facts after-enrolment §5). On the practice's PC without Bluetooth, a note says
 * where the student is.
 */
function passkeyWhere(view: View): PcScreen {
	const { actions, button, error, text, title } = pcKit;
	const { ctx } = pcOf(view);
	const t = view.env.t;
	return {
		id: 'passkeyWhere',
		blocks: [
			...(ctx.noBluetooth ? [text(t['pc.today.passkey.noBluetooth'], 'warn')] : []),
			text(t['pc.today.passkey.where.caption'], 'note'),
			title(t['pc.today.passkey.where.title']),
			{
				kind: 'form',
				submit: (fields) => ({ type: 'pc.chooseDevice', device: fields.get('device') }),
				blocks: [
					{
						// The dialog's sentence is what the choice answers: it names the group.
						kind: 'choices',
						legend: t['pc.today.passkey.where.body'],
						name: 'device',
						options: [
							{ value: 'phone', label: t['pc.today.passkey.where.phone'] },
							{ value: 'key', label: t['pc.today.passkey.where.key'] },
						],
						// The picture shows the choice to make (Windows itself starts on the phone: [3P-AUTHCHOOSER]).
						chosen: 'phone',
					},
					...error(view.env, ctx.error),
					actions([button(t['pc.today.passkey.where.next'], 'submit', true)]),
				],
			},
			// The dialog stands in front of the sign-in page: its way out is the page's, not Windows'.
			text(t['pc.today.passkey.behind'], 'note'),
			otherWay(view),
		],
	};
}

/**
 * "Sign in with a different method": the account's methods, the passkey first as the service ranks it (facts §6.4),
 * then its texts, to the number the service masks as it does on the code's page.
 */
function otherWays(view: View): PcScreen {
	const { actions, button, title } = pcKit;
	const t = view.env.t;
	return {
		id: 'otherWays',
		blocks: [
			account(view),
			title(t['pc.today.ways.title']),
			actions(
				[
					button(t['pc.today.passkey.ways.passkey'], { type: 'pc.useWay', way: 'passkey' }),
					button(fill(t['pc.today.passkey.ways.sms'], { number: maskPhone(PRACTICE_PHONE.e164) }), { type: 'pc.useWay', way: 'sms' }),
				],
				{ layout: 'column' },
			),
		],
	};
}

/** Signing in with the passkey from a PC: the QR code a phone's camera reads. */
function passkeyQr(view: View): PcScreen {
	const { busy, error, text, title } = pcKit;
	const { ctx, waiting } = pcOf(view);
	const t = view.env.t;
	return {
		id: 'passkeyQr',
		blocks: [
			account(view),
			title(t['pc.today.passkey.qr.title']),
			text(t['pc.today.passkey.qr.body']),
			{
				kind: 'picture',
				frame: 'qr',
				label: t['alt.today.passkeyQr'],
				qr: ctx.passkey ? view.env.qr : null,
				alt: t['alt.today.passkeyQr'],
			},
			text(t['pc.today.passkey.qr.bluetooth'], 'note'),
			...error(view.env, ctx.error),
			...busy(waiting),
			otherWay(view),
		],
	};
}

/** The phone has read the code and reached the PC: it waits for the phone to unlock. */
function passkeyConnected(view: View): PcScreen {
	const { busy, text, title } = pcKit;
	const t = view.env.t;
	return {
		id: 'passkeyConnected',
		blocks: [
			account(view),
			title(t['pc.today.passkey.connected.title']),
			text(t['pc.today.passkey.connected.body']),
			...busy(pcOf(view).waiting),
		],
	};
}

/** Cancelled on the phone, the QR code expired, or no answer from the service: why, and a new QR code. */
function passkeyFailed(view: View): PcScreen {
	const { actions, button, error, text, title } = pcKit;
	const { ctx } = pcOf(view);
	const t = view.env.t;
	const network = ctx.error !== null;
	const head = network
		? t['pc.failed.network.title']
		: ctx.notice === 'cancelled'
			? t['pc.today.passkey.failed.cancelled']
			: t['pc.today.passkey.failed.expired'];
	const why = ctx.notice === 'cancelled' ? t['pc.today.passkey.failed.cancelledBody'] : t['pc.today.passkey.failed.expiredBody'];
	return {
		id: 'passkeyFailed',
		blocks: [
			title(head),
			...(network
				? [text(t['pc.failed.network.body'], 'plain', { alert: true }), ...error(view.env, ctx.error)]
				: [text(why, 'warn', { alert: true })]),
			actions([button(t['pc.today.passkey.failed.retry'], { type: 'pc.retry' }, true)]),
		],
	};
}

/** Signed in: once with the passkey, the practice's PC without Bluetooth is on offer, after the service's own buttons. */
function service(view: View): PcScreen {
	const screen = todayService(view);
	const { ctx } = pcOf(view);
	if (ctx.phase !== 'signin') return screen;
	const { actions, button, text } = pcKit;
	const t = view.env.t;
	return {
		...screen,
		blocks: [
			...screen.blocks,
			text(t['pc.today.passkey.service.drill'], 'note'),
			actions([button(t['pc.today.passkey.service.noBluetooth'], { type: 'pc.noBluetooth' })], { alt: null }),
		],
	};
}

export const PASSKEY_PC_SCREENS = {
	passkeyPrompt,
	openApp,
	passkeyWhere,
	otherWays,
	passkeyQr,
	passkeyConnected,
	passkeyFailed,
	service,
} satisfies FlowScreens['pc'];

const contextOf = (view: View): PasskeyPhoneContext => view.phone.context;
const unreadOf = (ctx: PasskeyPhoneContext) => ctx.messages.filter((m) => !ctx.read.includes(m.id));

/** The phone's frame: a text that arrived shows as a banner (as on the SMS practice's phone), and the home button. */
function frame(view: View, id: string, blocks: PB[], more: Partial<PhoneScreen> = {}): PhoneScreen {
	const { button } = phoneKit;
	const t = view.env.t;
	const latest = unreadOf(contextOf(view)).at(-1);
	const words = latest && fill(t['phone.sms.text'], { code: latest.code });
	return {
		id,
		blocks,
		...(words && id !== 'messages'
			? {
					banner: {
						...button(fill(t['phone.sms.banner'], { text: words }), { type: 'phone.openMessages' }, true),
						alt: fill(t['alt.sms'], { text: words }),
					},
				}
			: {}),
		...(id === 'home' ? {} : { nav: button(t['phone.home'], { type: 'phone.home' }) }),
		announce: latest ? { key: `sms:${latest.id}`, text: t['practice.announce.sms'] } : null,
		...more,
	};
}

/** An app's page: a title, what it says, what went wrong, and its buttons. */
function page(view: View, id: string, head: string, body: string[], buttons: PB[]): PhoneScreen {
	const { error, text, title } = phoneKit;
	return frame(view, id, [title(head), ...body.map((words) => text(words)), ...error(view.env, contextOf(view).error), ...buttons]);
}

function home(view: View): PhoneScreen {
	const { button, error, text } = phoneKit;
	const t = view.env.t;
	const ctx = contextOf(view);
	const unread = unreadOf(ctx).length;
	const messages = unread ? fill(t['phone.messages.unread'], { n: unread }) : t['phone.messages'];
	const number = fill(t['phone.number'], { number: view.env.phoneNumber });
	return frame(
		view,
		'home',
		[
			{
				kind: 'icons',
				buttons: [
					button(messages, { type: 'phone.openMessages' }),
					button(t['phone.app'], { type: 'phone.openApp' }),
					button(t['phone.today.passkey.camera'], { type: 'phone.openCamera' }),
				],
			},
			...error(view.env, ctx.error),
			text(number, 'number', { alt: number }),
		],
		{ alt: t['alt.home'] },
	);
}

const messages = (view: View): PhoneScreen => {
	const screen = SMS_PHONE_SCREENS['messages']?.(view);
	if (!screen) throw new Error('No Messages screen');
	return frame(view, 'messages', screen.blocks);
};

function appIntro(view: View): PhoneScreen {
	const { actions, button } = phoneKit;
	const t = view.env.t;
	return page(
		view,
		'appIntro',
		t['phone.today.intro.title'],
		[],
		[actions([button(t['phone.today.passkey.addWork'], { type: 'phone.add' }, true)])],
	);
}

function appSignIn(view: View): PhoneScreen {
	const { actions, button, text, title } = phoneKit;
	const t = view.env.t;
	return frame(view, 'appSignIn', [
		title(t['phone.today.passkey.signIn.title']),
		text(view.env.account, 'account', { alt: fill(t['alt.account'], { account: view.env.account }) }),
		text(t['phone.today.passkey.signIn.note'], 'note'),
		actions([button(t['phone.today.passkey.signIn.button'], { type: 'phone.signIn' }, true)]),
	]);
}

function appAccount(view: View): PhoneScreen {
	const { actions, button, text } = phoneKit;
	const t = view.env.t;
	const name = `${view.env.institution}: ${view.env.account}`;
	return page(
		view,
		'appAccount',
		view.env.institution,
		[],
		[
			text(view.env.account, 'account', { alt: name }),
			text(t['phone.today.passkey.account.body'], 'note'),
			actions([button(t['phone.today.passkey.account.create'], { type: 'phone.createPasskey' }, true)]),
		],
	);
}

/** The screen lock's sheet (the practice's stand-in for Face ID, a fingerprint or a PIN). */
function unlock(view: View, id: 'unlockCreate' | 'unlockSignIn'): PhoneScreen {
	const { actions, button, text } = phoneKit;
	const t = view.env.t;
	const create = id === 'unlockCreate';
	return page(
		view,
		id,
		t[create ? 'phone.today.passkey.unlock.createTitle' : 'phone.today.passkey.unlock.signInTitle'],
		[],
		[
			text(t[create ? 'phone.today.passkey.unlock.createBody' : 'phone.today.passkey.unlock.signInBody']),
			text(t['phone.today.passkey.unlock.note'], 'note'),
			actions([
				button(t['phone.today.passkey.unlock.cancel'], { type: 'phone.cancelUnlock' }),
				button(t['phone.today.passkey.unlock.unlock'], { type: 'phone.unlock' }, true),
			]),
		],
	);
}

function provider(view: View): PhoneScreen {
	const { actions, button } = phoneKit;
	const t = view.env.t;
	return frame(view, 'provider', [
		phoneKit.title(t['phone.today.passkey.provider.title']),
		phoneKit.text(t['phone.today.passkey.provider.body']),
		{
			kind: 'facts',
			items: [
				[t['phone.today.passkey.provider.ios'], t['phone.today.passkey.provider.iosPath']],
				[t['phone.today.passkey.provider.android'], t['phone.today.passkey.provider.androidPath']],
			],
		},
		actions([button(t['phone.today.passkey.provider.on'], { type: 'phone.providerOn' }, true)]),
	]);
}

function passkeyCreated(view: View): PhoneScreen {
	const { actions, button } = phoneKit;
	const t = view.env.t;
	return page(
		view,
		'passkeyCreated',
		t['phone.today.passkey.created.title'],
		[t['phone.today.passkey.created.body']],
		[actions([button(t['phone.today.passkey.done'], { type: 'phone.done' }, true)])],
	);
}

/** The camera: it sees the PC's QR code when the PC shows one; the press reads what it sees. */
function camera(view: View): PhoneScreen {
	const { actions, button, error, text, title } = phoneKit;
	const t = view.env.t;
	const seen = passkeyQrOnPc(view.pc);
	return frame(view, 'camera', [
		title(t['phone.today.passkey.camera']),
		text(t['phone.scanner.aim'], 'note'),
		{
			kind: 'picture',
			frame: 'viewfinder',
			label: t['alt.today.passkeyQr'],
			qr: seen ? view.env.qr : null,
			empty: t['phone.scanner.nothing'],
			alt: seen ? t['alt.camera'] : fill(t['alt.says'], { text: t['phone.scanner.nothing'] }),
		},
		...error(view.env, contextOf(view).error),
		actions([button(t['phone.scanner.capture'], { type: 'phone.capture', code: seen }, true)], { alt: null }),
		text(t['phone.scanner.note'], 'note'),
	]);
}

function passkeyUsed(view: View): PhoneScreen {
	const { actions, button } = phoneKit;
	const t = view.env.t;
	return page(
		view,
		'passkeyUsed',
		t['phone.today.passkey.used.title'],
		[t['phone.today.passkey.used.body']],
		[actions([button(t['phone.today.passkey.done'], { type: 'phone.done' }, true)])],
	);
}

export const PASSKEY_PHONE_SCREENS: FlowScreens['phone'] = {
	home,
	messages,
	appIntro,
	appSignIn,
	appAccount,
	unlockCreate: (view) => unlock(view, 'unlockCreate'),
	provider,
	passkeyCreated,
	camera,
	unlockSignIn: (view) => unlock(view, 'unlockSignIn'),
	passkeyUsed,
};
