import { DICTIONARIES, type Lang } from '../../src/i18n';
import type { Method } from '../../src/methods';
import { expect, type Page, test } from '../support/fixtures';
import { axeClean, keyboard, PHONE, scrollToPractice, simulatorReady, student, WIDE, watchShifts } from '../support/simulator';
import { LANGS, practicePath } from '../support/site';

/**
 * Today's simulator (as of November 2026), driven as a student does: by the buttons' and
 * fields' names in either language. The manual's simulator has its own specs
 * (manual-practice-<method>.spec.ts, manual-walks.spec.ts); editions.spec.ts opens every step of
 * both from its link. Axe checks today's screens at every step of the Japanese walks here.
 */

const words = (lang: Lang) => DICTIONARIES[lang];

/**
 * Opens today's simulator. With `axe`, every step the walk reaches is checked there (the
 * WCAG rules over the simulator): the walks are where today's screens are all seen, so the
 * deep-link sweep in editions.spec.ts need not run axe where it opens them.
 */
async function open(page: Page, method: Method, lang: Lang, query = '', { axe = false, phone = false, wide = false } = {}) {
	await watchShifts(page);
	await page.goto(`${practicePath(lang, method)}${query}`);
	const root = page.locator('[data-simulator]');
	await simulatorReady(page);
	await expect(root).toHaveAttribute('data-edition', 'today');
	if (phone || wide) await scrollToPractice(page);
	const t = words(lang);
	const u = student(page, { phone, wide });
	return {
		...u,
		page,
		root,
		t,
		pc: page.getByRole('region', { name: t['practice.pc'] }),
		phone: page.getByRole('region', { name: t['practice.phone'] }),
		/** The walk reached a step: the address says so (and axe finds nothing there, when asked). */
		/** The walk reached a step (and axe finds nothing there, when asked; see student().at for a phone). */
		at: async (step: string) => {
			await u.at(step);
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
	await s.press(s.phone.getByRole('button', { name: s.t['phone.notification'] }));
	await expect(s.phone.getByRole('heading', { name: s.t['phone.today.approve.title'] })).toBeVisible();
	await s.fill(s.phone.getByLabel(s.t['phone.today.approve.number']), number);
	await s.press(s.phone.getByRole('button', { name: s.t['phone.today.approve.yes'], exact: true }));
}

async function wizardStart(s: Sim) {
	await s.at('setup-sign-in');
	await s.press(s.pc.getByRole('button', { name: s.t['pc.signIn.button'], exact: true }));
	await s.at('setup-more-info');
	await expect(s.pc.getByRole('heading', { name: s.t['pc.today.secure.title'] })).toBeVisible();
	await s.press(s.pc.getByRole('button', { name: s.t['pc.today.next'] }));
}

async function installApp(s: Sim) {
	await s.press(s.phone.getByRole('button', { name: s.t['phone.store'] }));
	await s.press(s.phone.getByRole('button', { name: s.t['phone.store.install'] }));
	await s.press(s.phone.getByRole('button', { name: s.t['phone.store.open'] }));
}

async function scan(s: Sim) {
	await s.at('setup-scan-qr');
	// The QR code is on the PC; the camera, and the press, on the phone.
	await s.follow('phone');
	await s.look('pc', () => expect(s.pc.getByRole('heading', { name: s.t['pc.today.scan.title'] })).toBeVisible());
	await s.press(s.phone.getByRole('button', { name: s.t['phone.scanner.capture'] }));
	// The account is in the app; the next press is the PC's, and the page goes there.
	await s.follow('pc');
	await s.look('phone', () => expect(s.phone.getByRole('button', { name: /s1234567@example\.ac\.jp/ })).toBeVisible());
	await s.press(s.pc.getByRole('button', { name: s.t['pc.today.next'] }));
}

/**
 * A request has come to the phone (on a phone the view has gone there): the student reads the
 * PC's number off the glance above the phone; on a wide screen, off the PC beside it.
 */
async function readNumber(s: Sim, title: string) {
	await expect(s.phone.getByRole('button', { name: s.t['phone.notification'] })).toBeVisible();
	await s.follow('phone');
	const glanced = await s.glance(s.t['practice.glance.match']);
	if (glanced !== null) return glanced;
	await expect(s.pc.getByRole('heading', { name: title })).toBeVisible();
	return numberOnPc(s);
}

/**
 * Today's SMS and call: after the second factor, the prompt to create a passkey (since 1 September
 * 2026). The practice skips it (creating one is the passkey practice's), on the PC, where the page
 * has gone by itself; the guide says where to create one, and the service says the prompt comes again.
 */
async function skipPasskey(s: Sim) {
	await s.at('signin-passkey-prompt');
	await s.follow('pc');
	await expect(s.pc.getByRole('heading', { name: s.t['pc.today.passkey.prompt.title'] })).toBeVisible();
	const guide = s.page.getByRole('region', { name: new RegExp(s.t['practice.stepOf']) });
	await expect(guide).toContainText(s.t['today.guide.passkeyElsewhere']);
	await s.press(s.pc.getByRole('button', { name: s.t['pc.today.passkey.prompt.skip'] }));
	await staySignedIn(s, 'signin-done', 'yes');
	await expect(s.pc.getByText(s.t['pc.today.passkey.skipped'])).toBeVisible();
}

async function staySignedIn(s: Sim, step: string, answer: 'yes' | 'no') {
	await s.at(step);
	await expect(s.pc.getByRole('heading', { name: s.t['pc.today.stay.title'] })).toBeVisible();
	await s.press(s.pc.getByRole('button', { name: s.t[`pc.today.stay.${answer}`], exact: true }));
}

/**
 * The end of a walk: signed in. Today's push goes on into its drill (a request you did not
 * make), which its guide and its PC's page name as next: only that completes the practice.
 */
async function signedIn(s: Sim, method: Method, { drill = true } = {}) {
	await expect(s.pc.getByText(s.t['pc.service.signedIn'])).toBeVisible();
	if (method === 'push') {
		await expect(s.root).toHaveAttribute('data-done', 'false');
		await expect(s.pc.getByRole('button', { name: s.t['pc.today.service.stranger'] })).toBeVisible();
		if (!drill) return;
		await s.press(s.pc.getByRole('button', { name: s.t['pc.today.service.stranger'] }));
		await s.at('signin-unexpected-request');
		await s.follow('phone');
		await s.press(s.phone.getByRole('button', { name: s.t['phone.notification'] }));
		await s.press(s.phone.getByRole('button', { name: s.t['phone.today.approve.no'] }));
		await s.press(s.phone.getByRole('button', { name: s.t['phone.today.report.yes'], exact: true }));
		await s.follow('pc');
		await expect(s.pc.getByRole('heading', { name: s.t['pc.today.outcome.reported'] })).toBeVisible();
	}
	await expect(s.root).toHaveAttribute('data-done', 'true');
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

// The passkey's walk is its own spec (today-practice-passkey.spec.ts).
const WALKS: Record<Exclude<Method, 'passkey'>, (s: Sim, lang: Lang) => Promise<void>> = {
	push: async (s, lang) => {
		await wizardStart(s);
		await s.at('setup-install-app');
		await s.follow('phone');
		await s.look('pc', () => expect(s.pc.getByRole('heading', { name: s.t['pc.today.install.title'] })).toBeVisible());
		await installApp(s);
		await s.follow('pc');
		await s.press(s.pc.getByRole('button', { name: s.t['pc.today.next'] }));
		await s.at('setup-app-first-launch');
		await s.press(s.phone.getByRole('button', { name: s.t['phone.today.consent.accept'] }));
		await s.press(s.phone.getByRole('button', { name: s.t['phone.today.quality.continue'] }));
		await s.press(s.phone.getByRole('button', { name: s.t['phone.today.intro.add'] }));
		await s.press(s.phone.getByRole('button', { name: s.t['phone.today.notify.allow'], exact: true }));
		await s.press(s.phone.getByRole('button', { name: s.t['phone.today.camera.ok'] }));
		await s.follow('pc');
		await s.press(s.pc.getByRole('button', { name: s.t['pc.today.next'] }));
		await scan(s);
		await s.at('setup-approve');
		// A Japanese keyboard types full-width digits: they count.
		const first = await readNumber(s, s.t['pc.today.try.title']);
		await answerWithNumber(s, lang === 'ja' ? fullWidth(first) : first);
		await s.at('setup-done');
		await s.press(s.pc.getByRole('button', { name: s.t['pc.today.done'] }));
		await staySignedIn(s, 'setup-stay-signed-in', 'no');
		await s.at('signin-sign-in');
		await s.press(s.pc.getByRole('button', { name: s.t['pc.signIn.button'], exact: true }));
		await s.at('signin-request-sent');
		await answerWithNumber(s, await readNumber(s, s.t['pc.today.approve.title']));
		await staySignedIn(s, 'signin-done', 'yes');
	},
	code: async (s) => {
		await wizardStart(s);
		await s.at('setup-choose-app');
		await s.press(s.pc.getByRole('button', { name: s.t['pc.today.install.otherApp'] }));
		await s.at('setup-app-first-launch');
		await installApp(s);
		await s.press(s.phone.getByRole('button', { name: s.t['phone.today.otherApp.add'] }));
		await s.press(s.phone.getByRole('button', { name: s.t['phone.today.camera.ok'] }));
		await s.follow('pc');
		await s.press(s.pc.getByRole('button', { name: s.t['pc.today.next'] }));
		await s.at('setup-scan-qr');
		// "Can't scan" shows the key an app without a camera takes instead.
		await s.look('pc', async () => {
			await s.press(s.pc.getByRole('button', { name: s.t['pc.today.scan.cant'] }));
			await expect(s.pc.getByText(s.t['pc.today.scan.secret'])).toBeVisible();
		});
		await scan(s);
		await s.at('setup-enter-code');
		await s.press(s.phone.getByRole('button', { name: /s1234567@example\.ac\.jp/ }));
		// The next press is the PC's: the page goes there, the app's code above it.
		await s.follow('pc');
		const code = (await s.glance(s.t['practice.glance.app'])) ?? (await appCode(s));
		await s.fill(s.pc.getByLabel(s.t['pc.code.label']), code);
		await s.press(s.pc.getByRole('button', { name: s.t['pc.today.next'] }));
		await s.at('setup-done');
		await s.press(s.pc.getByRole('button', { name: s.t['pc.today.done'] }));
		await staySignedIn(s, 'setup-stay-signed-in', 'no');
		// The next sign-in is later: the code used to register is spent.
		await s.page.clock.fastForward(30_000);
		await s.at('signin-sign-in');
		await s.press(s.pc.getByRole('button', { name: s.t['pc.signIn.button'], exact: true }));
		await s.at('signin-enter-code');
		await expect(s.pc.getByRole('heading', { name: s.t['pc.today.code.title'] })).toBeVisible();
		await s.follow('pc');
		const next = (await s.glance(s.t['practice.glance.app'])) ?? (await appCode(s));
		await s.fill(s.pc.getByLabel(s.t['pc.code.label']), next);
		await s.press(s.pc.getByRole('button', { name: s.t['pc.today.code.verify'] }));
		await staySignedIn(s, 'signin-done', 'yes');
	},
	sms: async (s) => {
		await wizardStart(s);
		await s.at('setup-other-options');
		await s.press(s.pc.getByRole('button', { name: s.t['pc.today.install.otherOptions'] }));
		await s.check(s.pc.getByRole('radio', { name: s.t['pc.today.options.phone'] }));
		await s.press(s.pc.getByRole('button', { name: s.t['pc.today.options.confirm'] }));
		await s.at('setup-phone-number');
		await s.fill(s.pc.getByLabel(s.t['pc.today.phone.number']), '090-1234-5678');
		await s.check(s.pc.getByRole('radio', { name: s.t['pc.today.phone.sms'] }));
		await s.press(s.pc.getByRole('button', { name: s.t['pc.today.next'] }));
		await s.at('setup-enter-code');
		// The Messages icon, with its count of unread texts.
		const unread = s.t['phone.messages.unread'].split('{')[0]!.replace(/[()（）]/g, '\\$&');
		await s.press(s.phone.getByRole('button', { name: new RegExp(`^${unread}`) }));
		await s.follow('pc');
		const first = (await s.glance(s.t['practice.glance.sms'])) ?? (await textedCode(s, 1));
		await s.fill(s.pc.getByLabel(s.t['pc.code.label']), first);
		await s.press(s.pc.getByRole('button', { name: s.t['pc.today.next'] }));
		await s.at('setup-done');
		await expect(s.pc.getByText(s.t['pc.today.added.sms'])).toBeVisible();
		await s.press(s.pc.getByRole('button', { name: s.t['pc.today.done'] }));
		await staySignedIn(s, 'setup-stay-signed-in', 'no');
		await s.at('signin-sign-in');
		await s.press(s.pc.getByRole('button', { name: s.t['pc.signIn.button'], exact: true }));
		await s.at('signin-enter-code');
		// The new text arrives in the Messages app, still open on the phone; its code shows above the PC.
		await s.follow('pc');
		const label = s.t['practice.glance.sms'];
		if ((await s.glance(label)) !== null) await expect.poll(() => s.glance(label)).not.toBe(first);
		const second = (await s.glance(label)) ?? (await textedCode(s, 2));
		await s.fill(s.pc.getByLabel(s.t['pc.code.label']), second);
		await s.press(s.pc.getByRole('button', { name: s.t['pc.today.code.verify'] }));
		await skipPasskey(s);
	},
	call: async (s) => {
		const answer = async () => {
			await s.press(s.phone.getByRole('button', { name: s.t['phone.call.answer'] }));
			await s.press(s.phone.getByRole('group', { name: s.t['phone.call.keypad'] }).getByRole('button', { name: '#' }));
		};
		await wizardStart(s);
		await s.at('setup-other-options');
		await s.press(s.pc.getByRole('button', { name: s.t['pc.today.install.otherOptions'] }));
		await s.check(s.pc.getByRole('radio', { name: s.t['pc.today.options.phone'] }));
		await s.press(s.pc.getByRole('button', { name: s.t['pc.today.options.confirm'] }));
		await s.at('setup-phone-number');
		await s.fill(s.pc.getByLabel(s.t['pc.today.phone.number']), '090-1234-5678');
		await s.check(s.pc.getByRole('radio', { name: s.t['pc.today.phone.call'] }));
		await s.press(s.pc.getByRole('button', { name: s.t['pc.today.next'] }));
		await s.at('setup-answer-call');
		await answer();
		await s.at('setup-done');
		await expect(s.pc.getByText(s.t['pc.today.added.call'])).toBeVisible();
		await s.press(s.pc.getByRole('button', { name: s.t['pc.today.done'] }));
		await staySignedIn(s, 'setup-stay-signed-in', 'no');
		await s.at('signin-sign-in');
		await s.press(s.pc.getByRole('button', { name: s.t['pc.signIn.button'], exact: true }));
		await s.at('signin-answer-call');
		await answer();
		await skipPasskey(s);
	},
};

for (const lang of LANGS) {
	// Japanese on a phone, where one device is on show at a time and every press is checked to be
	// in view before it is made; English on a wide screen with both, where axe sees both devices
	// at every step (the screens' structure and colours are the same in both languages).
	const phone = lang === 'ja';
	const axe = !phone;
	test.describe(phone ? 'on a phone' : 'on a wide screen', () => {
		test.use({ viewport: phone ? PHONE : WIDE });
		for (const method of ['push', 'code', 'sms', 'call'] as const) {
			const how = phone
				? ', every press already in view, never the switch, nothing moving by itself'
				: ', each press in view with its instruction, and axe finds nothing at any step';
			test(`today’s ${method} (${lang}): a student registers and signs in by the buttons’ names${how}`, async ({ page }) => {
				test.setTimeout(90_000);
				if (method === 'code') await page.clock.install();
				const s = await open(page, method, lang, '', { axe, phone, wide: !phone });
				await WALKS[method](s, lang);
				await signedIn(s, method);
				await s.finish();
			});
		}
	});
}

test('on a phone: one device at a time on a practice one screen tall; the view goes where the next press is, within a step too; the switch works by keyboard; wide, both side by side', async ({
	page,
	browser,
}) => {
	test.setTimeout(60_000);
	await page.setViewportSize(PHONE);
	await page.emulateMedia({ colorScheme: 'dark' });
	// A helpdesk link to a step: the practice takes the screen at once, the guide and the device whole in view.
	const s = await open(page, 'push', 'ja', '?step=setup-install-app', { phone: true });
	const views = page.getByRole('group', { name: s.t['practice.view'] });
	const button = (device: 'pc' | 'phone') => views.getByRole('button', { name: new RegExp(`^${s.t[`practice.view.${device}`]}`) });
	await expect(page.locator('[data-guide]')).toBeInViewport({ ratio: 1 });
	await expect(page.locator('#sim-phone')).toBeInViewport({ ratio: 1 });
	// The step's first press is the phone's: it is on show, the PC is not.
	await expect(button('phone')).toHaveAttribute('aria-pressed', 'true');
	await expect(button('pc')).toHaveAttribute('aria-pressed', 'false');
	await expect(page.locator('#sim-pc')).toBeHidden();
	await expect(s.phone.getByRole('button', { name: s.t['phone.store'] })).toBeInViewport();
	// The switch by keyboard; focus stays on it; the phone's switch says the next press is there.
	await keyboard(page, button('pc'), 'Enter');
	await expect(s.pc.getByRole('heading', { name: s.t['pc.today.install.title'] })).toBeVisible();
	await expect(button('pc')).toBeFocused();
	await expect(page.locator('#sim-phone')).toBeHidden();
	await expect(button('phone')).toHaveAccessibleName(new RegExp(`^${s.t['practice.view.phone']}\\s*${s.t['practice.view.attention']}$`));
	await keyboard(page, button('phone'), ' ');
	await expect(button('phone')).toHaveAttribute('aria-pressed', 'true');
	await expect(button('phone')).toHaveAccessibleName(s.t['practice.view.phone']);
	// (Tabbing from the top of the page scrolled it to the links above the practice: the student scrolls back.)
	await scrollToPractice(page);
	const scrolled = await page.evaluate(() => scrollY);
	await s.press(s.phone.getByRole('button', { name: s.t['phone.store'] }));
	await s.press(s.phone.getByRole('button', { name: s.t['phone.store.install'] }));
	await s.press(s.phone.getByRole('button', { name: s.t['phone.store.open'] }));
	// The app is in: the next press is the PC's, and the view goes there by itself within the step, says so
	// politely, and takes focus with it (it was on the phone going out of view). The page itself did not move.
	await expect(button('pc')).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('[data-announce]')).toHaveText(s.t['practice.shown.pc']);
	await expect.poll(() => page.evaluate(() => document.activeElement?.closest('#sim-pc') !== null)).toBe(true);
	await expect(s.pc.getByRole('button', { name: s.t['pc.today.next'] })).toBeInViewport();
	expect(await page.evaluate(() => scrollY)).toBe(scrolled);
	// A student who turns back to the phone by hand keeps it; the PC's switch says the next press is there.
	await keyboard(page, button('phone'), 'Enter');
	await expect(button('pc').locator('[data-badge]')).toBeVisible();
	await expect(page.locator('[data-announce]')).toHaveText(s.t['practice.attention.pc']);
	await axeClean(page);
	await keyboard(page, button('pc'), 'Enter');
	await expect(button('pc').locator('[data-badge]')).toBeHidden();
	// From the PC by keyboard to the next step, whose first press is the phone's: the view goes there, and so
	// does focus, which was on the PC going out of view.
	await keyboard(page, s.pc.getByRole('button', { name: s.t['pc.today.next'] }), 'Enter');
	await s.at('setup-app-first-launch');
	await expect(button('phone')).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('[data-announce]')).toHaveText(s.t['practice.shown.phone']);
	await expect.poll(() => page.evaluate(() => document.activeElement?.closest('#sim-phone') !== null)).toBe(true);
	await expect(s.phone.getByRole('button', { name: s.t['phone.today.consent.accept'] })).toBeInViewport();

	// On a wide screen nothing of this shows: both devices side by side, no switch, the guide in its place.
	await page.setViewportSize({ width: 1280, height: 800 });
	await expect(views).toBeHidden();
	await expect(page.locator('[data-glance]')).toBeHidden();
	const pc = (await page.locator('#sim-pc').boundingBox())!;
	const phone = (await page.locator('#sim-phone').boundingBox())!;
	expect(pc.x + pc.width).toBeLessThan(phone.x);
	expect(phone.y).toBeLessThan(pc.y + pc.height / 4);
	expect(await page.locator('[data-guide]').evaluate((el) => getComputedStyle(el).position)).toBe('static');

	// Without JavaScript, a phone shows both devices, one under the other, and no switch.
	const bare = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
	const still = await bare.newPage();
	await still.goto(practicePath('ja', 'push'));
	await expect(still.getByRole('region', { name: s.t['practice.pc'] })).toBeVisible();
	await expect(still.getByRole('region', { name: s.t['practice.phone'] })).toBeVisible();
	await expect(still.getByRole('group', { name: s.t['practice.view'] })).toBeHidden();
	await bare.close();
});

test('number matching: a wrong number fails that request and says why; a new request with the right one signs in', async ({ page }) => {
	// Two requests after a replayed deep link: over the default 30 s on two busy cores.
	test.setTimeout(60_000);
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
	// The new request's number, once it has come to the phone (the last one's is gone from the PC).
	await expect(s.phone.getByRole('button', { name: s.t['phone.notification'] })).toBeVisible();
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

for (const [method, lang] of [
	['sms', 'ja'],
	['call', 'en'],
] as const) {
	test(`the passkey prompt after the ${method} (${lang}): “Next” says this practice skips it, and loses nothing; “Skip for now” signs in`, async ({
		page,
	}) => {
		const s = await open(page, method, lang, '?step=signin-passkey-prompt');
		await s.pc.getByRole('button', { name: s.t['pc.today.next'] }).click();
		await expect(s.pc.getByRole('alert')).toHaveText(s.t['error.choose-skip']);
		await s.at('signin-passkey-prompt');
		await axeClean(page);
		await s.pc.getByRole('button', { name: s.t['pc.today.passkey.prompt.skip'] }).click();
		await staySignedIn(s, 'signin-done', 'no');
		await expect(s.pc.getByText(s.t['pc.today.passkey.skipped'])).toBeVisible();
		await expect(s.root).toHaveAttribute('data-done', 'true');
	});
}

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
	// The request the app never answered is still on the phone: the drill's own request would come after it.
	await signedIn(s, 'push', { drill: false });
});
