import { fill } from '../../i18n/format';
import type { PcEvent } from '../../machines/pc';
import { kit } from '../blocks';
import type { Block, FlowScreens, PcScreen, View } from '../model';
import { challengeFailed, pcOf, rememberBox, service, signIn } from '../shared/pc';
import { backupPhone, contactSelect, enterCode, moreInfo } from './pc';

/**
 * The PC's screens of the Authenticator methods (the manual's chapters 3 and 4):
 * "Additional security verification" with the mobile app, "Configure mobile app" with
 * its QR code, waiting for the phone's approval and what can go wrong with it.
 */

type B = Block<PcEvent>;
const { actions, busy, button, error, text, title } = kit<PcEvent>();

/** "Additional security verification": choose the mobile app and set it up, then, once it is configured, how to use it. */
function securityVerification(view: View, configured: boolean): PcScreen {
	const { env } = view;
	const { ctx, waiting } = pcOf(view);
	const t = env.t;
	const use = env.method === 'code' ? 'code' : 'notification';
	// The form opens on "Authentication phone", as the real one does; the chapter's picture shows the choice to make.
	const contact = contactSelect(env, configured || !env.live ? 'app' : 'phone', configured);
	const uses: B = {
		kind: 'choices',
		legend: t['pc.manual.sv.use'],
		name: 'use',
		options: [
			{ value: 'notification', label: t['pc.manual.sv.use.notification'] },
			{ value: 'code', label: t['pc.manual.sv.use.code'] },
		],
		chosen: configured ? use : null,
		disabled: !configured,
	};
	const form: B = configured
		? {
				kind: 'form',
				submit: (fields) => ({ type: 'pc.chooseUse', use: fields.get('use') }),
				blocks: [
					text(t['pc.manual.sv.step1'], 'strong'),
					contact,
					uses,
					text(t['pc.manual.sv.configured'], 'ok'),
					...error(env, ctx.error),
					...busy(waiting),
					actions([button(t['pc.next'], 'submit', true)]),
				],
			}
		: {
				kind: 'form',
				submit: (fields) => ({ type: 'pc.setup', contact: fields.get('contact') }),
				blocks: [
					text(t['pc.manual.sv.step1'], 'strong'),
					contact,
					uses,
					text(t['pc.manual.sv.needApp'], 'note', { alt: fill(t['alt.says'], { text: t['pc.manual.sv.needApp'] }) }),
					actions([button(t['pc.manual.sv.setup'], 'submit')]),
					...error(env, ctx.error),
					...busy(waiting),
				],
			};
	return { id: 'securityVerification', blocks: [title(t['pc.sv.title']), text(t['pc.manual.sv.lead'], 'note'), form] };
}

/** "Configure mobile app": the QR code, and the code and URL for when it cannot be scanned. */
function configureApp(view: View, ready: boolean): PcScreen {
	const { env } = view;
	const { ctx, waiting } = pcOf(view);
	const t = env.t;
	const activation = ctx.activation ?? { code: '000 000 000', url: '' };
	return {
		id: 'configureApp',
		blocks: [
			title(t['pc.manual.configure.title']),
			text(t['pc.manual.configure.lead'], 'plain', { alt: null }),
			{ kind: 'list', items: [t['pc.manual.configure.1'], t['pc.manual.configure.2'], t['pc.manual.configure.3']] },
			{ kind: 'picture', frame: 'qr', label: t['pc.configure.qrAlt'], qr: env.qr, alt: t['alt.qr'] },
			text(t['pc.manual.configure.fallback'], 'note'),
			{
				kind: 'facts',
				items: [
					[t['pc.manual.configure.code'], activation.code],
					[t['pc.manual.configure.url'], activation.url],
				],
			},
			text(t['pc.manual.configure.ready'], 'note'),
			...error(env, ctx.error),
			...busy(waiting),
			// ⑩ of the manual: once the app shows its code, this page's Next is what to press.
			actions([button(t['pc.next'], { type: 'pc.next' }, true), button(t['pc.cancel'], { type: 'pc.cancel' })], {
				...(ready ? { layout: 'cue', alt: fill(t['alt.pressNow'], { name: t['pc.next'] }) } : {}),
			}),
		],
	};
}

/** Waiting for the phone's approval: the test notification at registration, a sign-in request later. */
function waitApproval(view: View): PcScreen {
	const { env } = view;
	const { ctx, waiting } = pcOf(view);
	const t = env.t;
	if (ctx.phase === 'setup') {
		return {
			id: 'waitApproval',
			blocks: [
				title(t['pc.sv.title']),
				text(t['pc.manual.wait.setupTitle'], 'strong'),
				text(t['pc.manual.wait.setupBody']),
				...busy(waiting),
			],
		};
	}
	return {
		id: 'waitApproval',
		blocks: [
			text(env.account, 'account', { alt: null }),
			title(t['pc.manual.wait.title']),
			text(t['pc.manual.wait.body']),
			...busy(waiting),
			...rememberBox(view),
		],
	};
}

/** Denied, unanswered or unreachable: which it was, the real advice, and a way on. */
function pushFailed(view: View): PcScreen {
	const { env } = view;
	const { ctx } = pcOf(view);
	const t = env.t;
	const kind = ctx.notice === 'denied' ? 'denied' : ctx.notice === 'expired' ? 'expired' : 'network';
	const retry =
		kind === 'denied' && ctx.phase === 'signin'
			? t['pc.manual.retry.signIn']
			: kind === 'network'
				? t['pc.retry.again']
				: t['pc.manual.retry.resend'];
	return {
		id: 'pushFailed',
		blocks: [
			title(t[`pc.failed.${kind}.title`]),
			text(t[`pc.failed.${kind}.body`], 'plain', { alert: true }),
			...(kind === 'denied' ? [text(t['pc.failed.denied.advice'], 'warn')] : []),
			actions([button(retry, { type: 'pc.retry' }, true)]),
		],
	};
}

const APP_SCREENS = {
	signIn,
	moreInfo,
	securityVerification: (view: View) => securityVerification(view, false),
	chooseUse: (view: View) => securityVerification(view, true),
	configureApp: (view: View) => configureApp(view, false),
	configureAppReady: (view: View) => configureApp(view, true),
	backupPhone,
	service,
} satisfies FlowScreens['pc'];

export const PUSH_SCREENS: FlowScreens['pc'] = { ...APP_SCREENS, waitApproval, pushFailed };
export const CODE_SCREENS: FlowScreens['pc'] = { ...APP_SCREENS, enterCode, challengeFailed };
