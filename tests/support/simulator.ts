import { expect, type Locator, type Page } from '@playwright/test';
import { DICTIONARIES } from '../../src/i18n';
import type { Edition, Method } from '../../src/methods';
import type { Device } from '../../src/screens/render';
import { axe, violationsOf } from './axe';
import { simulatorReady } from './ready';
import { practicePath } from './site';

export { simulatorReady };

/**
 * A method's practice page as a student sees it: the simulator, the PC and the phone.
 * Today's simulator by default, as at /practice/<method>/; the manual's under /manual/.
 */
export function practice(method: Method, edition: Edition = 'today') {
	const sim = (page: Page) => {
		const root = page.locator('[data-simulator]');
		return {
			root,
			pc: page.getByRole('region', { name: 'PC のブラウザー' }),
			phone: page.getByRole('region', { name: 'スマートフォン' }),
			at: (step: string) => expect(root).toHaveAttribute('data-step', step, { timeout: 15_000 }),
		};
	};
	const open = async (page: Page, query = '', lang: 'ja' | 'en' = 'ja') => {
		await page.goto(`${practicePath(lang, method, edition)}${query}`);
		// Opening a late step replays the flow in the page first.
		await simulatorReady(page);
		// The edition asked for, not the other one (a step only the other edition has is sent there).
		await expect(page.locator('[data-simulator]')).toHaveAttribute('data-edition', edition);
		return sim(page);
	};
	return { sim, open };
}

/**
 * Moves focus with Tab (or Shift+Tab, for a control above) until the control has it, then
 * presses the key (none with ''), as a keyboard-only student does.
 */
export async function keyboard(page: Page, control: Locator, key = 'Enter') {
	await expect(control).toBeVisible();
	for (let i = 0; i < 80; i++) {
		const where = await control.evaluate((el) => {
			const active = document.activeElement;
			if (el === active) return 'here';
			if (!active || active === document.body) return 'after';
			return active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING ? 'before' : 'after';
		});
		if (where === 'here') {
			if (key) await page.keyboard.press(key);
			return;
		}
		await page.keyboard.press(where === 'before' ? 'Shift+Tab' : 'Tab');
	}
	throw new Error(`could not reach ${control} with Tab`);
}

/**
 * Axe's WCAG 2.x A and AA rules (contrast, names, roles, labels) over the simulator alone,
 * for the tests that check its screens one after another: a third of the time of every rule
 * on two busy cores. The best-practice rules are about the page (landmarks, heading order):
 * pages.spec.ts runs every rule on every page.
 */
export async function axeClean(page: Page) {
	const results = await axe(page).include('[data-simulator]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	expect(violationsOf(results)).toEqual([]);
}

/** A phone the practice must fit: the walks run at this size (simulator.css switches below 50rem). */
export const PHONE = { width: 390, height: 844 } as const;

/**
 * The student scrolls down to the practice once, until its guide meets the header; from
 * then on nobody scrolls by hand: the page keeps the device in use under its sticky guide.
 */
export async function scrollToPractice(page: Page) {
	await page.locator('[data-guide]').evaluate((guide) => {
		// Where the guide sticks; on a layout without a sticky guide, the bottom of Starlight's fixed header.
		const under = Number.parseFloat(getComputedStyle(guide).top) || (document.querySelector('header')?.getBoundingClientRect().bottom ?? 0);
		scrollBy({ top: guide.getBoundingClientRect().top - under, behavior: 'instant' });
	});
}

/**
 * Fails unless the control is on screen, its middle neither under the sticky guide nor
 * past an edge: what a student can press without scrolling. Called BEFORE a press, since
 * Playwright scrolls a control into view before it clicks or types.
 */
export async function inView(control: Locator) {
	await expect(control).toBeInViewport();
	await expect
		.poll(
			() =>
				control.evaluate((el) => {
					const box = el.getBoundingClientRect();
					const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
					return hit !== null && el.contains(hit);
				}),
			{ message: `${control} is on screen, not under the guide`, timeout: 5000 },
		)
		.toBe(true);
}

/**
 * The simulator's controls as a student uses them: on a wide screen by the mouse as they
 * are; on a phone (`phone: true`) each only once it is already in view (`inView`). On a
 * phone one device is on show: `look` turns to the other to read it (one press on the
 * switch), and `follow` goes where the page's badge says the next press is.
 */
export function student(page: Page, { phone }: { phone: boolean }) {
	const t = DICTIONARIES.ja;
	const switchTo = (device: Device) =>
		page.getByRole('group', { name: t['practice.view'] }).getByRole('button', { name: new RegExp(`^${t[`practice.view.${device}`]}`) });
	const before = async (control: Locator) => {
		if (phone) await inView(control);
	};
	return {
		press: async (control: Locator) => {
			await before(control);
			await control.click();
		},
		fill: async (control: Locator, text: string) => {
			await before(control);
			await control.fill(text);
		},
		check: async (control: Locator) => {
			await before(control);
			await control.check();
		},
		select: async (control: Locator, label: string) => {
			await before(control);
			await control.selectOption({ label });
		},
		look: async (device: Device) => {
			if (!phone) return;
			const button = switchTo(device);
			await expect(button).toHaveAttribute('aria-pressed', /^(true|false)$/);
			if ((await button.getAttribute('aria-pressed')) === 'true') return;
			await inView(button);
			await button.click();
			await expect(button).toHaveAttribute('aria-pressed', 'true');
		},
		follow: async (device: Device) => {
			if (!phone) return;
			const button = switchTo(device);
			const name = t[`practice.view.${device}`];
			const attention = t['practice.view.attention'].trim().replace(/[()]/g, '\\$&');
			const badged = new RegExp(`^${name}\\s*${attention}$`);
			// The page has gone there by itself (a new step), or its switch carries the badge.
			await expect
				.poll(async () => (await button.getAttribute('aria-pressed')) === 'true' || (await button.locator('[data-badge]').isVisible()), {
					message: `the page shows the ${device}, or its switch says the next press is there`,
				})
				.toBe(true);
			if ((await button.getAttribute('aria-pressed')) !== 'true') {
				await expect(button).toHaveAccessibleName(badged);
				await inView(button);
				await button.click();
			}
			await expect(button).toHaveAttribute('aria-pressed', 'true');
			await expect(button).toHaveAccessibleName(name);
		},
	};
}
