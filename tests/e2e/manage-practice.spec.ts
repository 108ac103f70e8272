import { PRACTICE_PHONE } from '../../src/backend/model';
import { maskPhone } from '../../src/backend/phone-number';
import { DICTIONARIES, type Lang } from '../../src/i18n';
import { fill } from '../../src/i18n/format';
import { taskScenarios } from '../../src/steps';
import { expect, type Page, test } from '../support/fixtures';
import { axeClean, PHONE, scrollToPractice, simulatorReady, student, WIDE, watchShifts } from '../support/simulator';
import { LANGS, taskPracticePath } from '../support/site';

/**
 * The practice after enrolment (/practice/manage/): its scenario chooser, and each scenario walked as a
 * student does, by the names of the buttons and fields the guide's words quote, in both languages (the
 * Japanese on a 390 px phone, the English at 1280 px with axe at every step), as today-walks.spec.ts
 * walks the methods.
 */

const words = (lang: Lang) => DICTIONARIES[lang];

async function open(page: Page, lang: Lang, query = '', { axe = false, phone = false, wide = false } = {}) {
	await watchShifts(page);
	await page.goto(`${taskPracticePath(lang, 'manage')}${query}`);
	const root = page.locator('[data-simulator]');
	await simulatorReady(page);
	if (phone || wide) await scrollToPractice(page);
	const t = words(lang);
	const u = student(page, { phone, wide, lang });
	return {
		...u,
		page,
		root,
		t,
		pc: page.getByRole('region', { name: t['practice.pc'], exact: true }),
		phone: page.getByRole('region', { name: t['practice.phone'], exact: true }),
		guide: page.getByRole('region', { name: new RegExp(t['practice.stepOf']) }),
		at: async (step: string) => {
			await u.at(step);
			if (axe) await axeClean(page);
		},
	};
}

type Sim = Awaited<ReturnType<typeof open>>;

/** The pass the helpdesk handed over, read off the PC beside its field (the practice's note). */
async function passOnPc(s: Sim) {
	const note = s.pc.getByText(s.t['practice.manage.pass'].slice(0, 8));
	await expect(note).toBeVisible();
	const code = /[:：]\s*([A-Za-z0-9]{8})/.exec((await note.textContent()) ?? '')?.[1];
	expect(code, 'the pass is on the PC').toBeTruthy();
	return code ?? '';
}

async function typePass(s: Sim, pass: string) {
	await s.fill(s.pc.getByLabel(s.t['pc.today.tap.field']), pass);
	await s.press(s.pc.getByRole('button', { name: s.t['pc.today.tap.signIn'], exact: true }));
}

/** Lost phone, no other method: the helpdesk's pass, the new phone added, the lost one deleted, the pass spent. */
async function lostPhoneTap(s: Sim) {
	await s.at('lost-phone-helpdesk');
	await expect(s.guide).toContainText(s.t['manage.scenario.lost-phone-tap']);
	await s.press(s.pc.getByRole('button', { name: s.t['practice.manage.helpdesk.ask'] }));
	await s.at('lost-phone-tap');
	await s.follow('pc');
	const pass = await passOnPc(s);
	await typePass(s, pass);
	await s.at('lost-phone-register');
	await expect(s.pc.getByRole('heading', { name: s.t['pc.today.secinfo.title'] })).toBeVisible();
	await expect(s.pc.getByText(s.t['pc.today.secinfo.oldPhone'])).toBeVisible();
	await s.press(s.pc.getByRole('button', { name: s.t['pc.today.secinfo.add'] }));
	await s.check(s.pc.getByRole('radio', { name: s.t['pc.today.secinfo.app'], exact: true }));
	await s.press(s.pc.getByRole('button', { name: s.t['pc.today.secinfo.addButton'], exact: true }));
	// The new phone: the app from the store, its first pages, the camera; the PC waits meanwhile.
	await s.follow('phone');
	await s.look('pc', () => expect(s.pc.getByRole('heading', { name: s.t['pc.today.install.title'] })).toBeVisible());
	await s.press(s.phone.getByRole('button', { name: s.t['phone.store'] }));
	await s.press(s.phone.getByRole('button', { name: s.t['phone.store.install'] }));
	await s.press(s.phone.getByRole('button', { name: s.t['phone.store.open'] }));
	await s.follow('pc');
	await s.press(s.pc.getByRole('button', { name: s.t['pc.today.next'] }));
	await s.follow('phone');
	await s.press(s.phone.getByRole('button', { name: s.t['phone.today.consent.accept'] }));
	await s.press(s.phone.getByRole('button', { name: s.t['phone.today.quality.continue'] }));
	await s.press(s.phone.getByRole('button', { name: s.t['phone.today.intro.add'] }));
	await s.press(s.phone.getByRole('button', { name: s.t['phone.today.notify.allow'], exact: true }));
	await s.press(s.phone.getByRole('button', { name: s.t['phone.today.camera.ok'] }));
	await s.follow('pc');
	await s.press(s.pc.getByRole('button', { name: s.t['pc.today.next'] }));
	await s.follow('phone');
	await s.look('pc', () => expect(s.pc.getByRole('heading', { name: s.t['pc.today.scan.title'] })).toBeVisible());
	await s.press(s.phone.getByRole('button', { name: s.t['phone.scanner.capture'] }));
	await s.follow('pc');
	await s.press(s.pc.getByRole('button', { name: s.t['pc.today.next'] }));
	await s.at('lost-phone-clean-up');
	// Both phones on the list; the lost one's row is deleted, by the "Delete" that follows its name.
	await expect(s.pc.getByText(s.t['pc.today.secinfo.newPhone'])).toBeVisible();
	const lostRow = s.pc.getByText(s.t['pc.today.secinfo.oldPhone']);
	await s.press(lostRow.locator(`xpath=following::button[normalize-space(.)="${s.t['pc.today.secinfo.delete']}"][1]`));
	await expect(s.pc.getByRole('heading', { name: s.t['pc.today.secinfo.deleteTitle'] })).toBeVisible();
	await expect(s.pc.getByText(s.t['pc.today.secinfo.oldPhone'])).toBeVisible();
	await s.press(s.pc.getByRole('button', { name: s.t['pc.today.secinfo.ok'], exact: true }));
	await expect(s.pc.getByText(s.t['pc.today.secinfo.deleted'])).toBeVisible();
	await expect(s.pc.getByText(s.t['pc.today.secinfo.oldPhone'])).toHaveCount(0);
	await expect(s.pc.getByText(s.t['pc.today.secinfo.newPhone'])).toBeVisible();
	await s.press(s.pc.getByRole('button', { name: s.t['pc.service.signOut'] }));
	// The same pass again: once used, it is refused with its own message.
	await typePass(s, await passOnPc(s));
	await expect(s.pc.getByText(s.t['error.tap-used'])).toBeVisible();
	await expect(s.root).toHaveAttribute('data-done', 'true');
	await expect(s.guide).toContainText(s.t['practice.done']);
}

/** Change the default: the page opened with a text's code, then "Change", the app's notification, "Confirm". */
async function changeDefault(s: Sim) {
	await s.at('manage-open-security-info');
	await expect(s.guide).toContainText(s.t['manage.scenario.change-default']);
	await s.press(s.pc.getByRole('button', { name: s.t['pc.signIn.button'], exact: true }));
	// The text arrives as a banner over the phone's home screen; opened, its code shows above the PC.
	await s.follow('phone');
	await s.press(s.phone.getByRole('button', { name: s.t['phone.sms.banner'].split('{')[0]! }));
	await s.follow('pc');
	const code = (await s.glance(s.t['practice.glance.sms'])) ?? (await textedCode(s));
	await s.fill(s.pc.getByLabel(s.t['pc.code.label']), code);
	await s.press(s.pc.getByRole('button', { name: s.t['pc.today.code.verify'] }));
	await s.at('manage-default-method');
	await expect(s.pc.getByRole('heading', { name: s.t['pc.today.secinfo.title'] })).toBeVisible();
	// "Change" beside "Default sign-in method": the first of the page's.
	await s.press(s.pc.getByRole('button', { name: s.t['pc.today.secinfo.change'], exact: true }).first());
	await expect(s.pc.getByRole('heading', { name: s.t['pc.today.secinfo.defaultTitle'] })).toBeVisible();
	await s.check(s.pc.getByRole('radio', { name: s.t['pc.today.secinfo.app.default'] }));
	await s.press(s.pc.getByRole('button', { name: s.t['pc.today.secinfo.confirm'], exact: true }));
	await expect(s.pc.getByRole('heading', { name: s.t['pc.today.secinfo.title'] })).toBeVisible();
	await expect(s.pc.getByText(s.t['pc.today.secinfo.app.default'], { exact: true })).toBeVisible();
	await expect(s.root).toHaveAttribute('data-done', 'true');
	await expect(s.guide).toContainText(s.t['practice.done']);
}

/** The code of the newest text message, with the Messages app open. */
async function textedCode(s: Sim) {
	const last = s.phone.getByRole('listitem').last();
	await expect(last).toContainText(/\d{6}/);
	return /\d{6}/.exec((await last.textContent()) ?? '')?.[0] ?? '';
}

/** Lost phone, a second method: the sign-in's other ways, a text; the default changed; the lost app deleted. */
async function lostPhoneOther(s: Sim) {
	await s.at('lost-phone-other-method');
	await s.press(s.pc.getByRole('button', { name: s.t['pc.signIn.button'], exact: true }));
	// The request goes to the lost phone, which nobody answers: the other ways.
	await s.press(s.pc.getByRole('button', { name: s.t['pc.today.approve.cantUse'] }));
	await expect(s.pc.getByRole('heading', { name: s.t['pc.today.ways.title'] })).toBeVisible();
	await s.press(s.pc.getByRole('button', { name: fill(s.t['pc.today.passkey.ways.sms'], { number: maskPhone(PRACTICE_PHONE.e164) }) }));
	await s.follow('phone');
	await s.press(s.phone.getByRole('button', { name: s.t['phone.sms.banner'].split('{')[0]! }));
	await s.follow('pc');
	const code = (await s.glance(s.t['practice.glance.sms'])) ?? (await textedCode(s));
	await s.fill(s.pc.getByLabel(s.t['pc.code.label']), code);
	await s.press(s.pc.getByRole('button', { name: s.t['pc.today.code.verify'] }));
	await s.at('manage-delete-method');
	// The default first: the text, not the lost phone's notification.
	await s.press(s.pc.getByRole('button', { name: s.t['pc.today.secinfo.change'], exact: true }).first());
	await s.check(s.pc.getByRole('radio', { name: new RegExp(s.t['pc.today.secinfo.phone.default'].split('{')[0]!) }));
	await s.press(s.pc.getByRole('button', { name: s.t['pc.today.secinfo.confirm'], exact: true }));
	await expect(s.pc.getByRole('heading', { name: s.t['pc.today.secinfo.title'] })).toBeVisible();
	const lostRow = s.pc.getByText(s.t['pc.today.secinfo.oldPhone']);
	await s.press(lostRow.locator(`xpath=following::button[normalize-space(.)="${s.t['pc.today.secinfo.delete']}"][1]`));
	await s.press(s.pc.getByRole('button', { name: s.t['pc.today.secinfo.ok'], exact: true }));
	await expect(s.pc.getByText(s.t['pc.today.secinfo.deleted'])).toBeVisible();
	await expect(s.pc.getByText(s.t['pc.today.secinfo.oldPhone'])).toHaveCount(0);
	await expect(s.root).toHaveAttribute('data-done', 'true');
}

/** The two digits the PC shows, typed on the notification of the phone in hand. */
async function approveWithNumber(s: Sim) {
	await s.press(s.phone.getByRole('button', { name: s.t['phone.notification'] }));
	await expect(s.phone.getByRole('heading', { name: s.t['phone.today.approve.title'] })).toBeVisible();
	const number = (await s.glance(s.t['practice.glance.match'])) ?? (await numberOnPc(s));
	await s.fill(s.phone.getByLabel(s.t['phone.today.approve.number']), number);
	await s.press(s.phone.getByRole('button', { name: s.t['phone.today.approve.yes'], exact: true }));
}

async function numberOnPc(s: Sim) {
	const number = s.pc.getByText(/^\d{2}$/);
	await expect(number).toBeVisible();
	return (await number.textContent()) ?? '';
}

/** A new phone, the old one in hand: the old approves, the new is added and approves the next sign-in, the old row goes. */
async function newPhone(s: Sim) {
	await s.at('new-phone-add');
	await expect(s.guide).toContainText(s.t['manage.scenario.new-phone']);
	await s.press(s.pc.getByRole('button', { name: s.t['pc.signIn.button'], exact: true }));
	// The request reaches the old phone, the one in hand.
	await s.follow('phone');
	await expect(s.phone.getByText(s.t['phone.handsets.holding.old'])).toBeVisible();
	await approveWithNumber(s);
	await s.follow('pc');
	await expect(s.pc.getByRole('heading', { name: s.t['pc.today.secinfo.title'] })).toBeVisible();
	await expect(s.pc.getByText(s.t['pc.today.secinfo.oldPhone'])).toBeVisible();
	await s.press(s.pc.getByRole('button', { name: s.t['pc.today.secinfo.add'] }));
	await s.check(s.pc.getByRole('radio', { name: s.t['pc.today.secinfo.app'], exact: true }));
	await s.press(s.pc.getByRole('button', { name: s.t['pc.today.secinfo.addButton'], exact: true }));
	// The new phone: picked up, the app from the store, its first pages, the camera.
	await s.follow('phone');
	await s.press(s.phone.getByRole('button', { name: s.t['phone.handsets.take.new'] }));
	await expect(s.phone.getByText(s.t['phone.handsets.holding.new'])).toBeVisible();
	await s.press(s.phone.getByRole('button', { name: s.t['phone.store'] }));
	await s.press(s.phone.getByRole('button', { name: s.t['phone.store.install'] }));
	await s.press(s.phone.getByRole('button', { name: s.t['phone.store.open'] }));
	await s.follow('pc');
	await s.press(s.pc.getByRole('button', { name: s.t['pc.today.next'] }));
	await s.follow('phone');
	await s.press(s.phone.getByRole('button', { name: s.t['phone.today.consent.accept'] }));
	await s.press(s.phone.getByRole('button', { name: s.t['phone.today.quality.continue'] }));
	await s.press(s.phone.getByRole('button', { name: s.t['phone.today.intro.add'] }));
	await s.press(s.phone.getByRole('button', { name: s.t['phone.today.notify.allow'], exact: true }));
	await s.press(s.phone.getByRole('button', { name: s.t['phone.today.camera.ok'] }));
	await s.follow('pc');
	await s.press(s.pc.getByRole('button', { name: s.t['pc.today.next'] }));
	await s.follow('phone');
	await s.press(s.phone.getByRole('button', { name: s.t['phone.scanner.capture'] }));
	await s.follow('pc');
	await s.press(s.pc.getByRole('button', { name: s.t['pc.today.next'] }));
	await s.at('new-phone-check');
	await expect(s.pc.getByText(s.t['pc.today.secinfo.newPhone'])).toBeVisible();
	await expect(s.pc.getByText(s.t['pc.today.secinfo.oldPhone'])).toBeVisible();
	await s.press(s.pc.getByRole('button', { name: s.t['pc.service.signOut'] }));
	await s.press(s.pc.getByRole('button', { name: s.t['pc.signIn.button'], exact: true }));
	// The new phone, still in hand, answers this time.
	await s.follow('phone');
	await expect(s.phone.getByText(s.t['phone.handsets.holding.new'])).toBeVisible();
	await approveWithNumber(s);
	await s.at('new-phone-delete-old');
	await s.follow('pc');
	const oldRow = s.pc.getByText(s.t['pc.today.secinfo.oldPhone']);
	await s.press(oldRow.locator(`xpath=following::button[normalize-space(.)="${s.t['pc.today.secinfo.delete']}"][1]`));
	await expect(s.pc.getByRole('heading', { name: s.t['pc.today.secinfo.deleteTitle'] })).toBeVisible();
	await s.press(s.pc.getByRole('button', { name: s.t['pc.today.secinfo.ok'], exact: true }));
	await expect(s.pc.getByText(s.t['pc.today.secinfo.deleted'])).toBeVisible();
	await expect(s.pc.getByText(s.t['pc.today.secinfo.oldPhone'])).toHaveCount(0);
	await expect(s.pc.getByText(s.t['pc.today.secinfo.newPhone'])).toBeVisible();
	await expect(s.root).toHaveAttribute('data-done', 'true');
	await expect(s.guide).toContainText(s.t['practice.done']);
}

const SCENARIOS = {
	'lost-phone-tap': lostPhoneTap,
	'change-default': changeDefault,
	'lost-phone-other': lostPhoneOther,
	'new-phone': newPhone,
} as const;
const FIRST_STEPS: Record<keyof typeof SCENARIOS, string> = {
	'lost-phone-tap': '',
	'change-default': '?step=manage-open-security-info',
	'lost-phone-other': '?step=lost-phone-other-method',
	'new-phone': '?step=new-phone-add',
};

for (const lang of LANGS) {
	const phone = lang === 'ja';
	test.describe(phone ? 'on a phone' : 'on a wide screen', () => {
		test.use({ viewport: phone ? PHONE : WIDE });
		const how = phone
			? ', every press in view, never the switch, nothing moving by itself'
			: ', each press with its instruction, axe at every step';
		for (const [scenario, walk] of Object.entries(SCENARIOS)) {
			test(`${scenario} (${lang}): walked by the buttons’ names${how}`, async ({ page }) => {
				test.setTimeout(90_000);
				const s = await open(page, lang, FIRST_STEPS[scenario as keyof typeof SCENARIOS], { axe: !phone, phone, wide: !phone });
				await walk(s);
				await s.finish();
			});
		}
	});
}

test('the chooser links each scenario to its first step; a deep link opens a later step with what came before done', async ({ page }) => {
	test.setTimeout(60_000);
	const t = words('ja');
	await page.goto(taskPracticePath('ja', 'manage'));
	const chooser = page.getByRole('navigation', { name: t['manage.practice.choose'] });
	const link = chooser.getByRole('link', { name: t['manage.scenario.lost-phone-tap'] });
	await expect(link).toHaveAttribute('href', /\?step=lost-phone-helpdesk$/);
	await expect(chooser.getByRole('link', { name: t['manage.scenario.change-default'] })).toHaveAttribute(
		'href',
		/\?step=manage-open-security-info$/,
	);
	await link.click();
	await simulatorReady(page);
	await expect(page.locator('[data-simulator]')).toHaveAttribute('data-step', 'lost-phone-helpdesk');
	// A helpdesk link to the clean-up: signed in with the pass, the new phone already added.
	const s = await open(page, 'ja', '?step=lost-phone-clean-up');
	await s.at('lost-phone-clean-up');
	await expect(s.pc.getByRole('heading', { name: t['pc.today.secinfo.title'] })).toBeVisible();
	await expect(s.pc.getByText(t['pc.today.secinfo.newPhone'])).toBeVisible();
	await expect(s.pc.getByText(t['pc.today.secinfo.oldPhone'])).toBeVisible();
	// "Start over" goes back to this scenario's first step.
	await page.getByRole('button', { name: t['practice.startOver'] }).click();
	await s.at('lost-phone-helpdesk');
	await expect(page).toHaveURL(/\?step=lost-phone-helpdesk$/);
	await axeClean(page);
});

test('a wrong pass is refused with its message, and the page keeps the student on the way (add before delete)', async ({ page }) => {
	const s = await open(page, 'en', '?step=lost-phone-tap');
	await s.pc.getByLabel(s.t['pc.today.tap.field']).fill('wrong123');
	await s.pc.getByRole('button', { name: s.t['pc.today.tap.signIn'], exact: true }).click();
	await expect(s.pc.getByText(s.t['error.tap-wrong'])).toBeVisible();
	await s.pc.getByLabel(s.t['pc.today.tap.field']).fill(await passOnPc(s));
	await s.pc.getByRole('button', { name: s.t['pc.today.tap.signIn'], exact: true }).click();
	await s.at('lost-phone-register');
	await s.pc.getByRole('button', { name: s.t['pc.today.secinfo.delete'] }).click();
	await expect(s.pc.getByText(s.t['error.manage-add-first'])).toBeVisible();
	await axeClean(page);
});

test('the chapter’s steps that a scenario plays link to the practice at that step', async ({ page }) => {
	const t = words('en');
	await page.goto('/en/manage/');
	const step = page.locator('#lost-phone-register');
	await step.getByRole('link', { name: t['practice.practiseStep'] }).click();
	await simulatorReady(page);
	await expect(page.locator('[data-simulator]')).toHaveAttribute('data-step', 'lost-phone-register');
	await expect(page.getByRole('region', { name: t['practice.pc'] }).getByText(t['pc.today.secinfo.oldPhone'])).toBeVisible();
	// A step no scenario plays has no such link; every step a scenario plays has one, and none prints.
	await page.goto('/en/manage/');
	await expect(page.locator('#new-phone-restore').getByRole('link', { name: t['practice.practiseStep'] })).toHaveCount(0);
	const played = taskScenarios('manage').flatMap((s) => s.steps);
	await expect(page.getByRole('link', { name: t['practice.practiseStep'] })).toHaveCount(played.length);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('link', { name: t['practice.practiseStep'] })).toHaveCount(0);
});

test('the new phone scenario: the handset switch is a button reached and pressed by keyboard, 44 px high, and says which phone is in hand', async ({
	page,
}) => {
	const s = await open(page, 'en', '?step=new-phone-add');
	await s.at('new-phone-add');
	await expect(s.phone.getByText(s.t['phone.handsets.holding.old'])).toBeVisible();
	const take = s.phone.getByRole('button', { name: s.t['phone.handsets.take.new'] });
	// Tab from the phone's region start until the switch has focus, then Enter.
	await s.phone.locator('button').first().focus();
	for (let i = 0; i < 10 && !(await take.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(take).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(s.phone.getByText(s.t['phone.handsets.holding.new'])).toBeVisible();
	const back = s.phone.getByRole('button', { name: s.t['phone.handsets.take.old'] });
	await expect(back).toBeVisible();
	// The other phone is a new page: focus is not lost to the body.
	await expect(page.locator('body')).not.toBeFocused();
	await back.focus();
	await page.keyboard.press('Space');
	await expect(s.phone.getByText(s.t['phone.handsets.holding.old'])).toBeVisible();
	await axeClean(page);
	// On a phone, where a thumb taps it, the switch is at least 44 px high, as the simulator's other controls.
	await page.setViewportSize(PHONE);
	await page
		.getByRole('group', { name: s.t['practice.view'] })
		.getByRole('button', { name: new RegExp(`^${s.t['practice.view.phone']}`) })
		.click();
	await expect(take).toBeVisible();
	expect((await take.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
});

test('the new phone scenario deep-linked to its last step: both rows listed, the new phone in hand', async ({ page }) => {
	const s = await open(page, 'ja', '?step=new-phone-delete-old');
	await s.at('new-phone-delete-old');
	await expect(s.pc.getByText(s.t['pc.today.secinfo.oldPhone'])).toBeVisible();
	await expect(s.pc.getByText(s.t['pc.today.secinfo.newPhone'])).toBeVisible();
	await expect(s.phone.getByText(s.t['phone.handsets.holding.new'])).toBeAttached();
	await axeClean(page);
});
