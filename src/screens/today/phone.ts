import { fill } from '../../i18n/format';
import type { PhoneEvent } from '../../machines/runtime';
import type { TodayPhoneContext } from '../../machines/today/phone';
import { kit } from '../blocks';
import type { Block, FlowScreens, PhoneScreen, View } from '../model';
import { authenticatorScreens } from '../shared/phone-app';

/**
 * Today's phone with an authenticator app: Microsoft Authenticator's first pages and the
 * system's questions, and the request sheet of number matching (the app and the place,
 * the number, "I can't see the number", "No, it's not me", then whether to report). The
 * store, the camera and the account list are both editions' (src/screens/shared/phone-app.ts).
 */

type B = Block<PhoneEvent>;
const { actions, button, error, text, title } = kit<PhoneEvent>();

const contextOf = (view: View): TodayPhoneContext => view.phone.context;
const other = (view: View) => contextOf(view).app === 'other';

const app = authenticatorScreens('phone.today.approve.title');
const frame = app.frame;

/** The app's pages with a title, words and one button on. */
function page(view: View, id: string, head: string, body: string | null, go: { label: string; press: PhoneEvent }): PhoneScreen {
	return frame(view, id, [
		title(head),
		...(body ? [text(body, 'plain', { alt: null })] : []),
		...error(view.env, contextOf(view).error),
		actions([button(go.label, go.press, true)]),
	]);
}

function intro(view: View): PhoneScreen {
	const t = view.env.t;
	return other(view)
		? page(view, 'intro', t['phone.today.otherApp.title'], null, { label: t['phone.today.otherApp.add'], press: { type: 'phone.add' } })
		: page(view, 'intro', t['phone.today.intro.title'], null, { label: t['phone.today.intro.add'], press: { type: 'phone.add' } });
}

/** The system's question: notifications. Without them no request reaches the app, so the practice asks again. */
function notify(view: View): PhoneScreen {
	const t = view.env.t;
	return frame(view, 'notify', [
		title(t['phone.today.notify.title']),
		text(t['phone.today.notify.body'], 'note'),
		...error(view.env, contextOf(view).error),
		actions([
			button(t['phone.today.notify.deny'], { type: 'phone.allow', allow: false }),
			button(t['phone.today.notify.allow'], { type: 'phone.allow', allow: true }, true),
		]),
	]);
}

/** Where the request comes from, as the app shows it (additional context). */
function context(view: View) {
	const t = view.env.t;
	const request = contextOf(view).notification;
	return {
		app: t['phone.today.approve.appName'],
		place: request?.by === 'stranger' ? t['phone.today.approve.far'] : t['phone.today.approve.here'],
	};
}

/** The request: the account, the app and the place, the number to type, and the three ways to answer. */
function approve(view: View): PhoneScreen {
	const { env } = view;
	const t = env.t;
	const ctx = contextOf(view);
	const where = context(view);
	const name = `${env.institution}: ${ctx.account?.name || env.account}`;
	return frame(view, 'approve', [
		title(t['phone.today.approve.title']),
		text(name, 'account', { alt: name }),
		text(fill(t['phone.today.approve.app'], { app: where.app }), 'plain', { alt: fill(t['alt.today.request'], where) }),
		text(fill(t['phone.today.approve.where'], { place: where.place }), 'plain', { alt: null }),
		{
			kind: 'form',
			submit: (f) => ({ type: 'phone.approve', number: f.get('number') }),
			blocks: [
				{
					kind: 'field',
					label: t['phone.today.approve.number'],
					name: 'number',
					type: 'text',
					hint: { inputMode: 'numeric', autoComplete: 'off', ...(ctx.error ? { invalid: true, describedBy: 'sim-phone-error' } : {}) },
				},
				...error(env, ctx.error, {}, 'sim-phone-error'),
				actions([button(t['phone.today.approve.no'], { type: 'phone.deny' }), button(t['phone.today.approve.yes'], 'submit', true)]),
			],
		},
		actions([button(t['phone.today.approve.cantSee'], { type: 'phone.peek' })], { alt: null }),
	]);
}

/** "I can't see the number": the sheet is out of the way for 3 seconds. */
function peek(view: View): PhoneScreen {
	const t = view.env.t;
	return frame(view, 'peek', [...app.accounts(view).blocks, text(t['phone.today.peek'], 'note')]);
}

/** After "No, it's not me": report it as suspicious, or not. */
function report(view: View): PhoneScreen {
	const t = view.env.t;
	return frame(view, 'report', [
		title(t['phone.today.report.title']),
		text(t['phone.today.report.body']),
		actions([
			button(t['phone.today.report.no'], { type: 'phone.report', report: false }),
			button(t['phone.today.report.yes'], { type: 'phone.report', report: true }, true),
		]),
	]);
}

/** The account list, saying how the last request was answered. */
function accounts(view: View): PhoneScreen {
	const t = view.env.t;
	const last = contextOf(view).last;
	const said: B[] = last ? [text(t[`phone.today.answered.${last}`], last === 'approved' ? 'ok' : 'warn')] : [];
	// Another page once it says how the request went: the answer comes a moment after the press,
	// and a line pushed in above the list would move it under the student's finger.
	return frame(view, last ? 'answered' : 'accounts', [...said, ...app.accounts(view).blocks]);
}

export const TODAY_PHONE_SCREENS: FlowScreens['phone'] = {
	home: app.home,
	store: app.store,
	storeInstalled: app.storeInstalled,
	consent: (view) =>
		page(view, 'consent', view.env.t['phone.today.consent.title'], view.env.t['phone.today.consent.body'], {
			label: view.env.t['phone.today.consent.accept'],
			press: { type: 'phone.agree' },
		}),
	quality: (view) =>
		page(view, 'quality', view.env.t['phone.today.quality.title'], null, {
			label: view.env.t['phone.today.quality.continue'],
			press: { type: 'phone.continue' },
		}),
	intro,
	notify,
	camera: (view) =>
		page(view, 'camera', view.env.t['phone.today.camera.title'], null, {
			label: view.env.t['phone.today.camera.ok'],
			press: { type: 'phone.cameraOk' },
		}),
	scanner: app.scanner,
	accounts,
	account: app.account,
	approve,
	peek,
	report,
};
