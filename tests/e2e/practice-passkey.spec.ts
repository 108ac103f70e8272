import { DICTIONARIES } from '../../src/i18n';
import { expect, type Locator, test } from '../support/fixtures';
import { axeClean, practice } from '../support/simulator';

/**
 * Today's passkey practice (issue 11) walked as a student reading only the screens, in
 * Japanese, with axe at every step: signing in with the text's code, the prompt, creating
 * the passkey in Authenticator, then signing in on the PC by its QR code. Its wrong turns
 * are unit-tested (tests/unit/passkey-flow.test.ts); one English screen is checked here.
 */

const { open } = practice('passkey');
const t = DICTIONARIES.ja;

/** The code of the newest text, in the phone's open Messages app. */
async function newestCode(phone: Locator) {
	const last = phone.getByRole('listitem').last();
	await expect(last).toContainText(/\d{6}/);
	return /\d{6}/.exec((await last.textContent())!)![0];
}

test('student signs in with the text’s code, creates a passkey when asked, then signs in on the PC by its QR code; axe is clean at every step', async ({
	page,
}) => {
	// 60 s measured on two cores shared at a load average of 14 (axe at each step is most of it).
	test.setTimeout(90_000);
	const s = await open(page);
	const step = async (id: string) => {
		await s.at(id);
		await axeClean(page);
	};
	const pcButton = (name: string) => s.pc.getByRole('button', { name, exact: true });
	const phoneButton = (name: string | RegExp) => s.phone.getByRole('button', { name, exact: typeof name === 'string' });

	await step('setup-sign-in');
	await pcButton(t['pc.signIn.button']).click();
	await step('setup-enter-code');
	await phoneButton(new RegExp(`^${t['phone.messages'].replace(/[()（）]/g, '\\$&')}`))
		.first()
		.click();
	await s.pc.getByLabel(t['pc.code.label']).fill(await newestCode(s.phone));
	await pcButton(t['pc.today.code.verify']).click();

	await step('setup-passkey-prompt');
	await expect(s.pc.getByRole('heading', { name: t['pc.today.passkey.prompt.title'] })).toBeVisible();
	await expect(pcButton(t['pc.today.passkey.prompt.skip'])).toBeVisible();
	await pcButton(t['pc.today.next']).click();

	await step('setup-open-app');
	await phoneButton(t['phone.home']).click();
	await phoneButton(t['phone.app']).click();
	await phoneButton(t['phone.today.passkey.addWork']).click();
	await phoneButton(t['phone.today.passkey.signIn.button']).click();
	await step('setup-create-passkey');
	await phoneButton(t['phone.today.passkey.account.create']).click();
	await expect(s.phone.getByRole('heading', { name: t['phone.today.passkey.unlock.createTitle'] })).toBeVisible();
	await phoneButton(t['phone.today.passkey.unlock.unlock']).click();
	await expect(s.phone.getByRole('heading', { name: t['phone.today.passkey.provider.title'] })).toBeVisible();
	await phoneButton(t['phone.today.passkey.provider.on']).click();
	await phoneButton(t['phone.today.passkey.done']).click();
	await pcButton(t['pc.today.next']).click();

	await step('setup-done');
	await expect(s.pc.getByRole('heading', { name: t['pc.today.added.passkey'] })).toBeVisible();
	await pcButton(t['pc.today.done']).click();

	await step('signin-sign-in');
	await pcButton(t['pc.signIn.button']).click();
	await step('signin-scan-qr');
	await expect(s.pc.getByRole('heading', { name: t['pc.today.passkey.qr.title'] })).toBeVisible();
	await phoneButton(t['phone.today.passkey.camera']).click();
	await phoneButton(t['phone.scanner.capture']).click();
	await step('signin-unlock');
	await expect(s.pc.getByRole('heading', { name: t['pc.today.passkey.connected.title'] })).toBeVisible();
	await phoneButton(t['phone.today.passkey.unlock.unlock']).click();
	await step('signin-done');
	await pcButton(t['pc.today.stay.no']).click();
	await expect(s.root).toHaveAttribute('data-done', 'true');
	await expect(s.pc.getByText(t['pc.service.signedIn'])).toBeVisible();
});

test('the English prompt reads in English, with “Skip for now”, and axe finds nothing', async ({ page }) => {
	const en = DICTIONARIES.en;
	await open(page, '?step=setup-passkey-prompt', 'en');
	const pc = page.getByRole('region', { name: en['practice.pc'] });
	await expect(pc.getByRole('heading', { name: en['pc.today.passkey.prompt.title'] })).toBeVisible();
	await expect(pc.getByRole('button', { name: en['pc.today.passkey.prompt.skip'] })).toBeVisible();
	await axeClean(page);
});
