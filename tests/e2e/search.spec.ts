import { expect, type Page, test } from '@playwright/test';

/*
 * Search is Pagefind, run by Starlight after the build. Japanese has no spaces between
 * words, so a word is only found if the index was cut into words (segmented): Starlight
 * runs the `pagefind_extended` binary, which segments Japanese at indexing time, and the
 * search page segments the query with the browser's Intl.Segmenter. These tests type real
 * words into the site's own search dialog and expect the chapter that explains them.
 */

async function search(page: Page, path: string, buttonName: string, query: string) {
	await page.goto(path);
	const open = page.getByRole('button', { name: buttonName, exact: true });
	// The button is enabled once the search script has loaded.
	await expect(open).toBeEnabled();
	await open.click();
	const dialog = page.getByRole('dialog', { name: buttonName });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('textbox', { name: buttonName }).fill(query);
	return dialog;
}

/** The page titles of the results, in order (sub-results of a page are left out). */
async function resultTitles(page: Page) {
	const links = page.locator('.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title > a');
	await expect(links.first()).toBeVisible();
	return links.evaluateAll((as) => as.map((a) => ({ title: a.textContent?.trim() ?? '', href: a.getAttribute('href') ?? '' })));
}

const JAPANESE = [
	// A word inside sentences, never at the start of one: only found if the text was segmented.
	// Each is the manual's own word for one method, so that method's chapter must come first:
	// not a practice page that mentions it in its title, not a chapter that mentions it in passing.
	{ query: '着信', chapter: '電話の着信で認証する', path: '/call/' },
	{ query: '承認', chapter: 'アプリで承認する', path: '/push/' },
	{ query: '確認コード', chapter: 'アプリのコードで認証する', path: '/code/' },
	{ query: '全角', chapter: '困ったときは', path: '/troubleshooting/' },
];

for (const { query, chapter, path } of JAPANESE) {
	test(`searching 「${query}」 on the Japanese site lists 「${chapter}」 first`, async ({ page }) => {
		await search(page, '/', '検索', query);
		const results = await resultTitles(page);
		expect(results[0], results.map((r) => r.title).join(' / ')).toEqual({
			title: chapter,
			href: expect.stringMatching(new RegExp(`^${path}`)),
		});
		// The Japanese index holds Japanese pages only.
		for (const r of results) expect(r.href).not.toMatch(/^\/en\//);
	});
}

test('letters typed full-width by a Japanese keyboard (ＳＭＳ) find the same pages as SMS', async ({ page }) => {
	const dialog = await search(page, '/', '検索', 'ＳＭＳ');
	await expect(dialog.getByRole('textbox', { name: '検索' })).toHaveValue('SMS');
	expect((await resultTitles(page)).map((r) => r.title)).toContain('SMS で認証する');
});

test('clicking a Japanese result opens its chapter', async ({ page }) => {
	const dialog = await search(page, '/', '検索', '着信');
	const chapter = dialog.locator('.pagefind-ui__result').filter({ hasText: '電話の着信で認証する' }).first();
	await chapter.locator('.pagefind-ui__result-title > a').first().click();
	await expect(page).toHaveURL(/\/call\//);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('電話の着信で認証する');
});

test('a word that is in no page finds nothing (the search can fail)', async ({ page }) => {
	await search(page, '/', '検索', '量子暗号');
	await expect(page.locator('.pagefind-ui__message')).toBeVisible();
	await expect(page.locator('.pagefind-ui__result')).toHaveCount(0);
});

test('searching “roaming” on the English site finds English pages only', async ({ page }) => {
	await search(page, '/en/', 'Search', 'roaming');
	const results = await resultTitles(page);
	expect(results.map((r) => r.title)).toContain('Verify by text message (SMS)');
	for (const r of results) expect(r.href).toMatch(/^\/en\//);
});

test('searching “notification” on the English site lists the app approval chapter first', async ({ page }) => {
	await search(page, '/en/push/', 'Search', 'notification');
	const results = await resultTitles(page);
	expect(results[0]?.title, results.map((r) => r.title).join(' / ')).toBe('Approve in the app');
});

test('searching “verification code” on the English site lists the app code chapter first', async ({ page }) => {
	await search(page, '/en/', 'Search', 'verification code');
	const results = await resultTitles(page);
	expect(results[0], results.map((r) => r.title).join(' / ')).toEqual({
		title: 'Verify with a code from the app',
		href: expect.stringMatching(/^\/en\/code\//),
	});
});

test('the search dialog opens from the keyboard (Ctrl+K)', async ({ page }) => {
	await page.goto('/troubleshooting/');
	// The shortcut works once the search script has run (it enables the button); the search
	// UI itself is fetched on opening, and the box must still end up focused.
	await expect(page.getByRole('button', { name: '検索', exact: true })).toBeEnabled();
	await expect(page.locator('.pagefind-ui__search-input')).not.toBeAttached();
	await page.keyboard.press('Control+k');
	const box = page.getByRole('dialog', { name: '検索' }).getByRole('textbox', { name: '検索' });
	await expect(box).toBeFocused();
	await page.keyboard.type('承認');
	expect((await resultTitles(page)).map((r) => r.title)).toContain('アプリで承認する');
});
