import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REMEMBER_STEP } from '../../src/components/offer';
import { institution } from '../../src/config/institution';
import { METHODS, type Method } from '../../src/config/schema';
import { DICTIONARIES } from '../../src/i18n';
import type { Lang } from '../../src/i18n/locales';
import { MANUAL_REMEMBER_DAYS, manualPlace, manualPlaceText } from '../../src/manual-steps';
import { methodsOf } from '../../src/methods';
import { axe, violationsOf } from '../support/axe';
import { expect, type Locator, type Page, test } from '../support/fixtures';
import {
	CHAPTERS,
	chapterPath,
	EDITIONS,
	type Edition,
	LANGS,
	langOfPath,
	OTHER_LANGS,
	PAGES,
	pairingPath,
	passkeyDemoPath,
	practicePath,
	prefixOf,
	ROOT_LANG,
	starlightWord,
	twinPath,
} from '../support/site';
import { jsBudgetFor, weighPage } from '../support/weight';

/*
 * The sweep: every page of the site, in both languages, each loaded once as a reader who
 * follows a link to it (nothing cached), and everything the page owes that reader checked
 * on that one load: it loads cleanly and stays on this origin, within its JavaScript
 * budget, under its Content-Security-Policy; its sidebar names it; a chapter has every
 * step in order and opens a step's link in view; each edition links its twin; axe finds
 * nothing on a desktop in the light theme and on a 360 px phone in the dark theme, where
 * the page also fits; and the English page has the same steps, topics and sidebar as the
 * Japanese one, with no Japanese left untranslated. Loading a page costs more than
 * checking it, so one load carries every check rather than one load per check.
 */

type Dictionary = (typeof DICTIONARIES)[Lang];

/** Pages the sidebar lists by their slug, so that its label is the page's own title. */
const LISTED_BY_TITLE = new Set(
	LANGS.flatMap((lang) => [
		...EDITIONS.flatMap((e) => methodsOf(e, institution.methods).flatMap((m) => [chapterPath(lang, m, e), practicePath(lang, m, e)])),
		pairingPath(lang),
		passkeyDemoPath(lang),
	]),
);

/** A practice page's method and edition, found by its address. */
const PRACTICE_PAGES = LANGS.flatMap((lang) =>
	EDITIONS.flatMap((edition) => methodsOf(edition).map((method) => ({ lang, edition, method, path: practicePath(lang, method, edition) }))),
);

/** The other edition of a page, when the site has one (a chapter or practice page only one edition has has none). */
const otherEdition = (edition: Edition): Edition => (edition === 'today' ? 'manual' : 'today');

/** Chapters that carry the SMS/voice retirement notice (when the config has it on), in both editions. */
const NOTICE_METHODS: readonly Method[] = ['sms', 'call'];

/**
 * The "don't ask again for N days" box: today's screens have it only where the institution
 * leaves it on (rememberDays not null), for its days; the manual's screens always had it, for
 * the 14 days it printed, whatever the institution says.
 */
const rememberDaysIn = (edition: Edition) => (edition === 'manual' ? MANUAL_REMEMBER_DAYS : institution.rememberDays);

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ---------------------------------------------------------------------------------------------
// What one load of a page checks.

/** Listens to everything that goes wrong on the page from its first request. */
function watch(page: Page, origin: string) {
	const seen = { errors: [] as string[], failed: [] as string[], foreign: [] as string[] };
	page.on('console', (msg) => msg.type() === 'error' && seen.errors.push(msg.text()));
	page.on('pageerror', (err) => seen.errors.push(err.message));
	page.on('requestfailed', (req) => seen.failed.push(`${req.url()} ${req.failure()?.errorText}`));
	page.on('response', (res) => res.status() >= 400 && seen.failed.push(`${res.url()} ${res.status()}`));
	page.on('request', (req) => {
		const url = new URL(req.url());
		if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) seen.foreign.push(req.url());
	});
	return seen;
}

/**
 * The page's policy as the browser reads it (a static site sends it as a <meta>): only this
 * site, scripts and styles by hash, and every script written into the page listed, so that
 * it runs only because the build hashed it (Starlight's theme script included).
 */
async function checkPolicy(page: Page, path: string) {
	const content = (await page.locator('head meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
	expect(content, path).not.toBe('');
	const directives = new Map(
		content
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...sources]) => [name!, sources]),
	);
	const inline = await page
		.locator('script:not([src]):not([type="application/json"])')
		.evaluateAll((s) => s.map((e) => e.textContent ?? ''));
	const scripts = directives.get('script-src') ?? [];
	for (const text of inline) {
		expect(scripts, `${path}: ${text.slice(0, 60)}`).toContain(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
	}
	expect(directives.get('default-src'), path).toEqual(["'self'"]);
	expect(directives.get('connect-src'), path).toEqual(["'self'"]);
	expect(directives.get('object-src'), path).toEqual(["'none'"]);
	expect(scripts, path).toContain("'self'");
	expect(
		scripts.filter((s) => !/^'(self|wasm-unsafe-eval|sha256-[A-Za-z0-9+/=]+)'$/.test(s)),
		path,
	).toEqual([]);
	expect(
		(directives.get('style-src') ?? []).filter((s) => !/^'(self|sha256-[A-Za-z0-9+/=]+)'$/.test(s)),
		path,
	).toEqual([]);
	// No other origin anywhere in the policy, and no wildcard.
	expect(content, path).not.toMatch(/https?:|\*|'unsafe-eval'/);
}

/** The SMS/voice retirement notice: Starlight's Aside is an <aside> named by its title. */
async function checkNotice(page: Page, lang: Lang, shown: boolean) {
	const t = DICTIONARIES[lang];
	const aside = page.getByRole('complementary', { name: t['notice.retirement.title'] });
	if (!shown) {
		await expect(aside).toHaveCount(0);
		// The passkey chapter cites the same page among its sources (the edition note), not as the notice.
		await expect(page.locator('main').locator(`a[href="${t['notice.retirement.href']}"]:not(mfa-edition a)`)).toHaveCount(0);
		return;
	}
	await expect(aside).toBeVisible();
	await expect(aside).toContainText(lang === 'ja' ? '2027 年 2 月 1 日' : '1 February 2027');
	await expect(aside).toContainText(lang === 'ja' ? '2026 年 9 月 1 日' : '1 September 2026');
	await expect(aside.getByRole('link', { name: t['notice.retirement.try'] })).toHaveAttribute('href', passkeyDemoPath(lang));
	await expect(aside.getByRole('link', { name: t['notice.retirement.source'] })).toHaveAttribute('href', t['notice.retirement.href']);
}

/** The sign-in step's "don't ask again for N days" box and what the chapter says of it, or neither. */
async function checkRemember(step: Locator, lang: Lang, days: number | null) {
	if (days === null) {
		await expect(step).not.toContainText(lang === 'ja' ? '日間はこのメッセージを表示しない' : 'ask again for');
		return;
	}
	await expect(step).toContainText(lang === 'ja' ? `今後 ${days} 日間はこのメッセージを表示しない` : `Don’t ask again for ${days} days`);
	await expect(step).toContainText(lang === 'ja' ? `${days} 日間は二要素認証を求められなくな` : `for ${days} days`);
}

/**
 * A chapter: every step once, in order, numbered within its phase; the step its link named
 * is in view; the example account; the "don't ask again" days its edition has; the notice
 * where it belongs; the edition it is, and its twin in the other edition.
 */
async function checkChapter(page: Page, chapter: (typeof CHAPTERS)[number]) {
	const { lang, method, edition, steps, path } = chapter;
	const t = DICTIONARIES[lang];
	// The step is this edition's: the page does not send its link on to the other edition.
	await expect(page).toHaveURL(new RegExp(`${literal(path)}#${steps.at(-1)!.id}$`));
	await expect(page.locator(`[id="${steps.at(-1)!.id}"]`)).toBeInViewport();
	expect(await page.locator('[data-step]').evaluateAll((els) => els.map((el) => el.id))).toEqual(steps.map((s) => s.id));
	// Each step's heading by its role, and the number exactly: "手順 12" must not pass for step 1 or 2.
	const headings = page.locator('[data-step]').getByRole('heading', { level: 3 });
	const bare = (text: string) => text.replace(/\s+/g, '');
	expect((await headings.allTextContents()).map(bare)).toEqual(steps.map((s) => bare(`${t['step.label']} ${s.number} ${s.title[lang]}`)));
	const numbers = headings.getByRole('link', { name: new RegExp(`^${literal(t['step.label'])} \\d+$`) });
	expect(await numbers.allTextContents()).toEqual(steps.map((s) => `${t['step.label']} ${s.number}`));
	// The manual's edition: each step names the printed manual's own step and its pages (none for SMS, nor today's).
	const places = await page
		.locator('[data-step]')
		.evaluateAll((els) => els.map((el) => el.querySelector('.mfa-step__manual')?.textContent?.trim() ?? null));
	expect(places).toEqual(
		steps.map((s) => {
			const place = manualPlace(method, s.id, edition);
			return place && manualPlaceText(lang, place);
		}),
	);

	await expect(page.locator('#setup-sign-in').locator('code')).toHaveText(institution.exampleAccount);
	// The passkey's sign-in has no such box in any source (its registration starts from an SMS
	// sign-in, whose screen has the box where the institution has it: the SMS chapter checks that).
	const rememberStep = REMEMBER_STEP[method];
	if (rememberStep) await checkRemember(page.locator(`[id="${rememberStep}"]`), lang, rememberDaysIn(edition));
	await checkNotice(page, lang, institution.notices.smsVoiceRetirement && NOTICE_METHODS.includes(method));

	const note = page.locator('mfa-edition');
	await expect(note).toContainText(t[`edition.${edition}.label`]);
	const twin = chapterPath(lang, method, otherEdition(edition));
	const twinLink = note.getByRole('link', { name: t[`edition.${edition}.twin`] });
	if (CHAPTERS.some((c) => c.path === twin)) await expect(twinLink).toHaveAttribute('href', twin);
	else {
		// A chapter only today's edition has (the passkey: 2020 had none) says so, and links no missing page.
		await expect(twinLink).toHaveCount(0);
		await expect(note).toContainText(t['edition.today.noTwin']);
	}
}

/** A practice page: the simulator says its edition, and the page links the other edition's simulator. */
async function checkPractice(page: Page, practice: (typeof PRACTICE_PAGES)[number], t: Dictionary) {
	const { lang, method, edition } = practice;
	await expect(page.locator('[data-simulator]')).toHaveAttribute('data-edition', edition);
	const twin = practicePath(lang, method, otherEdition(edition));
	const twinLink = page.getByRole('link', { name: t[`edition.${edition}.twinPractice`] });
	if (PAGES.includes(twin)) await expect(twinLink).toHaveAttribute('href', twin);
	else await expect(twinLink).toHaveCount(0);
}

/**
 * The home page: the notice, and the sidebar. It lists each offered chapter and its practice
 * page, today's and, in its collapsed group, the manual's; the passkey demo for every
 * student; nothing the institution does not offer. Each label is its page's title: the
 * sweep checks that on every listed page, where the page is the sidebar's current one.
 */
async function checkHome(page: Page, lang: Lang) {
	await checkNotice(page, lang, institution.notices.smsVoiceRetirement);
	const nav = page.getByRole('navigation', { name: await starlightWord(lang, 'sidebarNav.accessibleLabel') });
	// Only the links a reader can see (a collapsed group's are not).
	const shown = () => nav.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	const pagesOf = (methods: readonly Method[], edition: Edition) =>
		methodsOf(edition, methods).flatMap((m) => [chapterPath(lang, m, edition), practicePath(lang, m, edition)]);
	const notOffered = METHODS.filter((m) => !institution.methods.includes(m));
	const before = await shown();
	for (const href of pagesOf(institution.methods, 'today')) expect(before, href).toContain(href);
	expect(before).toContain(passkeyDemoPath(lang));
	// The manual's edition is there but folded away: most readers want today's screens.
	for (const href of pagesOf(institution.methods, 'manual')) expect(before, href).not.toContain(href);
	await nav.getByText(DICTIONARIES[lang]['sidebar.manual'], { exact: true }).click();
	const after = await shown();
	for (const href of pagesOf(institution.methods, 'manual')) expect(after, href).toContain(href);
	for (const href of EDITIONS.flatMap((e) => pagesOf(notOffered, e))) expect(after).not.toContain(href);
	// The passkey has no manual edition (2020 had no passkeys): the manual's group does not list it.
	expect(after).not.toContain(`${prefixOf(lang)}/manual/passkey/`);
}

/** Japanese text a page of another language shows or says outside an element marked lang="ja". */
const untranslated = (page: Page) =>
	page.evaluate(() => {
		const japanese = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
		const isJapanese = (el: Element | null) => (el?.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('ja');
		const found: string[] = [];
		if (japanese.test(document.title)) found.push(`title: ${document.title}`);
		// Text a reader sees, including what is rendered later from templates.
		const roots: Node[] = [document.body, ...[...document.querySelectorAll('template')].map((t) => t.content)];
		for (const root of roots) {
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			while (walker.nextNode()) {
				const parent = walker.currentNode.parentElement;
				if (!parent || parent.closest('script, style') || isJapanese(parent)) continue;
				if (japanese.test(walker.currentNode.textContent ?? '')) found.push((walker.currentNode.textContent ?? '').trim().slice(0, 80));
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

/** The ids that are the same in both languages: steps and troubleshooting topics, in order. */
const stableIds = (page: Page) =>
	page
		.locator('[data-step], [data-topic]')
		.evaluateAll((els) => els.map((el) => `${el.hasAttribute('data-step') ? 'step' : 'topic'}:${el.id}`));

/** Sidebar links with the language prefix taken off, so that two languages can be compared. */
const sidebarOf = (page: Page, lang: Lang) =>
	page
		.getByRole('navigation')
		.first()
		.getByRole('link')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
		.then((hrefs) =>
			hrefs.map((href) => (prefixOf(lang) && href.startsWith(`${prefixOf(lang)}/`) ? href.slice(prefixOf(lang).length) : href)),
		);

/** One page, loaded once, checked for everything; returns what the other language's page is compared with. */
async function visit(page: Page, path: string, lang: Lang, origin: string) {
	const t = DICTIONARIES[lang];
	const chapter = CHAPTERS.find((c) => c.path === path);
	const practice = PRACTICE_PAGES.find((p) => p.path === path);
	const seen = watch(page, origin);
	// A chapter opens at its last step's link, as a helpdesk link to a step does.
	const weight = await weighPage(page, chapter ? `${path}#${chapter.steps.at(-1)!.id}` : path);
	await expect(page.locator('html')).toHaveAttribute('lang', lang);
	const h1 = page.getByRole('heading', { level: 1 });
	await expect(h1).toBeVisible();
	if (LISTED_BY_TITLE.has(path)) {
		// The sidebar marks the page being read; its label says what the page is called.
		const current = page
			.getByRole('navigation', { name: await starlightWord(lang, 'sidebarNav.accessibleLabel') })
			.locator('a[aria-current="page"]');
		await expect(current).toHaveCount(1);
		await expect(h1).toHaveText((await current.textContent())!.trim());
	}
	const budget = jsBudgetFor(path);
	const { firstScreen } = weight;
	expect(firstScreen.js.gzip, `${path} fetched on load ${firstScreen.scripts.join(', ')}`).toBeLessThanOrEqual(budget.firstScreen);
	if (budget.through) {
		expect(weight.js.gzip, `${path} fetched through ${budget.through.what} ${weight.scripts.join(', ')}`).toBeLessThanOrEqual(
			budget.through.bytes,
		);
	}
	await checkPolicy(page, path);
	if (chapter) await checkChapter(page, chapter);
	if (practice) await checkPractice(page, practice, t);
	// Markdown's emphasis does not close after Japanese punctuation before a letter (「…。**そ」):
	// such a ** would be printed as it is. Code samples may show anything.
	const unrendered = await page.locator('main').evaluate((main) => {
		const copy = main.cloneNode(true) as HTMLElement;
		for (const code of copy.querySelectorAll('code, pre, script, style')) code.remove();
		return copy.textContent?.match(/.{0,30}\*\*.{0,30}/g) ?? [];
	});
	expect(unrendered, `${path}: Markdown left as it is`).toEqual([]);
	const compared = { ids: await stableIds(page), sidebar: await sidebarOf(page, lang) };
	if (path === `${prefixOf(lang)}/`) await checkHome(page, lang);

	// On a desktop in the light theme, every rule. The sweep must really see the theme it names
	// (Starlight follows the system's, and follows it when it changes).
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	expect(violationsOf(await axe(page).analyze()), `${path}, light, 1280 px`).toEqual([]);

	// On a 360 px phone in the dark theme: colours and the collapsed layout both change. Axe runs
	// on today's Japanese pages: the English ones have the same structure and colours (compared
	// below), and the manual's share every component and style with today's; every page must fit,
	// so that a reader never scrolls sideways to read a step.
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.setViewportSize({ width: 360, height: 740 });
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	if (lang === 'ja' && !path.includes('/manual/')) expect(violationsOf(await axe(page).analyze()), `${path}, dark, 360 px`).toEqual([]);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow, `${path} is wider than a 360 px phone`).toBeLessThanOrEqual(0);

	expect(seen.errors, `${path}: console errors`).toEqual([]);
	expect(seen.failed, `${path}: failed requests`).toEqual([]);
	expect(seen.foreign, `${path}: requests to another origin`).toEqual([]);
	return compared;
}

// ---------------------------------------------------------------------------------------------

const contentDir = join(import.meta.dirname, '../../content');
const mdxFiles = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return mdxFiles(path);
		return /\.mdx?$/.test(name) && !name.startsWith('_') ? [relative(contentDir, path)] : [];
	});

test('the sweep covers every page in content/, in every language, both editions and the helpdesk tools among them', () => {
	// "index.mdx" → "/", "en/practice/push.mdx" → "/en/practice/push/".
	const fromContent = mdxFiles(contentDir).map((p) => `/${p.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/'));
	expect([...PAGES].sort()).toEqual(fromContent.sort());
	expect(PAGES).toEqual(expect.arrayContaining(['/', '/sms/', '/practice/sms/', '/manual/sms/', '/manual/practice/sms/', '/helpdesk/']));
});

test.use({ colorScheme: 'light', viewport: { width: 1280, height: 800 } });

// Each page of the root language (Japanese) with its twin in every other language of LOCALES.
for (const path of PAGES.filter((p) => langOfPath(p) === ROOT_LANG)) {
	const twins = OTHER_LANGS.map((lang) => ({ lang, path: twinPath(path, lang) }));
	const budget = jsBudgetFor(path);
	const chapter = CHAPTERS.some((c) => c.path === path) ? 'every step, its edition and twin; ' : '';
	const axeAndFit = 'axe finds no violation (light desktop, dark phone), fits 360 px';
	const languages = LANGS.length === 2 ? 'both languages' : 'every language';
	const others = OTHER_LANGS.map((lang) => new Intl.DisplayNames(['en'], { type: 'language' }).of(lang)).join(' or ');
	const parity = `the same steps, topics and sidebar in ${languages}, no Japanese left in ${others}`;
	const through = budget.through ? `, ${budget.through.bytes / 1024} KB through ${budget.through.what}` : '';
	const loads = `no console error, no failed or foreign request, JS within ${budget.firstScreen / 1024} KB gzip on load${through} (${budget.kind} page)`;
	const pages = [path, ...twins.map((twin) => twin.path)].join(' and ');
	test(`${pages}, each loaded once: ${loads}, its policy; ${chapter}${axeAndFit}; ${parity}`, async ({ page, baseURL }) => {
		// Two loads, three axe runs on the longest pages (a chapter's pictures, the helpdesk's step tables).
		test.setTimeout(60_000 * LANGS.length);
		const origin = new URL(baseURL!).origin;
		const root = await visit(page, path, ROOT_LANG, origin);
		for (const twin of twins) {
			// In a tab of its own: a practice page's simulator writes ?step= into its address as it
			// boots, and a navigation of the same tab started meanwhile can be cut short by it. A new
			// reader: nothing the page before kept (the passkey demo's public key) carries over.
			await page.evaluate(() => localStorage.clear());
			page = await page.context().newPage();
			const seen = await visit(page, twin.path, twin.lang, origin);
			expect(seen.ids, `${twin.path} has the steps and topics of ${path}`).toEqual(root.ids);
			expect(seen.sidebar, `${twin.path} has the sidebar of ${path}`).toEqual(root.sidebar);
			// Today's chapters list their Japanese sources by their own titles, marked lang="ja" (a screen
			// reader must read them with a Japanese voice): what is not marked is a leftover here.
			expect(await untranslated(page), `${twin.path}: Japanese left untranslated (outside lang="ja")`).toEqual([]);
		}
	});
}
