import type { PhoneEvent } from '../../machines/runtime';
import { kit } from '../blocks';
import type { FlowScreens, PhoneScreen, View } from '../model';
import { accountName, authenticatorScreens } from '../shared/phone-app';

/**
 * The manual's Authenticator app (December 2020): its consent and first pages, and a request
 * to approve with "Approve" and "Deny". The store, the camera and the account list are both
 * editions' (src/screens/shared/phone-app.ts). A request that arrives shows as a banner over
 * any other screen, and is said aloud once.
 */

const { actions, button, text, title } = kit<PhoneEvent>();
const app = authenticatorScreens('phone.manual.approve.title');

/** The app's first pages: a title, a paragraph and the one button that goes on. */
function appPage(view: View, id: 'consent' | 'intro', go: PhoneEvent): PhoneScreen {
	const t = view.env.t;
	return app.frame(view, id, [
		title(t[`phone.manual.${id}.title`]),
		text(t[`phone.manual.${id}.body`], 'plain', { alt: null }),
		actions([button(t[id === 'consent' ? 'phone.manual.consent.agree' : 'phone.manual.intro.scan'], go, true)]),
	]);
}

function approve(view: View): PhoneScreen {
	const t = view.env.t;
	const name = `${view.env.institution}: ${accountName(view)}`;
	return app.frame(view, 'approve', [
		title(t['phone.manual.approve.title']),
		text(view.env.institution, 'plain', { alt: null }),
		text(accountName(view), 'account', { alt: name }),
		text(t['phone.manual.approve.note'], 'note'),
		actions([
			button(t['phone.manual.approve.deny'], { type: 'phone.deny' }),
			button(t['phone.manual.approve.approve'], { type: 'phone.approve' }, true),
		]),
	]);
}

export const APP_PHONE_SCREENS: FlowScreens['phone'] = {
	home: app.home,
	store: app.store,
	storeInstalled: app.storeInstalled,
	consent: (view) => appPage(view, 'consent', { type: 'phone.agree' }),
	intro: (view) => appPage(view, 'intro', { type: 'phone.scan' }),
	scanner: app.scanner,
	accounts: app.accounts,
	account: app.account,
	approve,
};
