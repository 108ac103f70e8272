import { expect, type Page, test } from '../support/fixtures';

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
	await searchAgain(page, buttonName, query);
	return dialog;
}

/** A new query in the open dialog, as a reader types another word: the index is loaded once. */
async function searchAgain(page: Page, buttonName: string, query: string) {
	await page.getByRole('dialog', { name: buttonName }).getByRole('textbox', { name: buttonName }).fill(query);
}

/**
 * The page titles of the results for `query`, in order (sub-results of a page are left out).
 * The count line names the query it answers, so results of the previous query are never read.
 */
async function resultTitles(page: Page, query: string) {
	// Each result's text is fetched after the index: more than the default wait on two busy cores.
	await expect(page.locator('.pagefind-ui__message')).toContainText(query, { timeout: 15_000 });
	const links = page.locator('.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title > a');
	await expect(links.first()).toBeVisible({ timeout: 15_000 });
	// Pagefind draws a placeholder for each result until its text arrives: read none of them, or
	// a result still loading is missed (once today's push chapter, on a busy machine).
	await expect(page.locator('.pagefind-ui__results .pagefind-ui__loading')).toHaveCount(0, { timeout: 15_000 });
	return links.evaluateAll((as) => as.map((a) => ({ title: a.textContent?.trim() ?? '', href: a.getAttribute('href') ?? '' })));
}

/** How the manual's edition (December 2020) titles its pages: the chapter's title and this. */
const MANUAL = { ja: '（手順書 2020 年 12 月版）', en: ' (manual, December 2020)' } as const;

type Result = { title: string; href: string };

/**
 * Which edition's chapter a result is: today's (/<method>/, the chapter's title) or the
 * manual's (/manual/<method>/, the title and the manual's edition after it); else undefined.
 */
function chapterEdition(result: Result | undefined, lang: 'ja' | 'en', title: string, path: string) {
	const prefix = lang === 'en' ? '/en' : '';
	if (result?.title === title && result.href.startsWith(`${prefix}${path}`)) return 'today';
	if (result?.title === `${title}${MANUAL[lang]}` && result.href.startsWith(`${prefix}/manual${path}`)) return 'manual';
	return undefined;
}

/**
 * The first result is the chapter, in one edition or the other. Both editions explain the
 * method in the same words, so either may rank first: at this commit the manual's does for
 * most of these words (reported: today's screens would be the better first answer).
 */
function expectChapterFirst(results: Result[], lang: 'ja' | 'en', title: string, path: string) {
	expect(chapterEdition(results[0], lang, title, path), results.map((r) => r.title).join(' / ')).toBeDefined();
}

/** Both editions' chapters are among the results. */
const editionsFound = (results: Result[], lang: 'ja' | 'en', title: string, path: string) =>
	[...new Set(results.map((r) => chapterEdition(r, lang, title, path)).filter((e) => e !== undefined))].sort();

const JAPANESE = [
	// A word inside sentences, never at the start of one: only found if the text was segmented.
	// Each is the manual's own word for one method, so that method's chapter must come first:
	// not a practice page that mentions it in its title, not a chapter that mentions it in passing.
	{ query: '着信', chapter: '電話の着信で認証する', path: '/call/' },
	{ query: '承認', chapter: 'アプリで承認する', path: '/push/' },
	{ query: '確認コード', chapter: 'アプリのコードで認証する', path: '/code/' },
];

// One dialog per language, several words typed in turn: loading the index is what a search
// costs, and a reader who searches twice does not load it again either.
const JAPANESE_WORDS = [
	'each method’s own word lists its chapter first and finds both editions',
	'全角 finds 困ったときは',
	'full-width ＳＭＳ is SMS',
	'手順書 finds the manual’s pages',
	'a word in no page finds nothing',
	'a result opens its chapter',
].join('; ');

test(`on the Japanese site ${JAPANESE_WORDS}`, async ({ page }) => {
	test.setTimeout(60_000);
	const dialog = await search(page, '/', '検索', JAPANESE[0]!.query);
	for (const [i, { query, chapter, path }] of JAPANESE.entries()) {
		if (i > 0) await searchAgain(page, '検索', query);
		const results = await resultTitles(page, query);
		const seen = `${query}: ${results.map((r) => r.title).join(' / ')}`;
		expectChapterFirst(results, 'ja', chapter, path);
		// Today's chapter and the manual's are both found.
		expect(editionsFound(results, 'ja', chapter, path), seen).toEqual(['manual', 'today']);
		// The Japanese index holds Japanese pages only.
		for (const r of results) expect(r.href, seen).not.toMatch(/^\/en\//);
	}

	await searchAgain(page, '検索', '全角');
	const fullWidth = await resultTitles(page, '全角');
	expect(fullWidth[0], fullWidth.map((r) => r.title).join(' / ')).toEqual({
		title: '困ったときは',
		href: expect.stringMatching(/^\/troubleshooting\//),
	});

	// Letters typed full-width by a Japanese keyboard find the same pages as SMS.
	await searchAgain(page, '検索', 'ＳＭＳ');
	await expect(dialog.getByRole('textbox', { name: '検索' })).toHaveValue('SMS');
	expect((await resultTitles(page, 'SMS')).map((r) => r.title)).toContain('SMS で認証する');

	await searchAgain(page, '検索', '手順書');
	await expectManualFirst(page, 'ja', '手順書');

	// The search can fail: a word that is in no page finds nothing.
	await searchAgain(page, '検索', '量子暗号');
	await expect(page.locator('.pagefind-ui__message')).toContainText('量子暗号');
	await expect(page.locator('.pagefind-ui__result')).toHaveCount(0);

	// A result opens its chapter: today's (the manual's has the same title and its edition after it).
	await searchAgain(page, '検索', '着信');
	await resultTitles(page, '着信');
	await dialog.locator('.pagefind-ui__result-title > a').getByText('電話の着信で認証する', { exact: true }).first().click();
	await expect(page).toHaveURL(/^[^?#]*\/\/[^/]+\/call\//);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('電話の着信で認証する');
});

/** The first result is a page of the manual's edition, found by what its title says. */
async function expectManualFirst(page: Page, lang: 'ja' | 'en', query: string) {
	const results = await resultTitles(page, query);
	const prefix = lang === 'en' ? '/en' : '';
	expect(results[0]?.title, results.map((r) => r.title).join(' / ')).toMatch(new RegExp(`${MANUAL[lang].replace(/[()]/g, '\\$&')}$`));
	expect(results[0]?.href).toMatch(new RegExp(`^${prefix}/manual/`));
}

const ENGLISH_WORDS = [
	'“roaming” finds English pages only',
	'“notification” and “verification code” list their app chapters first',
	'“manual” finds the manual’s pages',
].join('; ');

test(`on the English site: ${ENGLISH_WORDS}`, async ({ page }) => {
	test.setTimeout(60_000);
	await search(page, '/en/push/', 'Search', 'roaming');
	const roaming = await resultTitles(page, 'roaming');
	// The SMS chapter, in one edition or the other (both mention roaming costs).
	expect(editionsFound(roaming, 'en', 'Verify by text message (SMS)', '/sms/'), JSON.stringify(roaming)).not.toEqual([]);
	for (const r of roaming) expect(r.href).toMatch(/^\/en\//);

	for (const [query, title, path] of [
		['notification', 'Approve in the app', '/push/'],
		['verification code', 'Verify with a code from the app', '/code/'],
	] as const) {
		await searchAgain(page, 'Search', query);
		expectChapterFirst(await resultTitles(page, query), 'en', title, path);
	}

	await searchAgain(page, 'Search', 'manual');
	await expectManualFirst(page, 'en', 'manual');
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
	expect((await resultTitles(page, '承認')).map((r) => r.title)).toContain('アプリで承認する');
});
