import { DICTIONARIES, type Lang } from '../../src/i18n';
import { expect, type Page, test } from '../support/fixtures';
import { PHONE, scrollToPractice, simulatorReady, student } from '../support/simulator';
import { practicePath } from '../support/site';

/**
 * Today's push practice (/practice/push/) where what the screens say must not contradict
 * itself: a wrong number on the phone is a mismatch, never an approval, and the
 * way on (the PC's resend) is named and reachable from the phone's view; being signed in
 * leads into the drill of a request you did not make, and the practice is complete only
 * after it. Japanese on a phone (one device at a time), English on a wide screen.
 */

async function open(page: Page, lang: Lang, query: string, phone: boolean) {
	await page.goto(`${practicePath(lang, 'push')}${query}`);
	await simulatorReady(page);
	const root = page.locator('[data-simulator]');
	await expect(root).toHaveAttribute('data-edition', 'today');
	if (phone) await scrollToPractice(page);
	const t = DICTIONARIES[lang];
	return {
		...student(page, { phone }),
		root,
		t,
		pc: page.getByRole('region', { name: t['practice.pc'] }),
		phone: page.getByRole('region', { name: t['practice.phone'] }),
		guide: page.getByRole('region', { name: new RegExp(t['practice.stepOf']) }),
		at: (step: string) => expect(root).toHaveAttribute('data-step', step, { timeout: 15_000 }),
	};
}

type Sim = Awaited<ReturnType<typeof open>>;

async function numberOnPc(s: Sim) {
	const number = s.pc.getByText(/^\d{2}$/);
	await expect(number).toBeVisible();
	return (await number.textContent()) ?? '';
}

for (const [lang, phone] of [
	['ja', true],
	['en', false],
] as const) {
	test.describe(phone ? 'on a phone' : 'on a wide screen', () => {
		if (phone) test.use({ viewport: PHONE });

		test(`a wrong number (${lang}): the phone shows only the mismatch, and the guide's resend is reachable from its view`, async ({
			page,
		}) => {
			test.setTimeout(60_000);
			const s = await open(page, lang, '?step=signin-request-sent', phone);
			// The request comes to the phone; the student reads the PC's number above it (on a wide screen, off the PC).
			await expect(s.phone.getByRole('button', { name: s.t['phone.notification'] })).toBeVisible();
			await s.follow('phone');
			const shown = (await s.glance(s.t['practice.glance.match'])) ?? (await numberOnPc(s));
			const wrong = shown === '10' ? '11' : '10';
			await s.phone.getByRole('button', { name: s.t['phone.notification'] }).click();
			await s.phone.getByLabel(s.t['phone.today.approve.number']).fill(wrong);
			await s.phone.getByRole('button', { name: s.t['phone.today.approve.yes'], exact: true }).click();
			await expect(s.phone.getByText(s.t['error.push-mismatch'])).toBeVisible();
			// Not approved: nothing on the phone says it was.
			await expect(s.phone.getByText(s.t['phone.today.answered.approved'], { exact: true })).toHaveCount(0);
			// The guide, on show above either device, says what to do next by the PC's button's label.
			const retry = s.t['pc.today.failed.retry'];
			await expect(s.guide.getByText(s.t['today.guide.signin-approve'])).toBeVisible();
			expect(s.t['today.guide.signin-approve']).toContain(retry);
			expect(s.t['error.push-mismatch']).toContain(retry);
			// The way on is the PC's button: on a phone the page goes there by itself.
			await s.follow('pc');
			await s.press(s.pc.getByRole('button', { name: retry }));
			await expect(s.phone.getByText(s.t['error.push-mismatch'])).toHaveCount(0);
			await expect(s.pc.getByRole('heading', { name: s.t['pc.today.approve.title'] })).toBeVisible();
		});

		test(`signed in (${lang}): the guide leads into the drill, and "complete" comes only after it`, async ({ page }) => {
			test.setTimeout(60_000);
			const s = await open(page, lang, '?step=signin-done', phone);
			const drill = s.t['pc.today.service.stranger'];
			const done = page.getByRole('status').filter({ hasText: s.t['practice.done'] });
			await s.follow('pc');
			await s.pc.getByRole('button', { name: s.t['pc.today.stay.no'], exact: true }).click();
			await expect(s.pc.getByText(s.t['pc.service.signedIn'])).toBeVisible();
			// Signed in, but not done: the drill is still ahead.
			await expect(s.root).toHaveAttribute('data-done', 'false');
			await expect(done).toBeHidden();
			// The step's guide names the drill's button by its label; the PC's page names it as next, its button the primary one.
			await expect(s.guide.getByText(s.t['today.guide.push:signin-done'])).toBeVisible();
			expect(s.t['today.guide.push:signin-done']).toContain(drill);
			await expect(s.pc.getByText(s.t['pc.today.service.next'].replace('{drill}', drill))).toBeVisible();
			const button = s.pc.getByRole('button', { name: drill });
			await expect(button).toHaveClass(/sim-btn--primary/);
			await button.click();
			await s.at('signin-unexpected-request');
			await expect(s.guide.getByText(s.t['today.guide.signin-unexpected-request'])).toBeVisible();
			await s.follow('phone');
			await s.phone.getByRole('button', { name: s.t['phone.notification'] }).click();
			await s.phone.getByRole('button', { name: s.t['phone.today.approve.no'] }).click();
			await s.phone.getByRole('button', { name: s.t['phone.today.report.yes'], exact: true }).click();
			// Now, and only now, the practice is complete; it stays so back on the service.
			await expect(s.root).toHaveAttribute('data-done', 'true');
			await expect(done).toBeVisible();
			await s.follow('pc');
			await expect(s.pc.getByRole('heading', { name: s.t['pc.today.outcome.reported'] })).toBeVisible();
			await s.pc.getByRole('button', { name: s.t['pc.today.outcome.back'] }).click();
			await expect(s.pc.getByText(s.t['pc.service.signedIn'])).toBeVisible();
			await expect(done).toBeVisible();
		});
	});
}
