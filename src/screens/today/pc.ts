import { fill } from '../../i18n/format';
import type { PcEvent } from '../../machines/pc';
import { kit, PC_ERROR } from '../blocks';
import type { Block, PcScreen, View } from '../model';
import {
	callFailed as bothCallFailed,
	service as bothService,
	challengeFailed,
	codePage,
	pcOf,
	phoneFields,
	rememberBox,
	signIn,
} from '../shared/pc';

/**
 * Today's PC screens (as of November 2026): the wizard after "Let's keep your account
 * secure", number matching, "Stay signed in?", and the practice's "request you did not
 * make". Their words are today.* keys of the dictionaries (src/i18n/today.ja.ts), each with
 * its source or an UNVERIFIED mark; the pages the practice adds (the scenario) say so.
 */

type B = Block<PcEvent>;
const { actions, busy, button, error, text, title } = kit<PcEvent>();

const account = (view: View): B => text(view.env.account, 'account', { alt: null });

/** "Let's keep your account secure": no way to skip it, only Next (and another account). */
export function secure(view: View): PcScreen {
	const t = view.env.t;
	return {
		id: 'secure',
		blocks: [
			account(view),
			title(t['pc.today.secure.title']),
			text(t['pc.today.secure.body']),
			text(t['pc.today.secure.moreInfo'], 'note', { alt: null }),
			actions([button(t['pc.today.next'], { type: 'pc.next' }, true)]),
			text(t['pc.today.secure.otherAccount'], 'note', { alt: null }),
		],
	};
}

/** The wizard's first page, with its ways to another authentication app and to the other options. */
export function installApp(view: View): PcScreen {
	const { env } = view;
	const { ctx } = pcOf(view);
	const t = env.t;
	return {
		id: 'installApp',
		blocks: [
			title(t['pc.today.install.title']),
			text(t['pc.today.install.body']),
			...error(env, ctx.error),
			actions([button(t['pc.today.install.otherApp'], { type: 'pc.otherApp' })], { layout: 'column' }),
			actions([button(t['pc.today.next'], { type: 'pc.next' }, true)]),
			actions([button(t['pc.today.install.otherOptions'], { type: 'pc.otherOptions' })], { layout: 'column' }),
		],
	};
}

/** Behind "Other options": which method (the classic dialog's labels; today's are UNVERIFIED). */
export function otherOptions(view: View): PcScreen {
	const { env } = view;
	const { ctx } = pcOf(view);
	const t = env.t;
	return {
		id: 'otherOptions',
		blocks: [
			title(t['pc.today.options.title']),
			{
				kind: 'form',
				submit: (f) => ({ type: 'pc.chooseMethod', method: f.get('method') }),
				blocks: [
					{
						kind: 'choices',
						legend: t['pc.today.options.title'],
						name: 'method',
						options: [
							{ value: 'app', label: t['pc.today.options.app'] },
							{ value: 'phone', label: t['pc.today.options.phone'] },
						],
						chosen: null,
						alt: null,
					},
					...error(env, ctx.error),
					actions([button(t['pc.today.cancel'], { type: 'pc.cancel' }), button(t['pc.today.options.confirm'], 'submit', true)]),
				],
			},
		],
	};
}

/** "Set up your account in app": what to do in the app before the QR code. */
export function appSetupInfo(view: View): PcScreen {
	const { env } = view;
	const { ctx, waiting } = pcOf(view);
	const t = env.t;
	return {
		id: 'appSetupInfo',
		blocks: [
			title(t['pc.today.appSetup.title']),
			text(t[env.method === 'code' ? 'pc.today.appSetup.code' : 'pc.today.appSetup.push']),
			...error(env, ctx.error),
			...busy(waiting),
			actions([button(t['pc.today.back'], { type: 'pc.back' }), button(t['pc.today.next'], { type: 'pc.next' }, true)]),
		],
	};
}

/** "Scan the QR code"; "Can't scan the QR code?" shows the code and URL, or for another app its account and key. */
export function scanQr(view: View): PcScreen {
	const { env } = view;
	const { ctx, waiting } = pcOf(view);
	const t = env.t;
	const code = env.method === 'code';
	const activation = ctx.activation;
	const typed: B[] = !ctx.showKey
		? [actions([button(t['pc.today.scan.cant'], { type: 'pc.cantScan' })], { alt: null })]
		: code
			? [
					text(t['pc.today.scan.codeKey']),
					{
						kind: 'facts',
						items: [
							[t['pc.today.scan.account'], `${env.institution}: ${env.account}`],
							[t['pc.today.scan.secret'], activation?.key ?? ''],
						],
					},
				]
			: [
					text(t['pc.today.scan.pushKey']),
					{
						kind: 'facts',
						items: [
							[t['pc.today.scan.codeLabel'], activation?.code ?? ''],
							[t['pc.today.scan.urlLabel'], activation?.url ?? ''],
						],
					},
				];
	return {
		id: 'scanQr',
		blocks: [
			title(t['pc.today.scan.title']),
			text(t[code ? 'pc.today.scan.code' : 'pc.today.scan.push']),
			{ kind: 'picture', frame: 'qr', label: t['pc.configure.qrAlt'], qr: env.qr, alt: t['pc.configure.qrAlt'] },
			...typed,
			...error(env, ctx.error),
			...busy(waiting),
			actions([button(t['pc.today.back'], { type: 'pc.back' }), button(t['pc.today.next'], { type: 'pc.next' }, true)]),
		],
	};
}

/** The two digits of number matching, large, with what a screen reader hears. */
const matchNumber = (view: View): B[] => {
	const n = pcOf(view).ctx.pushNumber;
	return n ? [text(n, 'match', { alt: fill(view.env.t['alt.today.number'], { n }) })] : [];
};

/** Number matching on the PC: "Let's try it out" at registration, "Approve sign in request" at sign-in. */
export function approveRequest(view: View): PcScreen {
	const { env } = view;
	const { ctx, waiting } = pcOf(view);
	const t = env.t;
	if (ctx.phase === 'setup') {
		return {
			id: 'tryIt',
			blocks: [
				title(t['pc.today.try.title']),
				text(t['pc.today.try.body']),
				...matchNumber(view),
				...error(env, ctx.error),
				...busy(waiting),
			],
		};
	}
	return {
		id: 'approveRequest',
		blocks: [
			account(view),
			title(t['pc.today.approve.title']),
			text(t['pc.today.approve.body']),
			...matchNumber(view),
			text(t['pc.today.approve.noNumbers'], 'note'),
			...rememberBox(view),
			...error(env, ctx.error),
			...busy(waiting),
			actions([button(t['pc.today.approve.cantUse'], { type: 'pc.otherWay' })], { alt: null }),
		],
	};
}

/** "Sign in with a different method": the ways this account has. */
export function otherWays(view: View): PcScreen {
	const t = view.env.t;
	return {
		id: 'otherWays',
		blocks: [
			account(view),
			title(t['pc.today.ways.title']),
			actions(
				[
					button(t['pc.today.ways.approve'], { type: 'pc.useWay', way: 'approve' }),
					button(t['pc.today.ways.code'], { type: 'pc.useWay', way: 'code' }),
				],
				{ layout: 'column' },
			),
		],
	};
}

/** A request denied, unanswered, or answered with another number: which, and a new one. */
export function pushFailed(view: View): PcScreen {
	const { env } = view;
	const { ctx } = pcOf(view);
	const t = env.t;
	const kind = ctx.notice === 'mismatch' ? 'mismatch' : ctx.notice === 'denied' ? 'denied' : 'expired';
	const network = ctx.error === 'network';
	return {
		id: 'pushFailed',
		blocks: [
			title(network ? t['pc.failed.network.title'] : t[`pc.today.failed.${kind}`]),
			...(network ? [text(t['pc.failed.network.body'], 'plain', { alert: true })] : error(env, ctx.error)),
			...(kind === 'mismatch' && !network ? error(env, 'push-mismatch') : []),
			text(t['pc.today.failed.body']),
			actions([button(t['pc.today.failed.retry'], { type: 'pc.retry' }, true)]),
		],
	};
}

/** The wizard's last page: the method added. */
export function added(view: View): PcScreen {
	const { env } = view;
	const { ctx, waiting } = pcOf(view);
	const t = env.t;
	const [head, body] =
		env.method === 'push'
			? [t['pc.today.added.push'], t['pc.today.added.pushBody']]
			: env.method === 'code'
				? [t['pc.today.added.code'], t['pc.today.added.codeBody']]
				: env.method === 'passkey'
					? [t['pc.today.added.passkey'], t['pc.today.added.passkeyBody']]
					: [t['pc.today.added.phone'], t[env.method === 'call' ? 'pc.today.added.call' : 'pc.today.added.sms']];
	return {
		id: 'added',
		blocks: [
			title(head),
			text(body, 'ok'),
			...error(env, ctx.error),
			...busy(waiting),
			actions([button(t['pc.today.done'], { type: 'pc.done' }, true)]),
		],
	};
}

/** "Stay signed in?": at the end of registration and of every sign-in. */
export function staySignedIn(view: View): PcScreen {
	const { env } = view;
	const { ctx, waiting } = pcOf(view);
	const t = env.t;
	return {
		id: 'staySignedIn',
		blocks: [
			account(view),
			title(t['pc.today.stay.title']),
			text(t['pc.today.stay.body']),
			{ kind: 'check', label: t['pc.today.stay.dontShow'], checked: ctx.dontShow, toggle: (checked) => ({ type: 'pc.dontShow', checked }) },
			...error(env, ctx.error),
			...busy(waiting),
			actions([
				button(t['pc.today.stay.no'], { type: 'pc.stay', stay: false }),
				button(t['pc.today.stay.yes'], { type: 'pc.stay', stay: true }, true),
			]),
		],
	};
}

/**
 * After the text's code or the call (since 1 September 2026, facts §8.7): create a passkey
 * now ("Next"), or "Skip for now". The passkey practice creates one; today's SMS and call
 * practices skip it. Here, not in passkey.ts, so their chunks need none of the passkey's screens.
 */
export function passkeyPrompt(view: View): PcScreen {
	const t = view.env.t;
	return {
		id: 'passkeyPrompt',
		blocks: [
			account(view),
			title(t['pc.today.passkey.prompt.title']),
			text(t['pc.today.passkey.prompt.body']),
			...error(view.env, pcOf(view).ctx.error),
			actions([button(t['pc.today.passkey.prompt.skip'], { type: 'pc.skip' }), button(t['pc.today.next'], { type: 'pc.next' }, true)]),
		],
	};
}

/** The signed-in service; in the push practice it also opens the "request you did not make". */
export function service(view: View): PcScreen {
	const screen = bothService(view);
	const t = view.env.t;
	// After "Skip for now" on the passkey prompt (the passkey's, the SMS's or the call's practice):
	// signed in, and the prompt will come again.
	if (pcOf(view).ctx.notice === 'skipped') return { ...screen, blocks: [text(t['pc.today.passkey.skipped'], 'warn'), ...screen.blocks] };
	if (view.env.method !== 'push') return screen;
	const drill = t['pc.today.service.stranger'];
	// Done: the drill stays on offer, after the service's own buttons.
	if (view.pc.hasTag('done'))
		return { ...screen, blocks: [...screen.blocks, actions([button(drill, { type: 'pc.stranger' })], { alt: null })] };
	// Until then it is the practice's next and last step: said first, its button the primary one, before the service's own.
	const own = screen.blocks.slice(0, -1);
	const rest = screen.blocks.slice(-1);
	return {
		...screen,
		blocks: [
			...own,
			text(fill(t['pc.today.service.next'], { drill }), 'strong'),
			actions([button(drill, { type: 'pc.stranger' }, true)], { alt: null }),
			...rest,
		],
	};
}

/** The practice's own page while someone else signs in: the student is not signing in. */
export function stranger(view: View): PcScreen {
	const { env } = view;
	const { ctx, waiting } = pcOf(view);
	const t = env.t;
	return {
		id: 'stranger',
		blocks: [title(t['pc.today.stranger.title']), text(t['pc.today.stranger.body']), ...error(env, ctx.error), ...busy(waiting)],
	};
}

/** What the answer to the request did, and what to do next. */
export function strangerOutcome(view: View): PcScreen {
	const { env } = view;
	const { ctx } = pcOf(view);
	const t = env.t;
	const kind =
		ctx.notice === 'reported' ? 'reported' : ctx.notice === 'denied' ? 'denied' : ctx.notice === 'expired' ? 'expired' : 'approved';
	return {
		id: 'strangerOutcome',
		blocks: [
			title(t[`pc.today.outcome.${kind}`]),
			text(t[`pc.today.outcome.${kind}Body`], kind === 'reported' ? 'ok' : 'warn', { alert: true }),
			actions([button(t['pc.today.outcome.back'], { type: 'pc.next' }, true)]),
		],
	};
}

/** The phone page behind "Other options": the classic labels (today's are UNVERIFIED). */
export function phoneForm(view: View): PcScreen {
	const { env } = view;
	const { ctx, waiting } = pcOf(view);
	const t = env.t;
	return {
		id: 'phoneForm',
		blocks: [
			title(t['pc.today.phone.title']),
			{
				kind: 'form',
				// Today's page has no contact-method list: the phone was chosen on the page before.
				submit: (f) => ({
					type: 'pc.registerPhone',
					contact: 'phone',
					country: f.get('country'),
					number: f.get('number'),
					via: f.get('via'),
				}),
				blocks: [
					text(t['pc.today.phone.question'], 'strong'),
					...phoneFields(view, {
						country: t['pc.today.phone.country'],
						number: t['pc.today.phone.number'],
						how: t['pc.today.phone.how'],
						sms: t['pc.today.phone.sms'],
						call: t['pc.today.phone.call'],
					}),
					text(t['pc.today.phone.note'], 'note'),
					...error(env, ctx.error, {}, PC_ERROR),
					...busy(waiting),
					actions([button(t['pc.today.next'], 'submit', true)]),
				],
			},
		],
	};
}

/** Typing a code: "Enter code" with today's words (the app's or a text's). */
export function enterCode(view: View): PcScreen {
	const t = view.env.t;
	const { ctx } = pcOf(view);
	// The passkey practice's text is a sign-in's: its prompt comes after the student is signed in.
	const setup = ctx.phase === 'setup' && view.env.method !== 'passkey';
	const sms = view.env.method === 'sms' || view.env.method === 'passkey';
	return codePage(view, {
		lead: (number) => [
			...(setup ? [] : [account(view)]),
			title(t['pc.today.code.title']),
			text(
				sms
					? fill(t[setup ? 'pc.today.code.smsSetup' : 'pc.today.code.sms'], { number })
					: t[setup ? 'pc.today.code.setup' : 'pc.today.code.app'],
			),
		],
		verify: setup ? t['pc.today.next'] : t['pc.today.code.verify'],
		resend: t['pc.today.code.resend'],
	});
}

/** Waiting for the call to be answered. */
export function waitingCall(view: View): PcScreen {
	const { env } = view;
	const { ctx, waiting } = pcOf(view);
	const t = env.t;
	const number = ctx.challenge?.to ?? env.phoneNumber;
	if (ctx.phase === 'setup') {
		return {
			id: 'waitingCall',
			blocks: [
				title(t['pc.today.phone.title']),
				text(fill(t['pc.today.call.setup'], { number }), 'strong'),
				...busy(waiting),
				actions([button(t['pc.today.back'], { type: 'pc.cancel' })]),
			],
		};
	}
	return {
		id: 'waitingCall',
		blocks: [account(view), title(t['pc.today.approve.title']), text(t['pc.today.call.signin']), ...rememberBox(view)],
	};
}

/** A call that did not verify: both editions' page, or today's report of suspicious activity after 0#. */
export function callFailed(view: View): PcScreen {
	const { env } = view;
	const { ctx } = pcOf(view);
	const t = env.t;
	if (ctx.notice !== 'fraud') return bothCallFailed(view);
	return {
		id: 'callReported',
		blocks: [
			title(t['pc.today.call.reported']),
			text(t['pc.today.call.reportedBody'], 'warn', { alert: true }),
			...error(env, ctx.error),
			actions([button(t['pc.call.retry'], { type: 'pc.retry' }, true)]),
		],
	};
}

/** The PC screens every method's flow of today shows: the wizard's start and end, and the service. */
export const WIZARD_SCREENS = {
	signIn,
	moreInfo: secure,
	installApp,
	challengeFailed,
	added,
	staySignedIn,
	service,
};
