import type { TenantState } from '../../backend/model';
import { fill } from '../../i18n/format';
import type { CarrierPhoneContext } from '../../machines/carrier-phone';
import type { PhoneEvent } from '../../machines/runtime';
import { kit } from '../blocks';
import type { Block, FlowScreens, PhoneScreen, View } from '../model';

/**
 * The phone of the SMS and call methods: its home screen, the Messages app, and a call
 * from ringing to its end with the keypad. A text that arrives shows as a banner; a text
 * or a call is said aloud once.
 */

type B = Block<PhoneEvent>;
const { actions, button, text, title } = kit<PhoneEvent>();
const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];

const contextOf = (view: View): CarrierPhoneContext => view.phone.context;
const smsText = (view: View, code: string) => fill(view.env.t['phone.sms.text'], { code });
const unreadOf = (ctx: CarrierPhoneContext) => ctx.messages.filter((m) => !ctx.read.includes(m.id));

function phoneScreen(view: View, id: string, blocks: B[], more: Partial<PhoneScreen> = {}): PhoneScreen {
	const ctx = contextOf(view);
	const t = view.env.t;
	const inCall = id === 'incoming' || id === 'inCall';
	const latest = unreadOf(ctx).at(-1);
	const words = latest && smsText(view, latest.code);
	return {
		id,
		blocks,
		...(words && id !== 'messages' && !inCall
			? {
					banner: {
						...button(fill(t['phone.sms.banner'], { text: words }), { type: 'phone.openMessages' }, true),
						alt: fill(t['alt.sms'], { text: words }),
					},
				}
			: {}),
		...(id === 'home' || inCall ? {} : { nav: button(t['phone.home'], { type: 'phone.home' }) }),
		announce:
			view.phone.hasTag('ringing') && ctx.current
				? { key: `call:${ctx.current}`, text: t['practice.announce.call'] }
				: latest
					? { key: `sms:${latest.id}`, text: t['practice.announce.sms'] }
					: null,
		...more,
	};
}

function home(view: View): PhoneScreen {
	const { env } = view;
	const t = env.t;
	const ctx = contextOf(view);
	const unread = unreadOf(ctx).length;
	const blocks: B[] = [];
	if (env.method === 'sms') {
		const label = unread ? fill(t['phone.messages.unread'], { n: unread }) : t['phone.messages'];
		blocks.push({ kind: 'icons', buttons: [button(label, { type: 'phone.openMessages' })] });
	}
	if (ctx.missed) {
		const missed = fill(t['phone.missed'], { n: ctx.missed });
		blocks.push(text(missed, 'note', { alt: missed }));
	}
	const number = fill(t['phone.number'], { number: env.phoneNumber });
	blocks.push(text(number, 'number', { alt: number }));
	return phoneScreen(view, 'home', blocks, { alt: t['alt.home'] });
}

function messages(view: View): PhoneScreen {
	const t = view.env.t;
	const all = contextOf(view).messages;
	const newest = all.at(-1);
	const list: B = all.length
		? {
				kind: 'messages',
				items: all.map((m) => ({ from: t['phone.messages.from'], text: smsText(view, m.code) })),
				alt: newest ? fill(t['alt.messages'], { n: all.length, text: smsText(view, newest.code) }) : null,
			}
		: text(t['phone.messages.empty'], 'note', { alt: fill(t['alt.says'], { text: t['phone.messages.empty'] }) });
	return phoneScreen(view, 'messages', [title(t['phone.messages'], null), list]);
}

function incoming(view: View): PhoneScreen {
	const t = view.env.t;
	return phoneScreen(view, 'incoming', [
		title(t['phone.call.incoming'], null),
		text(t['phone.call.caller'], 'caller', { alt: fill(t['alt.incoming'], { caller: t['phone.call.caller'] }) }),
		actions([button(t['phone.call.decline'], { type: 'phone.decline' }), button(t['phone.call.answer'], { type: 'phone.answer' }, true)], {
			layout: 'call',
		}),
	]);
}

const inCall =
	({ reportBlocks }: CallRules) =>
	(view: View): PhoneScreen => {
		const t = view.env.t;
		const keys = contextOf(view).keys;
		// The manual's voice offers a fraud alert; today's a report of suspicious activity (the same rule as after 0#).
		const voice = reportBlocks ? t['phone.call.voice'] : t['phone.today.call.voice'];
		return phoneScreen(view, 'inCall', [
			title(t['phone.call.inCall'], t['alt.inCall']),
			text(voice, 'voice', { alt: null }),
			...(keys ? [text(fill(t['phone.call.typed'], { keys }), 'typed', { alt: fill(t['phone.call.typed'], { keys }) })] : []),
			{ kind: 'keypad', label: t['phone.call.keypad'], keys: KEYS.map((key) => button(key, { type: 'phone.key', key })), alt: null },
			actions([button(t['phone.call.hangUp'], { type: 'phone.hangUp' })], { layout: 'call', alt: null }),
		]);
	};

/**
 * What the service does with a report (0# on a call), which is what the voice says: the
 * tenant's own rule (`reportBlocks`, src/backend/model.ts), so the two are one value.
 */
export type CallRules = Pick<TenantState, 'reportBlocks'>;

const callEnded =
	(rules: CallRules) =>
	(view: View): PhoneScreen => {
		const t = view.env.t;
		const outcome = contextOf(view).outcome;
		const voice = t[voiceOf(outcome, rules)];
		return phoneScreen(view, 'callEnded', [
			title(t['phone.call.ended']),
			text(voice, 'plain', { alt: voice }),
			actions([button(t['phone.call.close'], { type: 'phone.close' }, true)], { alt: null }),
		]);
	};

/** What the voice (or the phone) says when a call ends, by how it ended. */
function voiceOf(outcome: CarrierPhoneContext['outcome'], { reportBlocks }: CallRules) {
	switch (outcome) {
		case 'verified':
			return 'phone.call.voice.verified';
		case 'fraud':
			// The manual's "sign-ins to this account will be blocked" would be untrue of today's report.
			return reportBlocks ? 'phone.call.voice.fraud' : 'phone.today.call.voice.reported';
		case 'wrong-key':
			return 'phone.call.voice.wrong-key';
		case 'no-answer':
			return 'phone.call.voice.no-answer';
		// A call replaced by a newer one was ended by the other side.
		case 'cancelled':
		case 'expired':
			return 'phone.call.voice.cancelled';
		default:
			return 'phone.call.voice.hung-up';
	}
}

/** The phone's screens for a tenant with these rules: the manual's blocks on a report (as the practice tenant does by default). */
export const carrierScreens = (rules: CallRules = { reportBlocks: true }) =>
	({ home, messages, incoming, inCall: inCall(rules), callEnded: callEnded(rules) }) satisfies FlowScreens['phone'];

export const SMS_PHONE_SCREENS: FlowScreens['phone'] = carrierScreens();
export const CALL_PHONE_SCREENS: FlowScreens['phone'] = carrierScreens();
