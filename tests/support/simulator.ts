import { expect, type Locator, type Page } from '@playwright/test';
import type { Edition, Method } from '../../src/methods';
import { axe, violationsOf } from './axe';
import { practicePath } from './site';

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
		await expect(page.locator('[data-simulator][data-state="ready"]')).toBeVisible({ timeout: 20_000 });
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
