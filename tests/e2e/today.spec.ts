import { DICTIONARIES, type Lang } from '../../src/i18n';
import type { Method } from '../../src/methods';
import { expect, type Page, test } from '../support/fixtures';
import { axeClean } from '../support/simulator';
import { LANGS, practicePath } from '../support/site';

/**
 * Today's simulator (as of November 2026), driven as a student does: by the buttons' and
 * fields' names in either language. The manual's simulator has its own specs
 * (practice-<method>.spec.ts, manual-walks.spec.ts); editions.spec.ts opens every step of
 * both from its link. Axe checks today's screens at every step of the Japanese walks here.
 */

const words = (lang: Lang) => DICTIONARIES[lang];

/**
 * Opens today's simulator. With `axe`, every step the walk reaches is checked there (the
 * WCAG rules over the simulator): the walks are where today's screens are all seen, so the
 * deep-link sweep in editions.spec.ts need not run axe where it opens them.
 */
async function open(page: Page, method: Method, lang: Lang, query = '', { axe = false } = {}) {
	await page.goto(`${practicePath(lang, method)}${query}`);
	const root = page.locator('[data-simulator]');
	await expect(root).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
	await expect(root).toHaveAttribute('data-edition', 'today');
	const t = words(lang);
	return {
		page,
		root,
		t,
		pc: page.getByRole('region', { name: t['practice.pc'] }),
		phone: page.getByRole('region', { name: t['practice.phone'] }),
		/** The walk reached a step: the address says so (and axe finds nothing there, when asked). */
		at: async (step: string) => {
			await expect(root).toHaveAttribute('data-step', step, { timeout: 15_000 });
			if (axe) await axeClean(page);
		},
	};
}

type Sim = Awaited<ReturnType<typeof open>>;

/** The two digits the PC shows, read off its screen. */
async function numberOnPc(s: Sim) {
	const number = s.pc.getByText(/^\d{2}$/);
	await expect(number).toBeVisible();
	return (await number.textContent())!;
}

/** Typed as a Japanese keyboard types digits in full width: the service reads them as the number. */
const fullWidth = (digits: string) => digits.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

async function answerWithNumber(s: Sim, number: string) {
	await s.phone.getByRole('button', { name: s.t['phone.notification'] }).click();
	await expect(s.phone.getByRole('heading', { name: s.t['phone.today.approve.title'] })).toBeVisible();
	await s.phone.getByLabel(s.t['phone.today.approve.number']).fill(number);
	await s.phone.getByRole('button', { name: s.t['phone.today.approve.yes'], exact: true }).click();
}

async function wizardStart(s: Sim) {
	await s.at('setup-sign-in');
	await s.pc.getByRole('button', { name: s.t['pc.signIn.button'], exact: true }).click();
	await s.at('setup-more-info');
	await expect(s.pc.getByRole('heading', { name: s.t['pc.today.secure.title'] })).toBeVisible();
	await s.pc.getByRole('button', { name: s.t['pc.today.next'] }).click();
}

async function installApp(s: Sim) {
	await s.phone.getByRole('button', { name: s.t['phone.store'] }).click();
	await s.phone.getByRole('button', { name: s.t['phone.store.install'] }).click();
	await s.phone.getByRole('button', { name: s.t['phone.store.open'] }).click();
}

async function scan(s: Sim) {
	await s.at('setup-scan-qr');
	await expect(s.pc.getByRole('heading', { name: s.t['pc.today.scan.title'] })).toBeVisible();
	await s.phone.getByRole('button', { name: s.t['phone.scanner.capture'] }).click();
	await expect(s.phone.getByRole('button', { name: /s1234567@example\.ac\.jp/ })).toBeVisible();
	await s.pc.getByRole('button', { name: s.t['pc.today.next'] }).click();
}

async function staySignedIn(s: Sim, step: string, answer: 'yes' | 'no') {
	await s.at(step);
	await expect(s.pc.getByRole('heading', { name: s.t['pc.today.stay.title'] })).toBeVisible();
	await s.pc.getByRole('button', { name: s.t[`pc.today.stay.${answer}`], exact: true }).click();
}

async function signedIn(s: Sim) {
	await expect(s.root).toHaveAttribute('data-done', 'true');
	await expect(s.pc.getByText(s.t['pc.service.signedIn'])).toBeVisible();
}

/** The code the phone's app shows. */
async function appCode(s: Sim) {
	const code = s.phone.getByText(/^\d{3} \d{3}$/);
	await expect(code).toBeVisible();
	return (await code.textContent())!;
}

/** The code of the newest text message, with the Messages app open. */
async function textedCode(s: Sim, texts: number) {
	// The text of this step, not an older one still on the list.
	await expect(s.phone.getByRole('listitem')).toHaveCount(texts);
	const last = s.phone.getByRole('listitem').last();
	await expect(last).toContainText(/\d{6}/);
	return /\d{6}/.exec((await last.textContent())!)![0];
}

// The passkey's walk is its own spec (practice-passkey.spec.ts).
const WALKS: Record<Exclude<Method, 'passkey'>, (s: Sim, lang: Lang) => Promise<void>> = {
	push: async (s, lang) => {
		await wizardStart(s);
		await s.at('setup-install-app');
		await expect(s.pc.getByRole('heading', { name: s.t['pc.today.install.title'] })).toBeVisible();
		await installApp(s);
		await s.pc.getByRole('button', { name: s.t['pc.today.next'] }).click();
		await s.at('setup-app-first-launch');
		await s.phone.getByRole('button', { name: s.t['phone.today.consent.accept'] }).click();
		await s.phone.getByRole('button', { name: s.t['phone.today.quality.continue'] }).click();
		await s.phone.getByRole('button', { name: s.t['phone.today.intro.add'] }).click();
		await s.phone.getByRole('button', { name: s.t['phone.today.notify.allow'], exact: true }).click();
		await s.phone.getByRole('button', { name: s.t['phone.today.camera.ok'] }).click();
		await s.pc.getByRole('button', { name: s.t['pc.today.next'] }).click();
		await scan(s);
		await s.at('setup-approve');
		await expect(s.pc.getByRole('heading', { name: s.t['pc.today.try.title'] })).toBeVisible();
		// A Japanese keyboard types full-width digits: they count.
		const first = await numberOnPc(s);
		await answerWithNumber(s, lang === 'ja' ? fullWidth(first) : first);
		await s.at('setup-done');
		await s.pc.getByRole('button', { name: s.t['pc.today.done'] }).click();
		await staySignedIn(s, 'setup-stay-signed-in', 'no');
		await s.at('signin-sign-in');
		await s.pc.getByRole('button', { name: s.t['pc.signIn.button'], exact: true }).click();
		await s.at('signin-request-sent');
		await expect(s.pc.getByRole('heading', { name: s.t['pc.today.approve.title'] })).toBeVisible();
		await answerWithNumber(s, await numberOnPc(s));
		await staySignedIn(s, 'signin-done', 'yes');
	},
	code: async (s) => {
		await wizardStart(s);
		await s.at('setup-choose-app');
		await s.pc.getByRole('button', { name: s.t['pc.today.install.otherApp'] }).click();
		await s.at('setup-app-first-launch');
		await installApp(s);
		await s.phone.getByRole('button', { name: s.t['phone.today.otherApp.add'] }).click();
		await s.phone.getByRole('button', { name: s.t['phone.today.camera.ok'] }).click();
		await s.pc.getByRole('button', { name: s.t['pc.today.next'] }).click();
		await s.at('setup-scan-qr');
		// "Can't scan" shows the key an app without a camera takes instead.
		await s.pc.getByRole('button', { name: s.t['pc.today.scan.cant'] }).click();
		await expect(s.pc.getByText(s.t['pc.today.scan.secret'])).toBeVisible();
		await scan(s);
		await s.at('setup-enter-code');
		await s.phone.getByRole('button', { name: /s1234567@example\.ac\.jp/ }).click();
		await s.pc.getByLabel(s.t['pc.code.label']).fill(await appCode(s));
		await s.pc.getByRole('button', { name: s.t['pc.today.next'] }).click();
		await s.at('setup-done');
		await s.pc.getByRole('button', { name: s.t['pc.today.done'] }).click();
		await staySignedIn(s, 'setup-stay-signed-in', 'no');
		// The next sign-in is later: the code used to register is spent.
		await s.page.clock.fastForward(30_000);
		await s.at('signin-sign-in');
		await s.pc.getByRole('button', { name: s.t['pc.signIn.button'], exact: true }).click();
		await s.at('signin-enter-code');
		await expect(s.pc.getByRole('heading', { name: s.t['pc.today.code.title'] })).toBeVisible();
		await s.pc.getByLabel(s.t['pc.code.label']).fill(await appCode(s));
		await s.pc.getByRole('button', { name: s.t['pc.today.code.verify'] }).click();
		await staySignedIn(s, 'signin-done', 'yes');
	},
	sms: async (s) => {
		await wizardStart(s);
		await s.at('setup-other-options');
		await s.pc.getByRole('button', { name: s.t['pc.today.install.otherOptions'] }).click();
		await s.pc.getByRole('radio', { name: s.t['pc.today.options.phone'] }).check();
		await s.pc.getByRole('button', { name: s.t['pc.today.options.confirm'] }).click();
		await s.at('setup-phone-number');
		await s.pc.getByLabel(s.t['pc.today.phone.number']).fill('090-1234-5678');
		await s.pc.getByRole('radio', { name: s.t['pc.today.phone.sms'] }).check();
		await s.pc.getByRole('button', { name: s.t['pc.today.next'] }).click();
		await s.at('setup-enter-code');
		// The Messages icon, with its count of unread texts.
		const unread = s.t['phone.messages.unread'].split('{')[0]!.replace(/[()（）]/g, '\\$&');
		await s.phone.getByRole('button', { name: new RegExp(`^${unread}`) }).click();
		await s.pc.getByLabel(s.t['pc.code.label']).fill(await textedCode(s, 1));
		await s.pc.getByRole('button', { name: s.t['pc.today.next'] }).click();
		await s.at('setup-done');
		await expect(s.pc.getByText(s.t['pc.today.added.sms'])).toBeVisible();
		await s.pc.getByRole('button', { name: s.t['pc.today.done'] }).click();
		await staySignedIn(s, 'setup-stay-signed-in', 'no');
		await s.at('signin-sign-in');
		await s.pc.getByRole('button', { name: s.t['pc.signIn.button'], exact: true }).click();
		await s.at('signin-enter-code');
		await s.pc.getByLabel(s.t['pc.code.label']).fill(await textedCode(s, 2));
		await s.pc.getByRole('button', { name: s.t['pc.today.code.verify'] }).click();
		await staySignedIn(s, 'signin-done', 'yes');
	},
	call: async (s) => {
		const answer = async () => {
			await s.phone.getByRole('button', { name: s.t['phone.call.answer'] }).click();
			await s.phone.getByRole('group', { name: s.t['phone.call.keypad'] }).getByRole('button', { name: '#' }).click();
		};
		await wizardStart(s);
		await s.at('setup-other-options');
		await s.pc.getByRole('button', { name: s.t['pc.today.install.otherOptions'] }).click();
		await s.pc.getByRole('radio', { name: s.t['pc.today.options.phone'] }).check();
		await s.pc.getByRole('button', { name: s.t['pc.today.options.confirm'] }).click();
		await s.at('setup-phone-number');
		await s.pc.getByLabel(s.t['pc.today.phone.number']).fill('090-1234-5678');
		await s.pc.getByRole('radio', { name: s.t['pc.today.phone.call'] }).check();
		await s.pc.getByRole('button', { name: s.t['pc.today.next'] }).click();
		await s.at('setup-answer-call');
		await answer();
		await s.at('setup-done');
		await expect(s.pc.getByText(s.t['pc.today.added.call'])).toBeVisible();
		await s.pc.getByRole('button', { name: s.t['pc.today.done'] }).click();
		await staySignedIn(s, 'setup-stay-signed-in', 'no');
		await s.at('signin-sign-in');
		await s.pc.getByRole('button', { name: s.t['pc.signIn.button'], exact: true }).click();
		await s.at('signin-answer-call');
		await answer();
		await staySignedIn(s, 'signin-done', 'yes');
	},
};

for (const lang of LANGS) {
	for (const method of ['push', 'code', 'sms', 'call'] as const) {
		// Axe in one language: the screens' structure and colours are the same in both.
		const axe = lang === 'ja';
		test(`today’s ${method} (${lang}): a student registers and signs in by the buttons’ names${axe ? ', and axe finds nothing at any step' : ''}`, async ({
			page,
		}) => {
			test.setTimeout(90_000);
			if (method === 'code') await page.clock.install();
			const s = await open(page, method, lang, '', { axe });
			await WALKS[method](s, lang);
			await signedIn(s);
		});
	}
}

test('number matching: a wrong number fails that request and says why; a new request with the right one signs in', async ({ page }) => {
	const s = await open(page, 'push', 'ja', '?step=signin-request-sent');
	const shown = await numberOnPc(s);
	const wrong = String(((Number(shown) - 10 + 1) % 90) + 10);
	// Not two digits: the sheet stays, says why, and keeps the request.
	await s.phone.getByRole('button', { name: s.t['phone.notification'] }).click();
	await s.phone.getByLabel(s.t['phone.today.approve.number']).fill('4');
	await s.phone.getByRole('button', { name: s.t['phone.today.approve.yes'], exact: true }).click();
	await expect(s.phone.getByText(s.t['error.number-invalid'])).toBeVisible();
	await expect(s.phone.getByLabel(s.t['phone.today.approve.number'])).toHaveAttribute('aria-invalid', 'true');
	// Two digits, but not the PC's: the request fails on both sides.
	await s.phone.getByLabel(s.t['phone.today.approve.number']).fill(wrong);
	await s.phone.getByRole('button', { name: s.t['phone.today.approve.yes'], exact: true }).click();
	await expect(s.pc.getByRole('heading', { name: s.t['pc.today.failed.mismatch'] })).toBeVisible();
	await expect(s.pc.getByText(s.t['error.push-mismatch'])).toBeVisible();
	await expect(s.phone.getByText(s.t['error.push-mismatch'])).toBeVisible();
	await axeClean(page);
	await s.pc.getByRole('button', { name: s.t['pc.today.failed.retry'] }).click();
	await answerWithNumber(s, await numberOnPc(s));
	await s.at('signin-done');
});

test('“I can’t see the number” steps the request aside, and it comes back', async ({ page }) => {
	const s = await open(page, 'push', 'en', '?step=signin-approve');
	await expect(s.phone.getByRole('heading', { name: s.t['phone.today.approve.title'] })).toBeVisible();
	await s.phone.getByRole('button', { name: s.t['phone.today.approve.cantSee'] }).click();
	await expect(s.phone.getByText(s.t['phone.today.peek'])).toBeVisible();
	await expect(s.phone.getByRole('heading', { name: s.t['phone.today.approve.title'] })).toBeHidden();
	await expect(s.phone.getByRole('heading', { name: s.t['phone.today.approve.title'] })).toBeVisible({ timeout: 6000 });
});

for (const lang of LANGS) {
	test(`a request you did not make (${lang}): refusing and reporting it is explained, with what to do next`, async ({ page }) => {
		test.setTimeout(60_000);
		const s = await open(page, 'push', lang, '?step=signin-unexpected-request');
		await expect(s.pc.getByRole('heading', { name: s.t['pc.today.stranger.title'] })).toBeVisible();
		await s.phone.getByRole('button', { name: s.t['phone.notification'] }).click();
		await expect(s.phone.getByText(s.t['phone.today.approve.far'], { exact: false })).toBeVisible();
		await s.phone.getByRole('button', { name: s.t['phone.today.approve.no'] }).click();
		await expect(s.phone.getByRole('heading', { name: s.t['phone.today.report.title'] })).toBeVisible();
		await axeClean(page);
		await s.phone.getByRole('button', { name: s.t['phone.today.report.yes'], exact: true }).click();
		await expect(s.pc.getByRole('heading', { name: s.t['pc.today.outcome.reported'] })).toBeVisible();
		await expect(s.pc.getByText(s.t['pc.today.outcome.reportedBody'])).toBeVisible();
		await expect(s.phone.getByText(s.t['phone.today.answered.reported'])).toBeVisible();
		await axeClean(page);
	});
}

test('a request you did not make: approving it is explained, and what it gave away', async ({ page }) => {
	const s = await open(page, 'push', 'ja', '?step=signin-unexpected-request');
	await answerWithNumber(s, '42');
	await expect(s.pc.getByRole('heading', { name: s.t['pc.today.outcome.approved'] })).toBeVisible();
	await expect(s.pc.getByText(s.t['pc.today.outcome.approvedBody'])).toBeVisible();
	await s.pc.getByRole('button', { name: s.t['pc.today.outcome.back'] }).click();
	await expect(s.pc.getByText(s.t['pc.service.signedIn'])).toBeVisible();
});

test('a wrong way on the wizard’s first page says which way this practice takes, and loses nothing', async ({ page }) => {
	const s = await open(page, 'sms', 'en', '?step=setup-other-options');
	await s.pc.getByRole('button', { name: s.t['pc.today.next'] }).click();
	await expect(s.pc.getByText(s.t['error.choose-other-options'])).toBeVisible();
	await s.pc.getByRole('button', { name: s.t['pc.today.install.otherOptions'] }).click();
	await s.pc.getByRole('radio', { name: s.t['pc.today.options.app'] }).check();
	await s.pc.getByRole('button', { name: s.t['pc.today.options.confirm'] }).click();
	await expect(s.pc.getByText(s.t['error.choose-phone'])).toBeVisible();
	await s.pc.getByRole('radio', { name: s.t['pc.today.options.phone'] }).check();
	await s.pc.getByRole('button', { name: s.t['pc.today.options.confirm'] }).click();
	await s.at('setup-phone-number');
});

test('the app’s notification does not come: “I can’t use my Microsoft Authenticator app right now” and its code sign in', async ({
	page,
}) => {
	const s = await open(page, 'push', 'ja', '?step=signin-request-sent');
	await s.pc.getByRole('button', { name: s.t['pc.today.approve.cantUse'] }).click();
	await expect(s.pc.getByRole('heading', { name: s.t['pc.today.ways.title'] })).toBeVisible();
	await axeClean(page);
	await s.pc.getByRole('button', { name: s.t['pc.today.ways.code'] }).click();
	await s.phone.getByRole('button', { name: /s1234567@example\.ac\.jp/ }).click();
	await s.pc.getByLabel(s.t['pc.code.label']).fill(await appCode(s));
	await s.pc.getByRole('button', { name: s.t['pc.today.code.verify'] }).click();
	await staySignedIn(s, 'signin-done', 'yes');
	await signedIn(s);
});
