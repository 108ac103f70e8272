import { institution } from '../../src/config/institution';
import { DICTIONARIES, t as text } from '../../src/i18n';
import { expect, type Page, test } from '../support/fixtures';
import { practice } from '../support/simulator';
import { chapterPath, LANGS, practicePath, prefixOf } from '../support/site';

/*
 * The smaller things a student sees around the practice. The site's name
 * shows whole on a phone; a practice page names its chapter as a title 「…」, not glued to
 * 「の手順」; the contact box's labels sit on their values' lines; the registration's
 * approval step pictures the sheet the notification opens, not the banner alone. (The
 * passkey demo's plain sentence first: passkey-demo.spec.ts.)
 */

const PHONE = { width: 390, height: 844 };

test('390 px: the site title shows whole, beside the search and menu buttons, in both languages', async ({ page }) => {
	await page.setViewportSize(PHONE);
	for (const lang of LANGS) {
		await page.goto(chapterPath(lang, 'push'));
		const title = page.locator('.site-title');
		await expect(title).toHaveText(text(lang, 'site.title', { institution: institution.name[lang] }));
		// Nothing clips the words, and they end before the search button.
		const fit = await title.evaluate((a) => {
			const clipped: string[] = [];
			// The words, the link, and Starlight's wrapper that clips a title too long for the bar.
			for (let el: Element | null = a.firstElementChild; el && el !== a.parentElement?.parentElement; el = el.parentElement) {
				if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) clipped.push(el.className);
			}
			const text = document.createRange();
			text.selectNodeContents(a);
			const search = document.querySelector('button[data-open-modal]')!.getBoundingClientRect();
			return { clipped, textEnd: text.getBoundingClientRect().right, searchStart: search.left };
		});
		expect(fit.clipped, lang).toEqual([]);
		expect(fit.textEnd, lang).toBeLessThanOrEqual(fit.searchStart);
	}
});

test('a practice page names its chapter as a title: 「アプリで承認する」の手順, the chapter “Approve in the app”', async ({ page }) => {
	const cases = [
		{ path: practicePath('ja', 'push'), says: '「アプリで承認する」の手順を最初から最後まで' },
		{ path: practicePath('ja', 'passkey'), says: '「パスキーで認証する」の手順を最初から最後まで' },
		{ path: practicePath('ja', 'push', 'manual'), says: '「アプリで承認する」の手順を最初から最後まで' },
		{ path: practicePath('en', 'push'), says: 'try every step of the chapter “Approve in the app” from start to finish' },
	];
	for (const { path, says } of cases) {
		await page.goto(path);
		await expect(page.locator('main'), path).toContainText(says);
	}
});

/** Each label of the contact box, and how far its text's baseline is from its value's. */
const contactRows = (page: Page) =>
	page.locator('.mfa-helpdesk dt').evaluateAll((labels) =>
		labels.map((dt) => {
			// The bottom of the first line of its words (not of the boxes around them).
			const baseline = (el: Element) => {
				const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
				while (walker.nextNode() && !walker.currentNode.textContent?.trim());
				const range = document.createRange();
				range.selectNodeContents(walker.currentNode);
				return range.getClientRects()[0]!.bottom;
			};
			return { label: dt.textContent, off: Math.round(Math.abs(baseline(dt) - baseline(dt.nextElementSibling!))) };
		}),
	);

test('the contact box: each label on its value’s line, on a phone and on a PC', async ({ page }) => {
	for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
		await page.setViewportSize(viewport);
		await page.goto(`${prefixOf('ja')}/push/`);
		const rows = await contactRows(page);
		expect(rows.length).toBeGreaterThan(1);
		for (const row of rows) expect(row, `${viewport.width} px`).toMatchObject({ off: 0 });
	}
});

test('the registration’s approval step pictures the sheet the notification opens, in both editions', async ({ page }) => {
	const t = DICTIONARIES.ja;
	const pictureOf = async (path: string) => {
		await page.goto(path);
		return page.locator('#setup-approve [role="img"]').getAttribute('aria-label');
	};
	// Today's: the sheet where the PC's number is typed, with 「はい」.
	expect(await pictureOf(chapterPath('ja', 'push'))).toContain(t['phone.today.approve.number']);
	// The manual's: the sheet with 「承認」 and 「拒否」.
	expect(await pictureOf(chapterPath('ja', 'push', 'manual'))).toContain(`「${t['phone.manual.approve.approve']}」`);
});

test('a screen whose words no source confirms says so in its bar, in the practice and the chapter; a sourced one does not', async ({
	page,
}) => {
	const { open } = practice('call');
	for (const lang of LANGS) {
		const note = DICTIONARIES[lang]['practice.mayDiffer'];
		// The call's sign-in page ("We're calling your phone…" has only a third party's English) and its voice.
		const sim = await open(page, '?step=signin-answer-call', lang);
		const pc = page.getByRole('region', { name: DICTIONARIES[lang]['practice.pc'] });
		await expect(pc.getByText(note, { exact: true }), lang).toBeVisible();
		// The sign-in page before it: Microsoft's own words, sourced.
		await open(page, '?step=signin-sign-in', lang);
		await expect(pc.getByRole('textbox').or(pc.getByRole('button')).first()).toBeVisible();
		await expect(pc.getByText(note, { exact: true }), lang).toHaveCount(0);
		await expect(sim.root).toHaveAttribute('data-edition', 'today');
		// The chapter's picture of the same step says it too, in its words for a screen reader.
		await page.goto(`${chapterPath(lang, 'call')}`);
		const picture = page.locator('#signin-answer-call').getByRole('img');
		await expect(picture).toHaveAttribute(
			'aria-label',
			new RegExp(DICTIONARIES[lang]['practice.mayDifferAlt'].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
		);
	}
	// The manual's edition is the manual itself: nothing to mark.
	const { open: openManual } = practice('call', 'manual');
	await openManual(page, '?step=signin-answer-call');
	await expect(page.getByRole('region', { name: 'PC のブラウザー' }).getByText(DICTIONARIES.ja['practice.mayDiffer'])).toHaveCount(0);
});
