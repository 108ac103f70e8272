import { DICTIONARIES, type Lang } from '../../src/i18n';
import type { Method, MethodIn } from '../../src/methods';
import { expect, type Page, test } from '../support/fixtures';
import { axeClean, scrollToPractice, simulatorReady, student, WIDE, watchShifts } from '../support/simulator';
import { LANGS, practicePath } from '../support/site';

/**
 * The manual's simulator walked end to end in both languages by the names of its buttons
 * and fields, as they are in the dictionaries (manual-practice-<method>.spec.ts walk it in detail,
 * in Japanese, by touch on a phone and with the keyboard). Here, on a wide screen where both
 * devices are on show, axe checks every step the walk reaches: the screens' structure and
 * colours are the same in both languages.
 */

async function open(page: Page, method: Method, lang: Lang) {
	await watchShifts(page);
	await page.goto(practicePath(lang, method, 'manual'));
	const root = page.locator('[data-simulator]');
	await simulatorReady(page);
	await expect(root).toHaveAttribute('data-edition', 'manual');
	// The student scrolls to the practice once; from then on each press is in view with its step's words.
	await scrollToPractice(page);
	const t = DICTIONARIES[lang];
	const u = student(page, { phone: false, wide: true });
	return {
		...u,
		page,
		root,
		t,
		pc: page.getByRole('region', { name: t['practice.pc'] }),
		phone: page.getByRole('region', { name: t['practice.phone'] }),
		/** A step reached; axe finds nothing there, with both devices on show (the Japanese walks run on a phone). */
		at: async (step: string) => {
			await u.at(step);
			await axeClean(page);
		},
	};
}

type Sim = Awaited<ReturnType<typeof open>>;

async function signIn(s: Sim, step: string) {
	await s.at(step);
	await s.press(s.pc.getByRole('button', { name: s.t['pc.signIn.button'], exact: true }));
}

async function appSetup(s: Sim) {
	await signIn(s, 'setup-sign-in');
	await s.at('setup-more-info');
	await s.press(s.pc.getByRole('button', { name: s.t['pc.next'] }));
	await s.at('setup-choose-app');
	await s.select(s.pc.getByLabel(s.t['pc.manual.sv.contact']), s.t['pc.manual.sv.contact.app']);
	await s.press(s.pc.getByRole('button', { name: s.t['pc.manual.sv.setup'] }));
	await s.at('setup-install-app');
	await s.press(s.phone.getByRole('button', { name: s.t['phone.store'] }));
	await s.press(s.phone.getByRole('button', { name: s.t['phone.store.install'] }));
	await s.press(s.phone.getByRole('button', { name: s.t['phone.store.open'] }));
	await s.at('setup-app-first-launch');
	await s.press(s.phone.getByRole('button', { name: s.t['phone.manual.consent.agree'] }));
	await s.press(s.phone.getByRole('button', { name: s.t['phone.manual.intro.scan'] }));
	await s.at('setup-scan-qr');
	await s.press(s.phone.getByRole('button', { name: s.t['phone.scanner.capture'] }));
	await s.at('setup-account-added');
	await s.press(s.phone.getByRole('button', { name: /s1234567@example\.ac\.jp/ }));
	await s.at('setup-check-code');
	await s.press(s.pc.getByRole('button', { name: s.t['pc.next'] }));
}

async function appCode(s: Sim) {
	const code = s.phone.getByText(/^\d{3} \d{3}$/);
	await expect(code).toBeVisible();
	return (await code.textContent())!;
}

async function phoneForm(s: Sim, via: 'sms' | 'call') {
	await signIn(s, 'setup-sign-in');
	await s.at('setup-more-info');
	await s.press(s.pc.getByRole('button', { name: s.t['pc.next'] }));
	await s.at('setup-phone-number');
	await s.fill(s.pc.getByLabel(s.t['pc.manual.phone.number']), '090-1234-5678');
	await s.check(s.pc.getByRole('radio', { name: s.t[`pc.manual.phone.via.${via}`] }));
	await s.press(s.pc.getByRole('button', { name: s.t['pc.next'] }));
}

async function textedCode(s: Sim, texts: number) {
	// The text of this step, not an older one still on the list.
	await expect(s.phone.getByRole('listitem')).toHaveCount(texts);
	const last = s.phone.getByRole('listitem').last();
	await expect(last).toContainText(/\d{6}/);
	return /\d{6}/.exec((await last.textContent())!)![0];
}

async function answerCall(s: Sim) {
	await s.press(s.phone.getByRole('button', { name: s.t['phone.call.answer'] }));
	await s.press(s.phone.getByRole('group', { name: s.t['phone.call.keypad'] }).getByRole('button', { name: '#' }));
}

const WALKS: Record<MethodIn<'manual'>, (s: Sim) => Promise<void>> = {
	push: async (s) => {
		await appSetup(s);
		await s.at('setup-choose-notification');
		await s.check(s.pc.getByRole('radio', { name: s.t['pc.manual.sv.use.notification'] }));
		await s.press(s.pc.getByRole('button', { name: s.t['pc.next'] }));
		await s.at('setup-approve');
		await s.press(s.phone.getByRole('button', { name: s.t['phone.notification'] }));
		await s.press(s.phone.getByRole('button', { name: s.t['phone.manual.approve.approve'], exact: true }));
		await s.at('setup-backup-phone');
		await s.press(s.pc.getByRole('button', { name: s.t['pc.done'] }));
		await signIn(s, 'signin-sign-in');
		await s.at('signin-request-sent');
		await s.press(s.phone.getByRole('button', { name: s.t['phone.notification'] }));
		await s.at('signin-approve');
		await s.press(s.phone.getByRole('button', { name: s.t['phone.manual.approve.approve'], exact: true }));
	},
	code: async (s) => {
		await appSetup(s);
		await s.at('setup-choose-code');
		await s.check(s.pc.getByRole('radio', { name: s.t['pc.manual.sv.use.code'] }));
		await s.press(s.pc.getByRole('button', { name: s.t['pc.next'] }));
		await s.at('setup-enter-code');
		await s.fill(s.pc.getByLabel(s.t['pc.code.label']), await appCode(s));
		await s.press(s.pc.getByRole('button', { name: s.t['pc.manual.code.verify'], exact: true }));
		await s.at('setup-backup-phone');
		await s.press(s.pc.getByRole('button', { name: s.t['pc.done'] }));
		// The next sign-in is later: the code used to register is spent.
		await s.page.clock.fastForward(30_000);
		await signIn(s, 'signin-sign-in');
		await s.at('signin-enter-code');
		await s.fill(s.pc.getByLabel(s.t['pc.code.label']), await appCode(s));
		await s.press(s.pc.getByRole('button', { name: s.t['pc.manual.code.verify'], exact: true }));
	},
	sms: async (s) => {
		await phoneForm(s, 'sms');
		await s.at('setup-enter-code');
		const unread = s.t['phone.messages.unread'].split('{')[0]!.replace(/[()（）]/g, '\\$&');
		await s.press(s.phone.getByRole('button', { name: new RegExp(`^${unread}`) }));
		await s.fill(s.pc.getByLabel(s.t['pc.code.label']), await textedCode(s, 1));
		await s.press(s.pc.getByRole('button', { name: s.t['pc.manual.code.verify'], exact: true }));
		await s.at('setup-done');
		await s.press(s.pc.getByRole('button', { name: s.t['pc.done'] }));
		await signIn(s, 'signin-sign-in');
		await s.at('signin-enter-code');
		await s.fill(s.pc.getByLabel(s.t['pc.code.label']), await textedCode(s, 2));
		await s.press(s.pc.getByRole('button', { name: s.t['pc.manual.code.verify'], exact: true }));
	},
	call: async (s) => {
		await phoneForm(s, 'call');
		await s.at('setup-answer-call');
		await answerCall(s);
		await s.at('setup-done');
		await s.press(s.pc.getByRole('button', { name: s.t['pc.done'] }));
		await signIn(s, 'signin-sign-in');
		await s.at('signin-answer-call');
		await answerCall(s);
	},
};

// In English, on a laptop’s screen: manual-practice-<method>.spec.ts walk the same in Japanese, on a phone.
test.use({ viewport: WIDE });
for (const lang of LANGS.filter((l) => l !== 'ja')) {
	for (const method of ['push', 'code', 'sms', 'call'] as const) {
		test(`the manual’s ${method} (${lang}): a student registers and signs in by the buttons’ names, each press in view with its step’s words; axe is clean at every step`, async ({
			page,
		}) => {
			test.setTimeout(90_000);
			if (method === 'code') await page.clock.install();
			const s = await open(page, method, lang);
			await WALKS[method](s);
			await s.at('signin-done');
			await expect(s.root).toHaveAttribute('data-done', 'true');
			await expect(s.pc.getByText(s.t['pc.service.signedIn'])).toBeVisible();
			await s.finish();
		});
	}
}
