import { DICTIONARIES } from '../../src/i18n';
import { expect, type Locator, test } from '../support/fixtures';
import { PHONE, practice, scrollToPractice, WIDE } from '../support/simulator';

/**
 * The simulator's own layout, apart from the page's: buttons side by side sit on one line, and
 * the call's keypad keys are all one size (Starlight spaced out the blocks of a page's content,
 * and it reached into the simulator: a secondary button sat 16 px above the primary one beside
 * it, and key 1 was 58 px tall against 42).
 */

const t = DICTIONARIES.ja;

/** Each control's top and height, rounded to the pixel. */
const boxes = (controls: Locator[]) =>
	Promise.all(
		controls.map(async (control) => {
			const box = (await control.boundingBox())!;
			return { top: Math.round(box.y), height: Math.round(box.height) };
		}),
	);

for (const [size, viewport] of [
	['a phone', PHONE],
	['a wide screen', WIDE],
] as const) {
	test.describe(`on ${size}`, () => {
		test.use({ viewport });

		test('two buttons side by side sit on one line, one height', async ({ page }) => {
			const { open } = practice('push');
			const s = await open(page, '?step=setup-stay-signed-in');
			await scrollToPractice(page);
			await expect(s.pc.getByRole('heading', { name: t['pc.today.stay.title'] })).toBeVisible();
			const [no, yes] = await boxes([
				s.pc.getByRole('button', { name: t['pc.today.stay.no'], exact: true }),
				s.pc.getByRole('button', { name: t['pc.today.stay.yes'], exact: true }),
			]);
			expect(no).toEqual(yes);
		});

		test('the call’s keypad keys are all one size', async ({ page }) => {
			const { open } = practice('call');
			const s = await open(page, '?step=setup-answer-call');
			await scrollToPractice(page);
			await s.phone.getByRole('button', { name: t['phone.call.answer'] }).click();
			const keys = s.phone.getByRole('group', { name: t['phone.call.keypad'] }).getByRole('button');
			await expect(keys).toHaveCount(12);
			const sizes = await boxes(await keys.all());
			expect(new Set(sizes.map((b) => b.height)).size).toBe(1);
			// Three keys to a row, each row one line.
			const rows = new Set(sizes.map((b) => b.top));
			expect(rows.size).toBe(4);
		});
	});
}
