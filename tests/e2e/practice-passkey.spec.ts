import { DICTIONARIES } from '../../src/i18n';
import type { Lang } from '../../src/i18n/locales';
import { expect, type Locator, type Page, test } from '../support/fixtures';
import { axeClean, PHONE, practice, scrollToPractice, student } from '../support/simulator';

/**
 * Today's passkey practice (issue 11) walked as a student reading only the screens: signing
 * in with the text's code, the prompt, creating the passkey in Authenticator, then signing in
 * on the PC by its QR code. In Japanese on a phone, where one device is on show at a time and
 * every control must already be in view before it is pressed; in English on a wide screen,
 * where axe sees both devices at every step. Its wrong turns are unit-tested
 * (tests/unit/passkey-flow.test.ts).
 */

const { open: openPractice } = practice('passkey');

async function open(page: Page, lang: Lang, phone: boolean) {
	const t = DICTIONARIES[lang];
	const { root } = await openPractice(page, '', lang);
	await scrollToPractice(page);
	const u = student(page, { phone, wide: !phone });
	return {
		...u,
		t,
		root,
		pc: page.getByRole('region', { name: t['practice.pc'] }),
		phone: page.getByRole('region', { name: t['practice.phone'] }),
		at: async (step: string) => {
			await u.at(step);
			if (!phone) await axeClean(page);
		},
	};
}

/** The code of the newest text, in the phone's open Messages app. */
async function newestCode(phone: Locator) {
	const last = phone.getByRole('listitem').last();
	await expect(last).toContainText(/\d{6}/);
	return /\d{6}/.exec((await last.textContent())!)![0];
}

for (const lang of ['ja', 'en'] as const) {
	const phone = lang === 'ja';
	test.describe(phone ? 'on a phone' : 'on a wide screen', () => {
		if (phone) test.use({ viewport: PHONE });
		const how = phone ? 'every press already in view' : 'axe is clean at every step';
		test(`student (${lang}) signs in with the text’s code, creates a passkey when asked, then signs in on the PC by its QR code; ${how}`, async ({
			page,
		}) => {
			test.setTimeout(90_000);
			const s = await open(page, lang, phone);
			const { t } = s;
			const pcButton = (name: string) => s.pc.getByRole('button', { name, exact: true });
			const phoneButton = (name: string | RegExp) => s.phone.getByRole('button', { name, exact: typeof name === 'string' });

			await s.at('setup-sign-in');
			await s.press(pcButton(t['pc.signIn.button']));
			await s.at('setup-enter-code');
			// The text comes to the phone; its code is typed on the PC.
			await s.follow('phone');
			await s.press(phoneButton(new RegExp(`^${t['phone.messages'].replace(/[()（）]/g, '\\$&')}`)).first());
			await s.follow('pc');
			const code = (await s.glance(t['practice.glance.sms'])) ?? (await newestCode(s.phone));
			await s.fill(s.pc.getByLabel(t['pc.code.label']), code);
			await s.press(pcButton(t['pc.today.code.verify']));

			await s.at('setup-passkey-prompt');
			await expect(s.pc.getByRole('heading', { name: t['pc.today.passkey.prompt.title'] })).toBeVisible();
			await expect(pcButton(t['pc.today.passkey.prompt.skip'])).toBeVisible();
			await s.press(pcButton(t['pc.today.next']));

			await s.at('setup-open-app');
			await s.follow('phone');
			await s.press(phoneButton(t['phone.home']));
			await s.press(phoneButton(t['phone.app']));
			await s.press(phoneButton(t['phone.today.passkey.addWork']));
			await s.press(phoneButton(t['phone.today.passkey.signIn.button']));
			await s.at('setup-create-passkey');
			await s.follow('phone');
			await s.press(phoneButton(t['phone.today.passkey.account.create']));
			await expect(s.phone.getByRole('heading', { name: t['phone.today.passkey.unlock.createTitle'] })).toBeVisible();
			await s.press(phoneButton(t['phone.today.passkey.unlock.unlock']));
			await expect(s.phone.getByRole('heading', { name: t['phone.today.passkey.provider.title'] })).toBeVisible();
			await s.press(phoneButton(t['phone.today.passkey.provider.on']));
			await s.press(phoneButton(t['phone.today.passkey.done']));
			await s.follow('pc');
			await s.press(pcButton(t['pc.today.next']));

			await s.at('setup-done');
			await expect(s.pc.getByRole('heading', { name: t['pc.today.added.passkey'] })).toBeVisible();
			await s.press(pcButton(t['pc.today.done']));

			await s.at('signin-sign-in');
			await s.follow('pc');
			await s.press(pcButton(t['pc.signIn.button']));
			await s.at('signin-scan-qr');
			// The QR code is on the PC; the camera, and the press, on the phone.
			await s.follow('phone');
			await s.look('pc', () => expect(s.pc.getByRole('heading', { name: t['pc.today.passkey.qr.title'] })).toBeVisible());
			await s.press(phoneButton(t['phone.today.passkey.camera']));
			await s.press(phoneButton(t['phone.scanner.capture']));
			await s.at('signin-unlock');
			await s.follow('phone');
			await s.look('pc', () => expect(s.pc.getByRole('heading', { name: t['pc.today.passkey.connected.title'] })).toBeVisible());
			await s.press(phoneButton(t['phone.today.passkey.unlock.unlock']));
			await s.at('signin-done');
			await s.follow('pc');
			await s.press(pcButton(t['pc.today.stay.no']));
			await expect(s.root).toHaveAttribute('data-done', 'true');
			await s.finish();
			await expect(s.pc.getByText(t['pc.service.signedIn'])).toBeVisible();
		});
	});
}
