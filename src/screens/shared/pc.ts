import { MAX_FAILURES } from '../../backend/model';
import { fill } from '../../i18n/format';
import type { PcContext, PcEvent } from '../../machines/pc';
import { kit, PC_ERROR } from '../blocks';
import type { Block, PcScreen, View } from '../model';

/**
 * The PC's screens both editions draw: signing in, the signed-in service, a verification
 * that could not start, typing a code (the app's or a text's, each edition with its own
 * words) and a call that did not verify. Each reads the PC's context and says what the page
 * shows, in the order it shows it.
 */

type B = Block<PcEvent>;
const { actions, busy, button, error, remember, text, title } = kit<PcEvent>();

export const pcOf = (view: View): { ctx: PcContext; waiting: boolean } => {
	const ctx: PcContext = view.pc.context;
	return { ctx, waiting: view.pc.hasTag('busy') };
};

const toggleRemember = (checked: boolean): PcEvent => ({ type: 'pc.remember', checked });

/** The "don't ask again" box of a sign-in that waits for the phone or a code. */
export const rememberBox = (view: View): B[] => remember(view.env, pcOf(view).ctx.remember, toggleRemember);

export function signIn(view: View): PcScreen {
	const { env } = view;
	const { ctx, waiting } = pcOf(view);
	const t = env.t;
	const notice = ctx.notice === 'registered' ? t['pc.signIn.registered'] : ctx.notice === 'unblocked' ? t['pc.signIn.unblocked'] : null;
	return {
		id: 'signIn',
		blocks: [
			...(notice ? [text(notice, 'ok')] : []),
			title(t['pc.signIn.title']),
			text(env.account, 'account', { alt: fill(t['alt.account'], { account: env.account }) }),
			{
				kind: 'field',
				label: t['pc.signIn.password'],
				name: 'password',
				type: 'password',
				value: 'practice-only',
				shown: '••••••••',
				hint: { readOnly: true, describedBy: 'sim-pw-note' },
				alt: null,
			},
			// Only the live screen carries the id its field points to: a chapter shows the still
			// picture of this screen more than once, and ids must stay unique in a page.
			text(t['pc.signIn.passwordNote'], 'note', { id: 'sim-pw-note' }),
			...error(env, ctx.error),
			...busy(waiting),
			actions([button(t['pc.signIn.button'], { type: 'pc.signIn' }, true)]),
		],
	};
}

/** The service the student signed in to; also the page under the spinner while the sign-in completes. */
export function service(view: View): PcScreen {
	const { env } = view;
	const { ctx, waiting } = pcOf(view);
	const t = env.t;
	// "Come back after the trust has run out": a day after it, where the box exists.
	const later = (env.rememberDays ?? 0) + 1;
	return {
		id: 'service',
		blocks: [
			title(t['pc.service.title']),
			text(t['pc.service.signedIn']),
			...(ctx.remembered && env.rememberDays !== null ? [text(fill(t['pc.service.remembered'], { days: env.rememberDays }), 'ok')] : []),
			...error(env, ctx.error),
			...busy(waiting),
			actions(
				[
					button(t['pc.service.signOut'], { type: 'pc.signOut' }),
					button(t['pc.service.tomorrow'], { type: 'pc.later', days: 1 }),
					...(later > 1 ? [button(fill(t['pc.service.later'], { days: later }), { type: 'pc.later', days: later })] : []),
				],
				{ layout: 'column', alt: null },
			),
		],
	};
}

/** The countries the form offers: Japan first, then the commonest home countries of international students. */
const COUNTRIES = [
	['JP', 'pc.backup.countryJapan'],
	['CN', 'pc.country.CN'],
	['KR', 'pc.country.KR'],
	['US', 'pc.country.US'],
] as const;

/** An edition's labels of the phone-number form. */
export interface PhoneFormWords {
	country: string;
	number: string;
	how: string;
	sms: string;
	call: string;
}

/**
 * The phone-number form's fields both editions ask for, with each edition's labels: the
 * country, the number (under it, the practice phone's number to type), and a text or a call.
 */
export function phoneFields(view: View, words: PhoneFormWords): B[] {
	const { env } = view;
	const invalid = pcOf(view).ctx.error?.startsWith('phone-') ?? false;
	return [
		{
			kind: 'select',
			label: words.country,
			name: 'country',
			options: COUNTRIES.map(([value, key]) => ({ value, label: env.t[key] })),
			selected: 'JP',
		},
		{
			kind: 'field',
			label: words.number,
			name: 'number',
			type: 'tel',
			hint: { inputMode: 'tel', ...(invalid ? { invalid: true, describedBy: PC_ERROR } : {}) },
		},
		text(fill(env.t['pc.phone.hint'], { number: env.phoneNumber }), 'note'),
		{
			kind: 'choices',
			legend: words.how,
			name: 'via',
			options: [
				{ value: 'sms', label: words.sms },
				{ value: 'call', label: words.call },
			],
			chosen: env.method === 'call' ? 'call' : 'sms',
		},
	];
}

/** A call being placed: the page waits for the service. */
export function callStarting(view: View): PcScreen {
	return { id: 'callStarting', blocks: [title(view.env.t['pc.sv.title']), ...busy(pcOf(view).waiting)] };
}

/** No answer, hung up or another key: which, and another call. */
export function callFailed(view: View): PcScreen {
	const { env } = view;
	const { ctx } = pcOf(view);
	const t = env.t;
	const kind = ctx.notice === 'hung-up' || ctx.notice === 'wrong-key' ? ctx.notice : 'no-answer';
	return {
		id: 'callFailed',
		blocks: [
			title(t[`pc.callFailed.${kind}.title`]),
			text(t[`pc.callFailed.${kind}.body`], 'plain', { alert: true }),
			...error(env, ctx.error),
			actions([
				ctx.phase === 'setup' && button(t['pc.phone.change'], { type: 'pc.cancel' }),
				button(t['pc.call.retry'], { type: 'pc.retry' }, true),
			]),
		],
	};
}

/** The title of a verification that could not start, for the error it failed with. */
function challengeFailedTitle(view: View, code: string) {
	const t = view.env.t;
	return code === 'network' ? t['pc.failed.network.title'] : code === 'blocked' ? t['pc.blocked.title'] : t['pc.failed.challenge.title'];
}

/** A text, call or code entry that could not start, or a sign-in that could not be completed. */
export function challengeFailed(view: View): PcScreen {
	const { env } = view;
	const { ctx } = pcOf(view);
	const t = env.t;
	// Say what actually went wrong: a blocked account or an unfinished registration is not
	// fixed by trying the connection again.
	const code = ctx.error ?? 'network';
	const canChange = ctx.phase === 'setup' && env.method !== 'code';
	return {
		id: 'challengeFailed',
		blocks: [
			title(challengeFailedTitle(view, code)),
			...(code === 'network' ? [text(t['pc.failed.network.body'], 'plain', { alert: true })] : error(env, code)),
			actions([canChange && button(t['pc.phone.change'], { type: 'pc.cancel' }), button(t['pc.retry.again'], { type: 'pc.retry' }, true)]),
		],
	};
}

/** An edition's words on its code page: what leads to the field, and its buttons. */
export interface CodeWords {
	lead: (number: string, setup: boolean) => B[];
	verify: string;
	resend: string;
}

/**
 * Typing a code on the PC, for the code and SMS methods: the code field, its errors and
 * the lock-out with its countdown (repainted every second, and not a live region: the
 * end of the lock is said once, by the page's announcement).
 */
export function codePage(view: View, words: CodeWords): PcScreen {
	const { env } = view;
	const { ctx, waiting } = pcOf(view);
	const t = env.t;
	// The passkey practice's text is a sign-in's (its chapter counts it in registration, where the prompt comes from).
	const passkey = env.method === 'passkey';
	const setup = ctx.phase === 'setup' && !passkey;
	const number = ctx.challenge?.to ?? env.phoneNumber;
	const locked = ctx.lockedUntil !== null && env.now < ctx.lockedUntil;
	let problem: B[];
	if (locked) {
		const left = Math.ceil(((ctx.lockedUntil ?? 0) - env.now) / 1000);
		problem = [
			...error(env, 'locked', { max: MAX_FAILURES }),
			text(fill(t['pc.locked.countdown'], { s: left }), 'countdown', { alt: null }),
		];
	} else if (ctx.error === 'locked') {
		// After the lock: a plain line, not a live region (the page announces the end once).
		problem = [text(t['pc.locked.over'], 'ok')];
	} else {
		problem = error(env, ctx.error, { n: ctx.typed ?? 0, tries: ctx.tries ?? 0 }, PC_ERROR);
	}
	const described = ctx.error !== null && !locked && ctx.error !== 'locked';
	const sms = env.method === 'sms' || passkey;
	return {
		id: 'enterCode',
		blocks: [
			...words.lead(number, setup),
			{
				kind: 'form',
				submit: (fields) => ({ type: 'pc.verify', code: fields.get('code') }),
				blocks: [
					{
						kind: 'field',
						label: t['pc.code.label'],
						name: 'code',
						type: 'text',
						hint: { inputMode: 'numeric', autoComplete: 'one-time-code', ...(described ? { invalid: true, describedBy: PC_ERROR } : {}) },
					},
					...problem,
					...busy(waiting),
					...(setup ? [] : rememberBox(view)),
					actions([
						sms && setup && button(t['pc.phone.change'], { type: 'pc.cancel' }),
						sms && button(words.resend, { type: 'pc.resend' }),
						button(words.verify, 'submit', true),
					]),
				],
			},
		],
		// The end of a lock-out, said once when it comes (src/islands/simulator/paint.ts).
		announce:
			ctx.error === 'locked' && !locked && ctx.lockedUntil !== null
				? { key: `unlocked:${ctx.lockedUntil}`, text: t['practice.announce.unlocked'] }
				: null,
	};
}
