import { type Answers, allAnswers, recommend } from '../../src/chooser/recommend';
import { institution } from '../../src/config/institution';
import { DICTIONARIES } from '../../src/i18n';
import type { Lang } from '../../src/i18n/locales';
import { buildResults } from '../../src/islands/chooser/results';
import { axe, violationsOf } from '../support/axe';
import { expect, type Page, test } from '../support/fixtures';
import { prefixOf, toolPath } from '../support/site';

// The battery question is asked only where its answer changes some advice (with this config).
const { asksBattery } = buildResults();

/** Answers the questions as a reader does: by the visible question and answer. */
async function answer(page: Page, lang: Lang, a: Answers) {
	const t = DICTIONARIES[lang];
	const yesNo = (v: boolean) => (v ? t['chooser.yes'] : t['chooser.no']);
	await page
		.getByRole('group', { name: t['chooser.legend.device'] })
		.getByRole('radio', { name: t[`chooser.device.${a.device}`], exact: true })
		.check();
	await page
		.getByRole('group', { name: t['chooser.legend.abroad'] })
		.getByRole('radio', { name: yesNo(a.abroad), exact: true })
		.check();
	const battery = page.getByRole('group', { name: t['chooser.legend.battery'] });
	if (a.device === 'smartphone' && asksBattery) await battery.getByRole('radio', { name: yesNo(a.battery), exact: true }).check();
	// Only smartphone owners are asked about the battery, and only where it changes the advice.
	else await expect(battery).toBeHidden();
}

for (const lang of ['ja', 'en'] as const) {
	const t = DICTIONARIES[lang];
	test(`chooser (${lang}) recommends the right offered method for every combination of answers`, async ({ page }) => {
		await page.goto(toolPath(lang, 'choose'));
		const result = page.locator('[aria-live="polite"]');
		await expect(result).toHaveText(t['chooser.result.pending']);

		for (const a of allAnswers()) {
			const expected = recommend(a, institution.methods, institution);
			await answer(page, lang, a);
			const label = JSON.stringify(a);
			if (!expected.method) {
				await expect(result, label).toContainText(t['chooser.result.none']);
				// Why none, and what to do instead (a landline abroad: the helpdesk).
				for (const note of expected.notes) await expect(result, `${label} ${note}`).toContainText(t[`note.${note}`]);
				continue;
			}
			const name = DICTIONARIES[lang][`method.${expected.method}`];
			await expect(result.locator('.mfa-chooser__pick'), label).toHaveText(`${t['chooser.result.recommended']} ${name}`);
			await expect(result.getByRole('link', { name: t['chooser.result.open'].replace('{method}', name) }), label).toHaveAttribute(
				'href',
				`${prefixOf(lang)}/${expected.method}/`,
			);
			for (const note of expected.notes) await expect(result, `${label} ${note}`).toContainText(t[`note.${note}`]);
			// Only offered methods, and the recommended one is not repeated as an alternative.
			const alternatives = await result
				.getByRole('listitem')
				.getByRole('link')
				.evaluateAll((links) => links.map((l) => l.getAttribute('href')));
			expect(alternatives, label).toEqual(expected.alternatives.map((m) => `${prefixOf(lang)}/${m}/`));
		}
	});
}

test('chooser works with the keyboard alone and its answer passes axe', async ({ page }) => {
	await page.goto('/en/choose/');
	await page.getByRole('radio', { name: 'A smartphone', exact: true }).focus();
	// Arrow keys move within a radio group and select; Tab moves to the next question.
	await page.keyboard.press('Space');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Space');
	await expect(page.getByRole('group', { name: 'Do you often sign in while abroad?' }).getByRole('radio', { name: 'Yes' })).toBeChecked();
	if (asksBattery) {
		await page.keyboard.press('Tab');
		await page.keyboard.press('ArrowDown');
		await expect(
			page.getByRole('group', { name: 'Are you worried about your smartphone’s battery?' }).getByRole('radio', { name: 'No' }),
		).toBeChecked();
	}
	const result = page.locator('[aria-live="polite"]');
	await expect(result).toContainText('Suggested: Code from the app (Microsoft Authenticator)');
	await page.keyboard.press('Tab');
	await expect(result.getByRole('link', { name: 'See the steps for “Code from the app (Microsoft Authenticator)”' })).toBeFocused();

	expect(violationsOf(await axe(page).analyze())).toEqual([]);
});

test('with SMS ending on 1 February 2027 (this config), a smartphone at home is told a passkey, and SMS is the manual’s 2020 advice', async ({
	page,
}) => {
	expect(institution.smsVoiceViaCarrier).toBe(false);
	const t = DICTIONARIES.ja;
	await page.goto('/choose/');
	await answer(page, 'ja', { device: 'smartphone', abroad: false, battery: false });
	const result = page.locator('[aria-live="polite"]');
	await expect(result.locator('.mfa-chooser__pick')).toHaveText(`${t['chooser.result.recommended']} ${t['method.passkey']}`);
	await expect(result).toContainText(t['note.smsEnding']);
	// The overview says the same: its advice opens with the passkey or the app, not SMS.
	await page.goto('/');
	await expect(page.locator('[data-advice]').first()).toHaveAttribute('data-advice', 'smartphone');
	await expect(page.getByText(/ふだんは \d の SMS がおすすめです/)).toHaveCount(0);
});

test('chooser offers only the methods the institution offers (its summary links to nothing else)', async ({ page }) => {
	await page.goto('/choose/');
	const hrefs = await page.locator('.mfa-chooser-summary a').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
	expect(hrefs.length).toBeGreaterThan(0);
	for (const href of hrefs) expect(institution.methods.map((m) => `/${m}/`)).toContain(href);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const lang of ['ja', 'en'] as const) {
		test(`chooser (${lang}) reads as advice for every situation, with no dead form`, async ({ page }) => {
			const t = DICTIONARIES[lang];
			await page.goto(toolPath(lang, 'choose'));
			await expect(page.getByRole('radio')).toHaveCount(0);
			await expect(page.getByText(t['chooser.result.pending'])).toBeHidden();
			for (const device of ['smartphone', 'mobile', 'landline'] as const) {
				const group = page
					.locator('.mfa-chooser-summary > li')
					.filter({ hasText: t[`chooser.device.${device}`] })
					.first();
				await expect(group).toBeVisible();
				for (const abroad of [false, true]) {
					const expected = recommend({ device, abroad, battery: false }, institution.methods, institution).method;
					const line = group
						.getByRole('listitem')
						.filter({ hasText: t[abroad ? 'chooser.case.abroad' : 'chooser.case.home'] })
						.first();
					if (expected)
						await expect(line.getByRole('link', { name: DICTIONARIES[lang][`method.${expected}`] })).toHaveAttribute(
							'href',
							`${prefixOf(lang)}/${expected}/`,
						);
				}
			}
		});

		test(`chooser summary (${lang}) gives the same warnings as the interactive answer`, async ({ page }) => {
			const t = DICTIONARIES[lang];
			await page.goto(toolPath(lang, 'choose'));
			const landline = page.locator('.mfa-chooser-summary > li').filter({ hasText: t['chooser.device.landline'] }).first();
			const abroad = landline.getByRole('listitem').filter({ hasText: t['chooser.case.abroad'] });
			// Told with JavaScript when a landline owner is often abroad (see the combination test above):
			// no method works (a landline at home cannot be answered abroad), so the helpdesk, and no
			// warning about the cost of a call the reader is not told to take.
			const landlineAbroad = recommend({ device: 'landline', abroad: true, battery: false }, institution.methods, institution);
			expect(landlineAbroad.method).toBeNull();
			expect(landlineAbroad.notes).toContain('landlineAbroad');
			expect(landlineAbroad.notes).not.toContain('roamingCost');
			await expect(abroad).toContainText(t['chooser.askHelpdesk']);
			await expect(abroad).toContainText(t['note.landlineAbroad']);
			await expect(abroad).not.toContainText(t['note.roamingCost']);
			await expect(abroad.getByRole('link')).toHaveCount(0);
			// …and not where it does not apply.
			const home = landline.getByRole('listitem').filter({ hasText: t['chooser.case.home'] });
			await expect(home).not.toContainText(t['note.landlineAbroad']);
		});
	}
});
