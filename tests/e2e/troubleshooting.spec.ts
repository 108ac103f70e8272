import { institution } from '../../src/config/institution';
import type { Method } from '../../src/config/schema';
import { methodShortKey, phaseInlineKey, t } from '../../src/i18n';
import { findStep } from '../../src/steps';
import { expect, test } from '../support/fixtures';
import { LANGS, prefixOf, toolPath } from '../support/site';

/** What students bring to the helpdesk, each an answer with a stable id. */
const TOPICS = [
	'unexpected-request',
	'number',
	'no-notification',
	'other-method',
	'new-phone',
	'lost-phone',
	'passkey-lost-phone',
	'no-sms-or-call',
	'passkey-prompt',
	'code-refused',
	'full-width',
	'abroad',
	'asked-every-time',
	'remember-not-sticking',
];

for (const lang of LANGS) {
	const path = toolPath(lang, 'troubleshooting');

	const what = 'answers every topic, each linking to the steps it mentions by method, phase and number; gives the helpdesk’s contact';
	test(`troubleshooting (${lang}) ${what}`, async ({ page }) => {
		await page.goto(path);
		const topics = page.locator('[data-topic]');
		expect(await topics.evaluateAll((els) => els.map((el) => el.id))).toEqual(TOPICS);
		expect(await topics.getByRole('heading', { level: 2 }).evaluateAll((hs) => hs.filter((h) => h.checkVisibility()).length)).toBe(
			TOPICS.length,
		);
		// Every answer sends the reader to at least one step of a chapter.
		const linked = await topics.evaluateAll((els) => els.filter((el) => el.querySelector('a[data-step-link]')).map((el) => el.id));
		expect(linked).toEqual(TOPICS);

		const links = await page
			.locator('a[data-step-link]')
			.evaluateAll((as) =>
				as.map((a) => ({ href: a.getAttribute('href')!, key: a.getAttribute('data-step-link')!, text: a.textContent ?? '' })),
			);
		expect(links.length).toBeGreaterThan(10);
		for (const link of links) {
			const [method, id] = link.key.split('#') as [Method, string];
			expect(link.href).toBe(`${prefixOf(lang)}/${method}/#${id}`);
			// The step exists in today's step table (findStep throws otherwise), and the sweep
			// (pages.spec.ts) finds every step of the table on its chapter, under its id.
			const step = findStep(method, id);
			// Named like the paper manual's references: method, phase and the step's number, as the
			// language words them mid-sentence; the number whole ("step 1" is not "step 12").
			const where = t(lang, 'steplink.where', {
				method: t(lang, methodShortKey(method)),
				phase: t(lang, phaseInlineKey(step.phase)),
				number: String(step.number),
			});
			expect(link.text).toMatch(new RegExp(`^${where.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\D|$)`));
		}

		// The helpdesk's contact, from the institution config.
		const { helpdesk, rememberDays } = institution;
		if (helpdesk.email) expect(await page.locator(`a[href="mailto:${helpdesk.email}"]`).count()).toBeGreaterThan(2);
		if (helpdesk.phone) await expect(page.locator(`#unexpected-request a[href^="tel:"]`)).toHaveText(helpdesk.phone);
		await expect(page.locator('#unexpected-request')).toContainText(helpdesk.name[lang]);
		await expect(page.locator('#asked-every-time')).toContainText(String(rememberDays));
	});
}

test('troubleshooting links to the pairing demo and the chooser through the site’s base', async ({ page, baseURL }) => {
	await page.goto('/en/troubleshooting/');
	const pairing = page.locator('#code-refused').getByRole('link', { name: 'Practise with your own phone' });
	expect(await pairing.evaluate((a: HTMLAnchorElement) => a.href)).toBe(`${baseURL}/en/pairing/`);
	const chooser = page.locator('#abroad').getByRole('link', { name: 'Choose a method' });
	expect(await chooser.evaluate((a: HTMLAnchorElement) => a.href)).toBe(`${baseURL}/en/choose/`);
});

test('a helpdesk can send a link to one answer, in either language', async ({ page }) => {
	await page.goto('/troubleshooting/#code-refused');
	await expect(page.locator('#code-refused').getByRole('heading', { level: 2 })).toBeInViewport();
	await page.goto('/en/troubleshooting/#abroad');
	await expect(page.locator('#abroad').getByRole('heading', { level: 2, name: 'Travelling abroad' })).toBeInViewport();
});
