import { institution } from '../../src/config/institution';
import type { Method } from '../../src/config/schema';
import { DICTIONARIES } from '../../src/i18n';
import { findStep } from '../../src/steps';
import { expect, test } from '../support/fixtures';
import { LANGS, prefixOf, toolPath } from '../support/site';

/** What students bring to the helpdesk (issue 6), each an answer with a stable id. */
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

	test(`troubleshooting (${lang}) answers every topic, each linking to the steps it mentions`, async ({ page }) => {
		await page.goto(path);
		const topics = page.locator('[data-topic]');
		expect(await topics.evaluateAll((els) => els.map((el) => el.id))).toEqual(TOPICS);
		for (const id of TOPICS) {
			const topic = page.locator(`[id="${id}"]`);
			await expect(topic.getByRole('heading', { level: 2 })).toBeVisible();
			// Every answer sends the reader to at least one step of a chapter.
			const stepLinks = topic.locator('a[data-step-link]');
			expect(await stepLinks.count(), `${id} links to no step`).toBeGreaterThan(0);
		}
	});

	test(`troubleshooting (${lang}): every step link opens an existing step and says which one`, async ({ page }) => {
		await page.goto(path);
		const links = await page
			.locator('a[data-step-link]')
			.evaluateAll((as) =>
				as.map((a) => ({ href: a.getAttribute('href')!, key: a.getAttribute('data-step-link')!, text: a.textContent ?? '' })),
			);
		expect(links.length).toBeGreaterThan(10);
		for (const link of links) {
			const [method, id] = link.key.split('#') as [Method, string];
			expect(link.href).toBe(`${prefixOf(lang)}/${method}/#${id}`);
			// Named like the paper manual's references: method, phase and the step's number.
			const step = findStep(method, id);
			expect(link.text).toContain(DICTIONARIES[lang][`method.short.${method}`]);
			const phase = DICTIONARIES[lang][`phase.${step.phase}`];
			expect(link.text).toContain(lang === 'en' ? phase.toLowerCase() : phase);
			expect(link.text).toMatch(new RegExp(`${lang === 'ja' ? '手順' : 'step'} ${step.number}(\\D|$)`));
		}
		// Open each chapter once and look for the steps linked into it.
		const byPage = Map.groupBy(links, (l) => l.href.split('#')[0]!);
		for (const [chapter, targets] of byPage) {
			await page.goto(chapter);
			for (const { href } of targets) {
				await expect(page.locator(`[data-step="${href.split('#')[1]}"]`), href).toHaveCount(1);
			}
		}
	});

	test(`troubleshooting (${lang}) gives the helpdesk's contact from the institution config`, async ({ page }) => {
		await page.goto(path);
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
