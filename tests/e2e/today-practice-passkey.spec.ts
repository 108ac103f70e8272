import { PRACTICE_PHONE } from '../../src/backend/model';
import { maskPhone } from '../../src/backend/phone-number';
import { DICTIONARIES } from '../../src/i18n';
import { fill } from '../../src/i18n/format';
import type { Lang } from '../../src/i18n/locales';
import { expect, type Locator, type Page, test } from '../support/fixtures';
import { axeClean, PHONE, practice, scrollToPractice, student } from '../support/simulator';

/**
 * Today's passkey practice walked as a student reading only the screens: signing
 * in with the text's code, the prompt, creating the passkey in Authenticator, then signing in
 * on the PC by its QR code, after Windows 11's dialog that asks where the passkey is. In Japanese
 * on a phone, where one device is on show at a time and every control must already be in view
 * before it is pressed; in English on a wide screen, where axe sees both devices at every step.
 * Then the optional last step, a PC without Bluetooth, opened by its deep link as the
 * chapter links it: English on a phone, Japanese on a wide screen, so each language meets each
 * width once. Its wrong turns are unit-tested (tests/unit/passkey-flow.test.ts).
 */

const { open: openPractice } = practice('passkey');

async function open(page: Page, lang: Lang, phone: boolean, query = '') {
	const t = DICTIONARIES[lang];
	const { root } = await openPractice(page, query, lang);
	await scrollToPractice(page);
	const u = student(page, { phone, wide: !phone, lang });
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
			// Windows 11 asks where the passkey is: the phone, then Next (a new screen within the step: axe here too).
			await expect(s.pc.getByRole('heading', { name: t['pc.today.passkey.where.title'] })).toBeVisible();
			await axeClean(page);
			await s.check(s.pc.getByRole('radio', { name: t['pc.today.passkey.where.phone'] }));
			await s.press(pcButton(t['pc.today.passkey.where.next']));
			await s.at('signin-scan-qr');
			// The QR code is on the PC; the camera, and the press, on the phone.
			await s.follow('phone');
			await s.look('pc', async () => {
				await expect(s.pc.getByRole('heading', { name: t['pc.today.passkey.qr.title'] })).toBeVisible();
				// A PC whose Bluetooth fails the student has its way out here too.
				await expect(pcButton(t['pc.today.passkey.otherWay'])).toBeVisible();
			});
			await s.press(phoneButton(t['phone.today.passkey.camera']));
			await s.press(phoneButton(t['phone.scanner.capture']));
			await s.at('signin-unlock');
			await s.follow('phone');
			await s.look('pc', () => expect(s.pc.getByRole('heading', { name: t['pc.today.passkey.connected.title'] })).toBeVisible());
			await s.press(phoneButton(t['phone.today.passkey.unlock.unlock']));
			await s.at('signin-done');
			await s.follow('pc');
			await s.press(pcButton(t['pc.today.stay.no']));
			// Done: the PC without Bluetooth is on offer as an optional last step, and leads to it.
			await expect(s.root).toHaveAttribute('data-done', 'true');
			await expect(s.pc.getByText(t['pc.service.signedIn'])).toBeVisible();
			await s.press(pcButton(t['pc.today.passkey.service.noBluetooth']));
			await s.at('signin-no-bluetooth');
			await expect(s.pc.getByText(t['pc.today.passkey.noBluetooth'])).toBeVisible();
			await expect(s.root).toHaveAttribute('data-done', 'false');
			await s.finish();
		});
	});
}

/** The text's banner over whatever the phone shows (its words before the text itself). */
const banner = (lang: Lang) => new RegExp(`^${fill(DICTIONARIES[lang]['phone.sms.banner'], { text: '' }).replace(/[()（）]/g, '\\$&')}`);

for (const lang of ['en', 'ja'] as const) {
	const phone = lang === 'en';
	test.describe(phone ? 'on a phone' : 'on a wide screen', () => {
		if (phone) test.use({ viewport: PHONE });
		test(`student (${lang}) opens the step “a PC without Bluetooth” by its link, leaves Windows’ dialog by “Sign in with a different method” and signs in with the text’s code`, async ({
			page,
		}) => {
			test.setTimeout(60_000);
			const s = await open(page, lang, phone, '?step=signin-no-bluetooth');
			const { t } = s;
			const pcButton = (name: string) => s.pc.getByRole('button', { name, exact: true });

			await s.at('signin-no-bluetooth');
			await s.follow('pc');
			await expect(s.pc.getByText(t['pc.today.passkey.noBluetooth'])).toBeVisible();
			await expect(s.pc.getByRole('heading', { name: t['pc.today.passkey.where.title'] })).toBeVisible();
			// On a phone, at() does not run axe: the new screens are checked here, each once.
			if (phone) await axeClean(page);
			// The phone's passkey cannot reach this PC: choosing it says so, and names the way out.
			await s.check(s.pc.getByRole('radio', { name: t['pc.today.passkey.where.phone'] }));
			await s.press(pcButton(t['pc.today.passkey.where.next']));
			await expect(s.pc.getByText(t['error.no-bluetooth'])).toBeVisible();
			await axeClean(page);
			await s.press(pcButton(t['pc.today.passkey.otherWay']));
			await expect(s.pc.getByRole('heading', { name: t['pc.today.ways.title'] })).toBeVisible();
			await expect(pcButton(t['pc.today.passkey.ways.passkey'])).toBeVisible();
			await axeClean(page);
			await s.press(pcButton(fill(t['pc.today.passkey.ways.sms'], { number: maskPhone(PRACTICE_PHONE.e164) })));
			// The text comes to the phone; its code is typed on the PC, still in this step.
			await s.follow('phone');
			await s.press(s.phone.getByRole('button', { name: banner(lang) }));
			await s.follow('pc');
			const code = (await s.glance(t['practice.glance.sms'])) ?? (await newestCode(s.phone));
			await s.fill(s.pc.getByLabel(t['pc.code.label']), code);
			await s.press(pcButton(t['pc.today.code.verify']));
			await expect(s.pc.getByRole('heading', { name: t['pc.today.stay.title'] })).toBeVisible();
			await s.press(pcButton(t['pc.today.stay.no']));
			await expect(s.pc.getByText(t['pc.service.signedIn'])).toBeVisible();
			await expect(s.root).toHaveAttribute('data-done', 'true');
			await s.at('signin-no-bluetooth');
			await s.finish();
		});
	});
}
