import { institution } from '../../src/config/institution';
import { DICTIONARIES } from '../../src/i18n';
import { fill } from '../../src/i18n/format';
import { taskSteps } from '../../src/steps';
import { axe, violationsOf } from '../support/axe';
import { expect, type Page, test } from '../support/fixtures';
import { LANGS, prefixOf, taskPath, toolPath } from '../support/site';
import { smallTargets } from '../support/targets';

/*
 * The chapter after enrolment (/manage/): its steps by section with their stable ids and copy
 * links, its pictures drawn from the Security info screens, what the institution's config says
 * of Temporary Access Passes, and the pages that link to its steps; in both languages, on a
 * 390 px phone and at 1280 px, with axe.
 */

const STEPS = taskSteps('manage');

/** Every `/manage/#id` link of a page, as its href. */
const manageLinks = (page: Page, lang: (typeof LANGS)[number]) =>
	page
		.locator(`a[href*="${prefixOf(lang)}/manage/"], a[href^="manage/"], a[href^="../manage/"]`)
		.evaluateAll((links) =>
			links.map((l) => new URL((l as HTMLAnchorElement).href).pathname + new URL((l as HTMLAnchorElement).href).hash),
		);

for (const lang of LANGS) {
	const t = DICTIONARIES[lang];
	const path = taskPath(lang, 'manage');

	for (const viewport of [
		{ width: 390, height: 844 },
		{ width: 1280, height: 800 },
	]) {
		test(`the chapter after enrolment (${lang}, ${viewport.width} px): every step by section, its number a link, its copy link named, its pictures, axe`, async ({
			page,
		}) => {
			await page.setViewportSize(viewport);
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			// Every step of the table, in order, each once, under its section's heading.
			expect(await page.locator('[data-step]').evaluateAll((els) => els.map((e) => e.id))).toEqual(STEPS.map((s) => s.id));
			for (const step of STEPS) {
				const section = page.locator(`#${step.id}`);
				const label = `${t['step.label']} ${step.number}`;
				await expect(section.getByRole('heading', { level: 3 })).toHaveText(`${label}${step.title[lang]}`);
				await expect(section.getByRole('link', { name: label, exact: true })).toHaveAttribute('href', `#${step.id}`);
				await expect(
					section.getByRole('button', {
						name: `${t['step.copyLink']}: ${t[`manage.section.${step.section}`]} ${label} ${step.title[lang]}`,
						exact: true,
					}),
				).toBeVisible();
			}
			// The Security info page as a picture, its words in its text alternative; "may differ" where a label is unconfirmed.
			const picture = page.locator('#manage-open-security-info').getByRole('img');
			await expect(picture).toHaveAttribute('aria-label', new RegExp(t['pc.today.secinfo.title']));
			await expect(picture).toHaveAttribute('aria-label', new RegExp(t['practice.mayDifferAlt'].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
			await expect(page.locator('#lost-phone-tap').getByRole('img')).toHaveAttribute('aria-label', new RegExp(t['pc.today.tap.title']));
			// What this institution's helpdesk does for a lost phone, from its config.
			const tap = institution.temporaryAccessPass;
			expect(tap.issued).toBe(true);
			await expect(page.locator('#lost-phone-helpdesk')).toContainText(
				fill(t['manage.tap.issued'], { helpdesk: institution.helpdesk.name[lang], howToAsk: tap.howToAsk?.[lang] ?? '' }),
			);
			if (viewport.width < 800) expect(await smallTargets(page), 'tap targets under 44 px').toEqual([]);
			expect(violationsOf(await axe(page).analyze()), `${path} at ${viewport.width} px`).toEqual([]);
		});
	}

	test(`the overview, troubleshooting and the chooser (${lang}) link to the chapter’s steps, and each link lands on its step`, async ({
		page,
	}) => {
		const targets = new Set<string>();
		await page.goto(`${prefixOf(lang)}/`);
		for (const href of await manageLinks(page, lang)) targets.add(href);
		await page.goto(toolPath(lang, 'troubleshooting'));
		const troubleshooting = await manageLinks(page, lang);
		expect(troubleshooting).toEqual(
			expect.arrayContaining([`${path}#new-phone-add`, `${path}#lost-phone-helpdesk`, `${path}#lost-phone-tap`]),
		);
		for (const href of troubleshooting) targets.add(href);
		await page.goto(toolPath(lang, 'choose'));
		await page.getByRole('radio', { name: t['chooser.device.smartphone'], exact: true }).check();
		await page.getByRole('group', { name: t['chooser.legend.abroad'] }).getByRole('radio', { name: t['chooser.no'], exact: true }).check();
		const battery = page.getByRole('group', { name: t['chooser.legend.battery'] });
		if (await battery.isVisible()) await battery.getByRole('radio', { name: t['chooser.no'], exact: true }).check();
		const chooser = page.locator('[aria-live="polite"]').getByRole('link', { name: t['manage.chooser.link'], exact: true });
		await expect(chooser).toHaveAttribute('href', `${path}#new-phone-add`);
		targets.add(`${path}#new-phone-add`);
		expect(targets.size).toBeGreaterThan(3);
		for (const target of targets) {
			await page.goto(target);
			const id = decodeURIComponent(target.split('#')[1] ?? '');
			if (id) await expect(page.locator(`#${id}[data-step]`), target).toBeInViewport();
		}
	});
}

test.describe('copying', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('a step of the chapter after enrolment copies its own link', async ({ page, baseURL }) => {
		await page.goto('/manage/?from=helpdesk');
		const step = page.locator('#lost-phone-tap');
		await step.getByRole('button', { name: /リンクをコピー/ }).click();
		await expect(step.getByRole('status')).toHaveText(DICTIONARIES.ja['step.copied']);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/manage/#lost-phone-tap`);
	});
});
