import { DICTIONARIES } from '../../src/i18n';
import { stepsOf } from '../../src/steps';
import { expect, type Locator, type Page, test } from '../support/fixtures';

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
	await expect(tables).toHaveCount(2);
	for (const table of await tables.all()) await expect(table).toBeVisible();
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
