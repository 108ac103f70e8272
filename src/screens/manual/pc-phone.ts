import { fill } from '../../i18n/format';
import type { PcEvent } from '../../machines/pc';
import { kit, PC_ERROR } from '../blocks';
import type { Block, FlowScreens, PcScreen, View } from '../model';
import { callFailed, callStarting, challengeFailed, pcOf, phoneFields, rememberBox, service, signIn } from '../shared/pc';
import { contactSelect, enterCode, moreInfo } from './pc';

/**
 * The PC's screens of the SMS and call methods (the manual's chapters 1 and 2): the phone
 * number form, waiting for a call and what can go wrong with it, and the page that says
 * the phone was verified.
 */

type B = Block<PcEvent>;
const { actions, busy, button, error, text, title } = kit<PcEvent>();

/** The phone methods' "Step 1": contact method, country, number, and how to be reached. */
function phoneForm(view: View): PcScreen {
	const { env } = view;
	const { ctx, waiting } = pcOf(view);
	const t = env.t;
	const fields: B[] = [
		text(t['pc.manual.sv.step1'], 'strong'),
		contactSelect(env, 'phone'),
		...phoneFields(view, {
			country: t['pc.manual.backup.country'],
			number: t['pc.manual.phone.number'],
			how: t['pc.manual.phone.method'],
			sms: t['pc.manual.phone.via.sms'],
			call: t['pc.manual.phone.via.call'],
		}),
		...error(env, ctx.error, {}, PC_ERROR),
		...busy(waiting),
		actions([button(t['pc.next'], 'submit', true)]),
	];
	return {
		id: 'phoneForm',
		blocks: [
			title(t['pc.sv.title']),
			text(t['pc.manual.sv.lead'], 'note'),
			{
				kind: 'form',
				submit: (f) => ({
					type: 'pc.registerPhone',
					contact: f.get('contact'),
					country: f.get('country'),
					number: f.get('number'),
					via: f.get('via'),
				}),
				blocks: fields,
			},
			text(t['pc.manual.backup.note'], 'note'),
		],
	};
}

/** The phone is ringing. A student who typed the number wrong must not wait out the ring to fix it. */
function waitingCall(view: View): PcScreen {
	const { env } = view;
	const { ctx, waiting } = pcOf(view);
	const t = env.t;
	const number = ctx.challenge?.to ?? env.phoneNumber;
	if (ctx.phase === 'setup') {
		return {
			id: 'waitingCall',
			blocks: [
				title(t['pc.sv.title']),
				text(fill(t['pc.manual.call.setupTitle'], { number }), 'strong'),
				text(t['pc.manual.call.setupBody']),
				...busy(waiting),
				actions([button(t['pc.phone.change'], { type: 'pc.cancel' })]),
			],
		};
	}
	return {
		id: 'waitingCall',
		blocks: [
			text(env.account, 'account', { alt: null }),
			title(t['pc.manual.call.signinTitle']),
			text(fill(t['pc.manual.call.signinBody'], { number })),
			...rememberBox(view),
		],
	};
}

/** 0# reported fraud: what that means, what happens next, and the helpdesk's unblocking (a practice button). */
export function blocked(view: View): PcScreen {
	const { env } = view;
	const { ctx, waiting } = pcOf(view);
	const t = env.t;
	return {
		id: 'blocked',
		blocks: [
			title(t['pc.blocked.title']),
			text(t['pc.manual.blocked.body'], 'plain', { alert: true }),
			text(t['pc.manual.blocked.meaning'], 'plain', { alt: null }),
			text(t['pc.manual.blocked.next'], 'warn', { alt: null }),
			...error(env, ctx.error),
			...busy(waiting),
			actions([button(t['pc.manual.blocked.unblock'], { type: 'pc.unblock' }, true)]),
		],
	};
}

/** "Verification successful": the phone methods' last page of registration. */
function verified(view: View): PcScreen {
	const { env } = view;
	const { ctx, waiting } = pcOf(view);
	const t = env.t;
	return {
		id: 'verified',
		blocks: [
			text(t['pc.manual.backup.verified'], 'ok'),
			title(t['pc.sv.title']),
			text(t['pc.manual.verified.body'], 'plain', { alt: null }),
			...error(env, ctx.error),
			...busy(waiting),
			actions([button(t['pc.done'], { type: 'pc.done' }, true)]),
		],
	};
}

const PHONE_METHOD_SCREENS = { signIn, moreInfo, phoneForm, challengeFailed, verified, service } satisfies FlowScreens['pc'];

export const SMS_SCREENS: FlowScreens['pc'] = { ...PHONE_METHOD_SCREENS, enterCode };
export const CALL_SCREENS: FlowScreens['pc'] = { ...PHONE_METHOD_SCREENS, callStarting, waitingCall, callFailed, blocked };
