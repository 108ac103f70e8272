import { DICTIONARIES } from '../../src/i18n';
import { stepsOf } from '../../src/steps';
import { expect, type Locator, type Page, test } from '../support/fixtures';
import { japaneseFontEnv } from '../support/fonts';
import { ChromiumPdf, printedChapters } from '../support/print';
import { CHAPTERS } from '../support/site';

/** What print.css writes after a link (its ::after content), or "none". */
const printedAfter = (link: Locator) => link.evaluate((a) => getComputedStyle(a, '::after').content);

async function printView(page: Page, path: string) {
	await page.goto(path, { waitUntil: 'networkidle' });
	await page.emulateMedia({ media: 'print' });
}

// A chapter of each edition, one in each language.
for (const { path, method, edition, search, language } of [
	{ path: '/push/', method: 'push', edition: 'today', search: '検索', language: 'English' },
	{ path: '/en/manual/push/', method: 'push', edition: 'manual', search: 'Search', language: '日本語' },
] as const) {
	test(`${path} prints like the paper manual: every step and its illustration, no controls`, async ({ page }) => {
		await printView(page, path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const steps = stepsOf(method, edition);
		await expect(page.locator('[data-step]')).toHaveCount(steps.length);
		for (const step of steps) {
			const section = page.locator(`[id="${step.id}"]`);
			await expect(section.getByRole('heading', { level: 3 })).toBeVisible();
			await expect(section.getByRole('heading', { level: 3 })).toContainText(step.title[path.startsWith('/en/') ? 'en' : 'ja']);
		}
		// The illustrations of the steps print with them.
		const screens = page.locator('[data-step] .mfa-step__screen');
		expect(await screens.count()).toBeGreaterThan(0);
		for (const screen of await screens.all()) await expect(screen).toBeVisible();

		// Nothing that only works on a screen: buttons, menus, navigation, search, language switch.
		await expect(page.getByRole('button')).toHaveCount(0);
		await expect(page.getByRole('navigation')).toHaveCount(0);
		await expect(page.getByRole('combobox')).toHaveCount(0);
		await expect(page.getByRole('button', { name: search })).toHaveCount(0);
		await expect(page.getByRole('link', { name: language })).toHaveCount(0);
		await expect(page.getByRole('textbox')).toHaveCount(0);
	});
}

test('on screen the same chapter does have its controls (the print test can tell the difference)', async ({ page }) => {
	await page.goto('/push/', { waitUntil: 'networkidle' });
	await expect(page.getByRole('button', { name: '検索' })).toBeVisible();
	await expect(page.getByRole('button', { name: /^リンクをコピー/ }).first()).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: '困ったときは' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'この手順を練習する' })).toHaveCount(stepsOf('push').length);
});

test('a printed chapter leaves out the practice links (the simulator does nothing on paper)', async ({ page }) => {
	for (const [path, name, method, edition] of [
		['/push/', 'この手順を練習する', 'push', 'today'],
		['/en/manual/code/', 'Practise this step', 'code', 'manual'],
	] as const) {
		await page.emulateMedia({ media: 'screen' });
		await page.goto(path, { waitUntil: 'networkidle' });
		await expect(page.getByRole('link', { name }), path).toHaveCount(stepsOf(method, edition).length);
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('link', { name }), path).toHaveCount(0);
		// The step's picture still prints.
		await expect(page.locator('[data-step] .mfa-step__screen').first()).toBeVisible();
	}
});

test('printed links say where they go, as full addresses', async ({ page, baseURL }) => {
	await printView(page, '/sms/');
	const content = page.locator('.sl-markdown-content');
	// A chapter links to another relatively ("../push/"): on paper that becomes the full address.
	// (Located by its href: in print, the written-out address becomes part of the link's name.)
	const relative = content.locator('a[href="../push/"]').first();
	await expect(relative).toHaveText('アプリで承認する');
	expect(await printedAfter(relative)).toBe(`" <${baseURL}/push/>"`);
	// A link to another site is written out too.
	const source = content.locator(`a[href="${DICTIONARIES.ja['notice.retirement.href']}"]`);
	expect(await printedAfter(source)).toBe(`" <${DICTIONARIES.ja['notice.retirement.href']}>"`);
	// A step's own number links within the page: nothing to write.
	expect(await printedAfter(content.getByRole('link', { name: '手順 1', exact: true }).first())).toBe('none');
	// An email address is its own text: written once, not twice.
	expect(await printedAfter(content.getByRole('link', { name: 'helpdesk@example.ac.jp' }))).toBe('none');
});

// The edition note at the top of every chapter (src/components/edition/EditionNote.astro)
// is drawn outside the Markdown that addPrintTargets() goes through: its links carry their
// printed address themselves.
test('a chapter’s edition note prints where its links go (the other edition, the sources)', async ({ page, baseURL }) => {
	await printView(page, '/push/');
	const twin = page.locator('main').getByRole('link', { name: '手順書（2020 年 12 月版）のとおりの手順を読む' });
	expect(await printedAfter(twin)).toBe(`" <${baseURL}/manual/push/>"`);
	const source = page
		.locator('main')
		.getByRole('link', { name: 'How number matching works in multifactor authentication push notifications' });
	expect(await printedAfter(source)).not.toBe('none');
});

test('troubleshooting prints each step link with its full address', async ({ page, baseURL }) => {
	await printView(page, '/en/troubleshooting/');
	const link = page.locator('#code-refused a[data-step-link="code#signin-enter-code"]');
	await expect(link).toHaveText('App code: next sign-ins, step 2');
	expect(await printedAfter(link)).toBe(`" <${baseURL}/en/code/#signin-enter-code>"`);
	await expect(page.getByRole('button')).toHaveCount(0);
});

test('the helpdesk tables print their links, without their buttons or their practice column', async ({ page, baseURL }) => {
	await page.goto('/helpdesk/', { waitUntil: 'networkidle' });
	const tables = page.getByRole('table');
	const practice = tables.getByRole('link', { name: /^シミュレーターで練習する/ });
	// Both editions' steps: today's and the manual's.
	expect(await practice.count()).toBeGreaterThan(80);
	await page.emulateMedia({ media: 'print' });
	// The two editions' steps, then the troubleshooting answers and the message lookup's entries.
	await expect(tables).toHaveCount(4);
	for (const table of await tables.all()) await expect(table).toBeVisible();
	// Nothing sticks on paper: every row names its method, not only a group's first.
	const push = tables.first().locator('tbody[data-method="push"] tr');
	await expect(push.last().locator('.mfa-step-table__row-method')).toHaveText('アプリで承認');
	await expect(push.last().locator('.mfa-step-table__row-method')).toBeVisible();
	await expect(page.getByRole('button')).toHaveCount(0);
	await expect(practice).toHaveCount(0);
	await expect(page.getByRole('columnheader', { name: '共有と練習' })).toHaveCount(0);
	for (const [i, path] of ['/push/', '/manual/push/'].entries()) {
		const link = tables.nth(i).getByRole('link', { name: 'PC に表示された QR コードをスキャンする' }).first();
		expect(await printedAfter(link)).toBe(`" <${baseURL}${path}#setup-scan-qr>"`);
	}
});

test('the pairing page prints its practice app open, as text rather than a disclosure control', async ({ page }) => {
	await page.goto('/pairing/', { waitUntil: 'networkidle' });
	const app = page.getByRole('region', { name: '練習用の認証アプリ' });
	// On screen it is closed (the print test can tell the difference).
	await expect(app).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	await expect(app).toBeVisible();
	await expect(app.getByText(/^\d{3} \d{3}$/)).toBeVisible();
	const summary = page.locator('details.mfa-virtual > summary');
	expect(await summary.evaluate((el) => getComputedStyle(el, '::marker').content)).toBe('none');
	await expect(page.getByRole('button')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a printed chapter still writes out links to other sites, in either edition', async ({ page }) => {
		for (const path of ['/en/call/', '/en/manual/call/']) {
			await printView(page, path);
			// The notice's source (today's chapter also lists it in its edition note, tested above).
			const sources = page.locator(`.sl-markdown-content a[href="${DICTIONARIES.en['notice.retirement.href']}"]:not(mfa-edition a)`);
			expect(await sources.count(), path).toBeGreaterThan(0);
			for (const source of await sources.all())
				expect(await printedAfter(source), path).toBe(`" <${DICTIONARIES.en['notice.retirement.href']}>"`);
			await expect(page.getByRole('button')).toHaveCount(0);
		}
	});

	test('relative and root-relative links print the page they lead to (from the site’s root: the origin needs the browser)', async ({
		page,
	}) => {
		await printView(page, '/sms/');
		const content = page.locator('.sl-markdown-content');
		// "../push/" resolved against /sms/.
		expect(await printedAfter(content.locator('a[href="../push/"]').first())).toBe('" </push/>"');
		expect(await printedAfter(content.getByRole('link', { name: '手順 1', exact: true }).first())).toBe('none');
		expect(await printedAfter(content.getByRole('link', { name: 'helpdesk@example.ac.jp' }))).toBe('none');
		// Practice links are left out of print with or without JavaScript.
		await expect(page.locator('.sim-figure figcaption a').first()).toBeAttached();
		await expect(page.getByRole('link', { name: 'この手順を練習する' })).toHaveCount(0);

		await printView(page, '/en/troubleshooting/');
		const step = page.locator('#code-refused a[data-step-link="code#signin-enter-code"]');
		expect(await printedAfter(step)).toBe('" </en/code/#signin-enter-code>"');
		const pairing = page.locator('#code-refused').getByRole('link', { name: /^Practise with your own phone/ });
		expect(await printedAfter(pairing)).toBe('" </en/pairing/>"');
	});
});

// The browser that prints sets Japanese in a Japanese font (see fonts.ts): without one, a
// Japanese chapter would be measured at a third of its real line length.
const fontEnv = japaneseFontEnv();
const onPaper = fontEnv
	? test.extend({
			launchOptions: [
				async ({ launchOptions }, use) => use({ ...launchOptions, env: { ...process.env, ...fontEnv } }),
				{ scope: 'worker' },
			],
		})
	: test;

/** 7 pt, the smallest text the step pictures may print in, in CSS pixels. */
const SMALLEST_TEXT_PX = (7 * 96) / 72;
const PT_PER_PX = 72 / 96;

/** The margins of print.css's @page rule, in CSS pixels. */
const pageMargins = (page: Page) =>
	page.evaluate(() => {
		const rules = (list: CSSRuleList): CSSRule[] =>
			[...list].flatMap((r) => ('cssRules' in r ? [r, ...rules(r.cssRules as CSSRuleList)] : [r]));
		const rule = [...document.styleSheets].flatMap((s) => rules(s.cssRules)).find((r) => r instanceof CSSPageRule);
		const px = (length: string) => {
			const probe = document.body.appendChild(document.createElement('div'));
			probe.style.width = length;
			const width = probe.getBoundingClientRect().width;
			probe.remove();
			return width;
		};
		const style = rule instanceof CSSPageRule ? rule.style : undefined;
		return {
			top: px(style?.marginTop ?? '0'),
			right: px(style?.marginRight ?? '0'),
			bottom: px(style?.marginBottom ?? '0'),
			left: px(style?.marginLeft ?? '0'),
		};
	});

/** Each step as laid out in the current (print) media: its height, its rule, its pictures; and which step follows each part heading. */
const measureSteps = (page: Page) =>
	page.evaluate((smallest) => {
		const texts = (root: Element) =>
			[...root.querySelectorAll('*')].filter((el) =>
				[...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()),
			);
		const steps = [...document.querySelectorAll<HTMLElement>('.mfa-step')].map((step) => {
			const pc = step.querySelector('.sim-pc')?.getBoundingClientRect();
			const phone = step.querySelector('.sim-phone')?.getBoundingClientRect();
			return {
				id: step.id,
				height: step.getBoundingClientRect().height,
				breakInside: getComputedStyle(step).breakInside,
				tooSmall: texts(step)
					.filter((el) => el.closest('.sim-pc, .sim-phone') && Number.parseFloat(getComputedStyle(el).fontSize) < smallest - 0.01)
					.map((el) => `${el.className || el.tagName}: ${getComputedStyle(el).fontSize}`),
				// Two to a row: the phone in a column beside the PC, not under it.
				sideBySide: !pc || !phone || phone.left >= pc.right,
			};
		});
		const headed = [...document.querySelectorAll('.sl-markdown-content h2[id] + .mfa-step')].map((step) => ({
			heading: step.previousElementSibling?.id ?? '',
			step: step.id,
		}));
		return { steps, headed };
	}, SMALLEST_TEXT_PX);

onPaper('every chapter prints on A4 within the manual’s page count, pictures legible, no step split across pages', async ({ page }) => {
	// Both editions, both languages, every chapter the table has and the build made: 16 PDFs (18 with passkey),
	// under a second each on two free cores.
	test.setTimeout(120_000);
	const chapters = printedChapters(new URL('../../dist/', import.meta.url).pathname);
	// A chapter the site lists but the table lacks (a new method) fails here rather than going unchecked.
	expect(chapters.map((c) => c.path)).toEqual(expect.arrayContaining(CHAPTERS.map((c) => c.path)));
	const printed: Record<string, number> = {};
	let headings = 0;
	let margins: Awaited<ReturnType<typeof pageMargins>> | undefined;
	// page.pdf() prints in whatever media is emulated: print, as the measurements below need too.
	await page.emulateMedia({ media: 'print' });
	for (const { path, limit } of chapters) {
		await page.goto(path);
		// Chromium's own PDF, as "Save as PDF" makes it: A4, backgrounds left out as a printer does.
		const pdf = new ChromiumPdf(await page.pdf({ format: 'A4', printBackground: false }));
		printed[path] = pdf.pageCount;
		expect.soft(pdf.pageCount, `${path} on A4`).toBeLessThanOrEqual(limit);

		// The same layout in print media at the width of the PDF's text column, to measure what
		// the PDF does not say: how tall each step is, and the pictures' text.
		const paper = pdf.pageSize;
		if (!margins) {
			margins = await pageMargins(page);
			const column = Math.round(paper.width / PT_PER_PX - margins.left - margins.right);
			await page.setViewportSize({ width: column, height: Math.round(paper.height / PT_PER_PX - margins.top - margins.bottom) });
		}
		const pageArea = paper.height / PT_PER_PX - margins.top - margins.bottom;
		const { steps, headed } = await measureSteps(page);
		expect(steps.length, path).toBeGreaterThan(0);

		/*
		 * No step split across pages. `break-inside: avoid` asks Chromium to keep a step whole,
		 * but it cannot when a step is taller than a page, and a rule can be lost or outranked:
		 * so this reads where Chromium really put each step. Each step's number links to its
		 * section, so the PDF has a named destination at the top of every step (its page, and
		 * its height on that page); a step is whole on one page when its top, less its height
		 * as laid out in the same column, stays above the page's bottom margin. Without the
		 * rule, or with a step grown taller than a page, some step runs past the foot of its
		 * page, and this fails naming it.
		 */
		const dests = pdf.destinations();
		const contentTop = paper.height - margins.top * PT_PER_PX;
		const contentBottom = margins.bottom * PT_PER_PX;
		for (const step of steps) {
			const where = `${path}#${step.id}`;
			expect.soft(step.breakInside, where).toBe('avoid');
			expect.soft(step.height, `${where} fits on one page`).toBeLessThanOrEqual(pageArea);
			expect.soft(step.tooSmall, `${where}: picture text under 7 pt`).toEqual([]);
			expect.soft(step.sideBySide, `${where}: PC and phone pictures side by side`).toBe(true);
			const dest = dests.get(step.id);
			expect.soft(dest, `${where} is in the PDF`).toBeDefined();
			if (!dest) continue;
			// A step at the head of a page is placed at the page's edge; its box starts at the margin.
			const top = Math.min(dest.top, contentTop);
			expect.soft(top - step.height * PT_PER_PX, `${where} ends on page ${dest.page}`).toBeGreaterThanOrEqual(contentBottom - 1);
		}
		// Headings stay with what they head: a part's heading ("初回登録") is on the page of its first step.
		headings += headed.length;
		for (const { heading, step } of headed)
			expect.soft(dests.get(heading)?.page, `${path}: heading #${heading} on the page of #${step}`).toBe(dests.get(step)?.page);
	}
	expect(headings, 'part headings checked').toBeGreaterThanOrEqual(chapters.length);
	console.log(
		`A4 pages: ${Object.entries(printed)
			.map(([path, n]) => `${path} ${n}`)
			.join(', ')}`,
	);
});
