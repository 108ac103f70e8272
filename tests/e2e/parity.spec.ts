import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SOURCES_OF } from '../../src/components/edition/sources';
import { expect, type Page, test } from '../support/fixtures';

/*
 * The built site in both languages. Pages are found from content/ (every .mdx is a page),
 * so a page added later is checked too. Together with tests/unit/parity.test.ts (strings
 * and page sources) this fails when a page, a string or a step exists in one language only.
 */

const contentDir = join(import.meta.dirname, '../../content');

function mdxFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return mdxFiles(path);
		return /\.mdx?$/.test(name) && !name.startsWith('_') ? [relative(contentDir, path)] : [];
	});
}

/** "index.mdx" → "/", "practice/push.mdx" → "/practice/push/" (Japanese paths; English adds /en). */
const PAGES = mdxFiles(contentDir)
	.filter((p) => !p.startsWith('en/'))
	.map((p) => `/${p.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/'))
	.sort();

async function open(page: Page, path: string) {
	const response = await page.goto(path);
	expect(response?.status(), `${path} is missing`).toBe(200);
}

/** The ids that are the same in both languages: steps and troubleshooting topics, in order. */
const stableIds = (page: Page) =>
	page
		.locator('[data-step], [data-topic]')
		.evaluateAll((els) => els.map((el) => `${el.hasAttribute('data-step') ? 'step' : 'topic'}:${el.id}`));

/** Sidebar links with the language prefix taken off, so the two languages can be compared. */
const sidebar = (page: Page) =>
	page
		.getByRole('navigation')
		.first()
		.getByRole('link')
		.evaluateAll((links) => links.map((a) => (a.getAttribute('href') ?? '').replace(/^\/en(?=\/)/, '')));

/** The Japanese titles among today's chapters' sources (src/components/edition/sources.ts). */
const JAPANESE_SOURCES = [
	...new Set(
		Object.values(SOURCES_OF).flatMap((sources) =>
			sources.map((s) => s.title).filter((t) => /[\p{Script=Hiragana}\p{Script=Han}]/u.test(t)),
		),
	),
];

// Today's chapters list each source by its own title, in its own language: a screen reader
// must read a Japanese title with a Japanese voice on an English page.
test('an English chapter marks the Japanese titles of its sources as Japanese', async ({ page }) => {
	expect(JAPANESE_SOURCES.length).toBeGreaterThan(0);
	await open(page, '/en/code/');
	// The sources are folded away under the edition note: open them as a reader does.
	await page.locator('main').getByText('Where this chapter’s screens come from', { exact: true }).click();
	for (const title of JAPANESE_SOURCES.filter((t) => SOURCES_OF.code.some((s) => s.title === t))) {
		const link = page.locator('main').getByRole('link', { name: title, exact: true });
		await expect(link).toHaveCount(1);
		expect(await link.evaluate((el) => el.closest('[lang]')?.getAttribute('lang')), title).toBe('ja');
	}
});

test('the page list comes from content/ and includes both editions and the helpdesk tools', () => {
	// Both editions: today's at the chapters' own addresses, the manual's under /manual/.
	expect(PAGES).toEqual(
		expect.arrayContaining([
			'/',
			'/sms/',
			'/practice/sms/',
			'/manual/sms/',
			'/manual/practice/sms/',
			'/choose/',
			'/troubleshooting/',
			'/helpdesk/',
		]),
	);
});

for (const path of PAGES) {
	const en = `/en${path}`;

	test(`${path} and ${en} both exist, in their language, with the same steps and topics; ${en} has no Japanese text left untranslated (outside lang="ja")`, async ({
		page,
	}) => {
		await open(page, path);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
		const jaIds = await stableIds(page);
		const jaSidebar = await sidebar(page);

		// In a tab of its own: a practice page's simulator writes ?step= into its address as it
		// boots, and a navigation of the same tab started meanwhile can be cut short by it.
		const english = await page.context().newPage();
		await open(english, en);
		await expect(english.locator('html')).toHaveAttribute('lang', 'en');
		expect(await stableIds(english)).toEqual(jaIds);
		expect(await sidebar(english)).toEqual(jaSidebar);

		// On the same visit of the English page: no Japanese left untranslated.
		const leftovers = await english.evaluate(() => {
			const japanese = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
			const isJapanese = (el: Element | null) => (el?.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('ja');
			const found: string[] = [];
			if (japanese.test(document.title)) found.push(`title: ${document.title}`);
			// Text a reader sees, including what is rendered later from templates.
			const roots: Node[] = [document.body, ...[...document.querySelectorAll('template')].map((t) => t.content)];
			for (const root of roots) {
				const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
				while (walker.nextNode()) {
					const node = walker.currentNode;
					const parent = node.parentElement;
					if (!parent || parent.closest('script, style') || isJapanese(parent)) continue;
					if (japanese.test(node.textContent ?? '')) found.push((node.textContent ?? '').trim().slice(0, 80));
				}
			}
			// Text a screen reader says.
			for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
				if (isJapanese(el)) continue;
				for (const attr of ['aria-label', 'title', 'alt', 'placeholder']) {
					const value = el.getAttribute(attr);
					if (value && japanese.test(value)) found.push(`${attr}: ${value.slice(0, 80)}`);
				}
			}
			return found;
		});
		// The Japanese titles of today's sources are marked lang="ja", so they are not leftovers.
		expect(leftovers).toEqual([]);
	});
}
