import { expect, type Locator, type Page, test } from '@playwright/test';
import { DICTIONARIES } from '../../src/i18n';
import type { Lang } from '../../src/i18n/locales';
import type { Edition, Method } from '../../src/methods';
import type { Device } from '../../src/screens/render';
import { axe, violationsOf } from './axe';
import { simulatorReady } from './ready';
import { practicePath } from './site';
import { smallTargets } from './targets';

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
	const open = async (page: Page, query = '', lang: Lang = 'ja') => {
		await watchShifts(page);
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
/** A laptop's screen: the English walks run at this size, both devices side by side. */
export const WIDE = { width: 1280, height: 800 } as const;

/**
 * The student scrolls down to the practice once, until it meets the header; from then on
 * nobody scrolls the page by hand: the practice is one screen tall (simulator.css), and the
 * page brings it back under the header at each new step.
 */
export async function scrollToPractice(page: Page) {
	await page.locator('[data-simulator]').evaluate((sim) => {
		const under = Number.parseFloat(getComputedStyle(sim).scrollMarginTop) || 0;
		scrollBy({ top: sim.getBoundingClientRect().top - under, behavior: 'instant' });
	});
}

/**
 * Fails unless the control is on screen, its middle neither covered (by the header, or by the
 * buttons kept at the bottom of its device) nor past an edge: what a student can press
 * without scrolling. Called BEFORE a press, since Playwright scrolls a control into view before
 * it clicks or types.
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
			{ message: `${control} is on screen, not covered`, timeout: 5000 },
		)
		.toBe(true);
}

/**
 * Records every layout shift from the first paint on (call before the page is opened), so that
 * a walk can show that nothing moved that the student did not move: Chromium marks a shift
 * within half a second of a press or a key as the reader's own (hadRecentInput).
 */
export async function watchShifts(page: Page) {
	await page.addInitScript(() => {
		// Once per document, however often the test opened a practice in this page.
		if ('__shifts' in window) return;
		const shifts: { value: number; byInput: boolean; what: string; step: string | undefined }[] = [];
		Object.defineProperty(window, '__shifts', { value: shifts });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
				sources?: { node?: Node | null }[];
			})[]) {
				const what = (entry.sources ?? []).map((s) => (s.node instanceof Element ? s.node.className || s.node.tagName : '')).join(', ');
				shifts.push({
					value: entry.value,
					byInput: entry.hadRecentInput,
					what,
					step: document.querySelector<HTMLElement>('[data-simulator]')?.dataset['step'],
				});
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/**
 * Where the practice's frame stands, in page coordinates: the stage, the guide and its two rows,
 * each device's frame and the top of its screen (under the phone's notification place), and the
 * page's links after the practice. A walk takes it once and compares it at every step: what a
 * student did not move stays where it was, whatever the machine's load (Chromium's own measure,
 * watchShifts, counts a repaint as unprovoked when a busy machine paints it over half a second
 * after the press).
 */
export async function frameOf(page: Page) {
	return page.evaluate(() => {
		const box = (selector: string) => {
			const el = document.querySelector(selector);
			if (!el || getComputedStyle(el).display === 'none') return null;
			const r = el.getBoundingClientRect();
			return [Math.round(r.left), Math.round(r.top + scrollY), Math.round(r.width), Math.round(r.height)];
		};
		const screenTop = (frame: string) => {
			const f = document.querySelector(frame);
			const screen = f?.querySelector('.sim-pc__page, .sim-phone__screen');
			if (!f || !screen || getComputedStyle(f).display === 'none') return null;
			return Math.round(screen.getBoundingClientRect().top - f.getBoundingClientRect().top + f.scrollTop);
		};
		return {
			stage: box('[data-simulator]'),
			guide: box('[data-guide]'),
			// The title's row, not the title: a shorter one sits lower in it (simulator.css).
			body: box('.sim-guide__body'),
			says: box('.sim-guide__body > .sim-guide__says'),
			pc: box('.sim-pc'),
			phone: box('.sim-phone'),
			pcScreen: screenTop('.sim-pc'),
			phoneScreen: screenTop('.sim-phone'),
			after: box('.pagination-links'),
		};
	});
}

/** The layout shifts no press or key of the reader's caused, since the page opened (see watchShifts). */
export async function unprovokedShifts(page: Page) {
	return page.evaluate(() =>
		((window as unknown as { __shifts: { value: number; byInput: boolean; what: string }[] }).__shifts ?? []).filter((s) => !s.byInput),
	);
}

/**
 * The simulator's controls as a student uses them: on a wide screen by the mouse as they
 * are; on a phone (`phone: true`) each only once it is in view (`inView`). On a phone one
 * device is on show, and the page goes where the next press is by itself: `follow` checks
 * that it did (a student never has to find the switch to go on), and `look` turns to the
 * other device by choice (one press on the switch), counted apart. What the step needs from
 * the other device (the PC's number, the app's code) is read off the glance above the one on
 * show (`glance`). A screen longer than its device's place on a phone scrolls inside it: the
 * student swipes down over it until the control is in view, never up and never the page;
 * the swipes are counted too (`counts`). With `wide`, on a wide screen, every control must be
 * in view with the step's instruction when it is used (the student scrolled to the practice once).
 * `lang` is the page's language, which names the switch (Japanese unless said).
 */
export function student(page: Page, { phone, wide = false, lang = 'ja' }: { phone: boolean; wide?: boolean; lang?: Lang }) {
	const t = DICTIONARIES[lang];
	const counts = { looks: 0, swipes: 0 };
	const switchTo = (device: Device) =>
		page.getByRole('group', { name: t['practice.view'] }).getByRole('button', { name: new RegExp(`^${t[`practice.view.${device}`]}`) });
	/** Where the control is against the visible part of its device: above it, in it, or below it. */
	const place = (control: Locator) =>
		control.evaluate((el) => {
			const frame = el.closest('.sim-pc, .sim-phone');
			if (!frame) return 'in';
			const box = frame.getBoundingClientRect();
			const bar = frame.firstElementChild?.firstElementChild?.getBoundingClientRect().height ?? 0;
			const at = el.getBoundingClientRect();
			const hit = document.elementFromPoint(at.left + at.width / 2, at.top + at.height / 2);
			if (at.bottom <= innerHeight && hit !== null && el.contains(hit)) return 'in';
			return at.top < box.top + bar ? 'above' : 'below';
		});
	const before = async (control: Locator) => {
		// A wide screen: the step's instruction and the control it names, in view together.
		if (wide) await expect(page.locator('[data-guide-title]')).toBeInViewport({ ratio: 1 });
		if (!phone && !wide) return;
		await expect(control).toBeVisible();
		for (let swipe = 0; swipe < 8; swipe++) {
			const where = await place(control);
			if (where === 'in') break;
			expect(where, `${control} is above the part of its screen on show: the student would have to hunt for it`).toBe('below');
			const frame = control.locator('xpath=ancestor::section[contains(@class, "sim-")][1]');
			const box = (await frame.boundingBox())!;
			const top = await frame.evaluate((el) => el.scrollTop);
			await page.mouse.move(box.x + box.width / 2, Math.min(box.y + box.height / 2, 700));
			await page.mouse.wheel(0, 160);
			await expect.poll(() => frame.evaluate((el) => el.scrollTop), { message: `${control}: its screen scrolls` }).toBeGreaterThan(top);
			counts.swipes++;
		}
		await inView(control);
	};
	/** The frame as it stood when first seen, per device on show (on a phone the other device's box is none). */
	const frames = new Map<string, Awaited<ReturnType<typeof frameOf>>>();
	let shot = 0;
	return {
		counts,
		/**
		 * The walk reached a step (the simulator says so). On a phone, every control of the
		 * practice is 44×44 CSS px or more there, and nothing of its frame has moved since the
		 * walk began (the screens' own content aside).
		 */
		at: async (step: string) => {
			await expect(page.locator('[data-simulator]')).toHaveAttribute('data-step', step, { timeout: 15_000 });
			// SHOTS=dir keeps a picture of every step a walk reaches, to look at as a student would.
			const shots = process.env['SHOTS'];
			if (shots) {
				const name = `${test
					.info()
					.title.replace(/[^\w]+/g, '-')
					.slice(0, 60)}-${String(++shot).padStart(2, '0')}-${step}.png`;
				await page.screenshot({ path: `${shots}/${name}` });
			}
			if (!phone) return;
			expect(await smallTargets(page, '[data-simulator]'), `controls under 44 px at ${step}`).toEqual([]);
			const now = await frameOf(page);
			const key = `${now.pc === null}${now.phone === null}`;
			const first = frames.get(key) ?? now;
			frames.set(key, first);
			expect(now, `the practice's frame at ${step}`).toEqual(first);
		},
		/**
		 * The end of a walk: Chromium's own layout-shift measure over it (0 on a quiet machine; a
		 * busy one can paint a press's own repaint over half a second after it, which Chromium then
		 * counts as unprovoked, hence the small allowance), and the figures in the test's annotations.
		 */
		finish: async () => {
			const shifts = await unprovokedShifts(page);
			const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
			expect(total, JSON.stringify(shifts)).toBeLessThan(0.005);
			test.info().annotations.push({
				type: 'student',
				description: `${counts.looks} looks by choice, 0 turns the page did not make, ${counts.swipes} swipes, layout shift ${total.toFixed(4)}${total ? ` ${JSON.stringify(shifts)}` : ''}`,
			});
		},
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
		/**
		 * The student turns to the other device by choice to read it (`read`), then back to the one
		 * the page showed. On a wide screen both are on show: only `read` runs.
		 */
		look: async (device: Device, read: () => Promise<unknown>) => {
			if (!phone) {
				await read();
				return;
			}
			const turn = async (to: Device) => {
				const button = switchTo(to);
				await inView(button);
				await button.click();
				counts.looks++;
				await expect(button).toHaveAttribute('aria-pressed', 'true');
			};
			const here: Device = (await switchTo('pc').getAttribute('aria-pressed')) === 'true' ? 'pc' : 'phone';
			if (here === device) {
				await read();
				return;
			}
			await turn(device);
			await read();
			await turn(here);
		},
		follow: async (device: Device) => {
			if (!phone) return;
			await expect(switchTo(device), `the page has gone to the ${device} by itself`).toHaveAttribute('aria-pressed', 'true');
			await expect(switchTo(device)).toHaveAccessibleName(t[`practice.view.${device}`]);
		},
		/** The value the glance shows, under its label (on a phone); null on a wide screen, where both devices show. */
		glance: async (label: string) => {
			if (!phone) return null;
			const line = page.locator('[data-glance]');
			await expect(line).toContainText(label);
			await expect(line).toBeInViewport();
			return (await line.locator('.sim-glance__value').textContent())!;
		},
	};
}
