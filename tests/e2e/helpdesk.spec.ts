import jsQR from 'jsqr';
import sharp from 'sharp';
import { institution } from '../../src/config/institution';
import { DICTIONARIES } from '../../src/i18n';
import type { Lang } from '../../src/i18n/locales';
import { methodsOf, TASKS } from '../../src/methods';
import { type LocatedStep, stepsOf, type TaskStep, taskSteps } from '../../src/steps';
import { axe, violationsOf } from '../support/axe';
import { expect, type Locator, type Page, test } from '../support/fixtures';
import { chapterPath, EDITIONS, type Edition, LANGS, practicePath, taskPath, toolPath } from '../support/site';

/** Reads the QR code the way a phone would: from the pixels on screen. */
async function decodeQr(image: Locator): Promise<string | undefined> {
	const png = await image.screenshot();
	const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An edition's table, found as a reader finds it: by its caption, which starts with the edition. */
const tableOf = (page: Page, lang: Lang, edition: Edition) =>
	page.getByRole('table', { name: new RegExp(`^${literal(DICTIONARIES[lang][`helpdesk.edition.${edition}`])}`) });

/** The rows of steps (not the header rows), of one table or of the whole page. */
const rowsOf = (scope: Page | Locator) => {
	const page = 'context' in scope ? scope : scope.page();
	return scope.getByRole('row').filter({ has: page.getByRole('link') });
};

/** Every step the table lists, in order: today's edition first, then the manual's. */
const STEP_ROWS = EDITIONS.flatMap((edition) =>
	institution.methods.flatMap((method) => stepsOf(method, edition).map((step) => ({ edition, method, step }))),
);

/** The chapters that are tasks (after enrolment), at the end of today's table: a row per step, no practice. */
const TASK_ROWS = TASKS.flatMap((task) => taskSteps(task));

/** How a task's control names its row: today's edition, the task, its section, step number and title. */
const aboutTask = (lang: Lang, step: TaskStep) => {
	const t = DICTIONARIES[lang];
	return [t['helpdesk.edition.today'], t[`${step.task}.short`], t[`${step.task}.section.${step.section}`], t['step.label']]
		.join(' ')
		.concat(` ${step.number} ${step.title[lang]}`);
};

/** How a control names its row: edition, method, phase, step number and title. */
const aboutOf = (lang: Lang, step: LocatedStep) => {
	const t = DICTIONARIES[lang];
	return [t[`helpdesk.edition.${step.edition}`], t[`method.short.${step.method}`], t[`phase.${step.phase}`], t['step.label']]
		.join(' ')
		.concat(` ${step.number} ${step.title[lang]}`);
};

/** An entry of an ARIA snapshot template: a role and its exact name, quoted for YAML. */
const entry = (role: string, name: string) => `'${`${role} ${JSON.stringify(name)}`.replaceAll("'", "''")}'`;

/**
 * What a screen reader finds in an edition's table, as an ARIA snapshot template: each
 * method's rows in order and no others, each row with its headers, its step's link and
 * exactly its three controls, named after the row and leading where they should.
 * One snapshot of the table instead of some five hundred locator round trips.
 */
function tableTemplate(lang: Lang, edition: Edition): string {
	const t = DICTIONARIES[lang];
	const lines = ['- table:', '  - /children: equal', '  - caption', '  - rowgroup'];
	for (const method of methodsOf(edition, institution.methods)) {
		lines.push('  - rowgroup:', '    - /children: equal');
		for (const step of stepsOf(method, edition)) {
			const about = aboutOf(lang, step);
			lines.push('    - row:');
			// The method heads its group of rows once, in its first row.
			if (step === stepsOf(method, edition)[0]) lines.push(`      - ${entry('rowheader', t[`method.short.${method}`])}`);
			lines.push(
				`      - ${entry('rowheader', `${t[`phase.${step.phase}`]} ${t['step.label']} ${step.number}`)}`,
				'      - cell:',
				`        - ${entry('link', step.title[lang])}:`,
				`          - /url: '${chapterPath(lang, method, edition)}#${step.id}'`,
				'      - cell:',
				'        - /children: equal',
				`        - ${entry('button', `${t['helpdesk.copy']}: ${about}`)}`,
				`        - ${entry('button', `${t['helpdesk.qrShow']}: ${about}`)}`,
				`        - ${entry('link', `${t['helpdesk.practiceName']}: ${about}`)}:`,
				`          - /url: '${practicePath(lang, method, edition)}?step=${step.id}'`,
			);
		}
	}
	// Today's table ends with each task's steps, grouped as a method's are, with no practice to open.
	for (const task of edition === 'today' ? TASKS : []) {
		lines.push('  - rowgroup:', '    - /children: equal');
		const steps = TASK_ROWS.filter((s) => s.task === task);
		for (const step of steps) {
			const about = aboutTask(lang, step);
			lines.push('    - row:');
			if (step === steps[0]) lines.push(`      - ${entry('rowheader', t[`${task}.short`])}`);
			lines.push(
				`      - ${entry('rowheader', `${t[`${task}.section.${step.section}`]} ${t['step.label']} ${step.number}`)}`,
				'      - cell:',
				`        - ${entry('link', step.title[lang])}:`,
				`          - /url: '${taskPath(lang, task)}#${step.id}'`,
				'      - cell:',
				'        - /children: equal',
				`        - ${entry('button', `${t['helpdesk.copy']}: ${about}`)}`,
				`        - ${entry('button', `${t['helpdesk.qrShow']}: ${about}`)}`,
			);
		}
	}
	return lines.join('\n');
}

for (const lang of LANGS) {
	const t = DICTIONARIES[lang];
	const path = toolPath(lang, 'helpdesk');

	test(`helpdesk (${lang}) lists every step of both editions, today's first, each linking to its step and the simulator, its controls named apart`, async ({
		page,
	}) => {
		await page.goto(path);
		// Two tables, today's screens first, each captioned with its edition; then the answers' and
		// the message lookup's (tests/e2e/lookup.spec.ts).
		await expect(page.getByRole('table')).toHaveCount(EDITIONS.length + 2);
		for (const [i, edition] of EDITIONS.entries()) {
			await expect(page.getByRole('table').nth(i).locator('caption')).toContainText(t[`helpdesk.edition.${edition}`]);
			await expect(tableOf(page, lang, edition)).toMatchAriaSnapshot(tableTemplate(lang, edition));
		}
		// A screen reader lists the page's controls by name: the names the tables must have are
		// all different, even where both editions have the same step with the same title.
		const abouts = [...STEP_ROWS.map(({ step }) => aboutOf(lang, step)), ...TASK_ROWS.map((step) => aboutTask(lang, step))];
		expect(new Set(abouts).size).toBe(abouts.length);
	});

	// Every code is made by the same code from its address, so the first and last step of each
	// method of both editions are opened, photographed and decoded; the table's snapshot above
	// shows that every row has its QR button, named after its step.
	const isEnd = (edition: Edition, step: LocatedStep) => {
		const steps = stepsOf(step.method, edition);
		return step.id === steps[0]?.id || step.id === steps.at(-1)?.id;
	};
	const opened = STEP_ROWS.filter(({ edition, step }) => isEnd(edition, step));

	const ends = 'each method’s first and last QR code, in both editions';
	test(`helpdesk (${lang}): ${ends}, shows its step’s URL and decodes (jsQR) to it`, async ({ page, baseURL }) => {
		// Sixteen codes, each drawn, photographed and decoded.
		test.setTimeout(60_000);
		await page.goto(path);
		const dialog = page.getByRole('dialog');
		// The step tables' own: the answers' and the messages' tables below them have theirs.
		const stepTables = page.locator('mfa-step-table');
		await expect(stepTables.getByRole('button', { name: new RegExp(`^${literal(t['helpdesk.qrShow'])}: `) })).toHaveCount(
			STEP_ROWS.length + TASK_ROWS.length,
		);

		for (const { edition, method, step } of opened) {
			const url = `${baseURL}${chapterPath(lang, method, edition)}#${step.id}`;
			await page.getByRole('button', { name: `${t['helpdesk.qrShow']}: ${aboutOf(lang, step)}`, exact: true }).click();
			await expect(dialog).toBeVisible();
			await expect(dialog).toContainText(t[`helpdesk.edition.${edition}`]);
			await expect(dialog).toContainText(step.title[lang]);
			const image = dialog.getByRole('img');
			await expect(image.locator('svg')).toBeVisible();
			expect(await decodeQr(image), `${edition} ${method} ${step.id}`).toBe(url);
			// The link is also written under the code, for a student who types it instead.
			await expect(dialog.getByRole('link', { name: url })).toHaveAttribute('href', url);
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();
		}
		// A task's first and last step too (the chapter after enrolment).
		for (const step of [TASK_ROWS[0], TASK_ROWS.at(-1)].filter((s) => s !== undefined)) {
			const url = `${baseURL}${taskPath(lang, step.task)}#${step.id}`;
			await page.getByRole('button', { name: `${t['helpdesk.qrShow']}: ${aboutTask(lang, step)}`, exact: true }).click();
			await expect(dialog).toContainText(step.title[lang]);
			await expect(dialog.getByRole('img').locator('svg')).toBeVisible();
			expect(await decodeQr(dialog.getByRole('img')), step.id).toBe(url);
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();
		}
	});
}

test('helpdesk: the QR dialog works with the keyboard alone and gives focus back', async ({ page }) => {
	await page.goto('/en/helpdesk/');
	const opener = page.getByRole('button', {
		name: 'Show QR code: The manual (December 2020) App code Next sign-ins Step 2 Type the six-digit code from the app',
		exact: true,
	});
	await opener.focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: 'Scan this with your phone’s camera' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
	await expect(dialog.getByRole('img', { name: 'QR code of the link to this step' }).locator('svg')).toBeVisible();
	// The dialog says which edition's step it is, as the row did.
	await expect(dialog).toContainText('The manual (December 2020) · App code · Next sign-ins · Step 2');

	expect(violationsOf(await axe(page).include('dialog').analyze())).toEqual([]);

	await page.keyboard.press('Enter');
	await expect(dialog).toBeHidden();
	await expect(opener).toBeFocused();
});

test('helpdesk: the QR encoder is loaded only when a code is asked for', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (req) => req.resourceType() === 'script' && scripts.push(req.url()));
	await page.goto('/helpdesk/', { waitUntil: 'networkidle' });
	const before = scripts.length;
	await page.getByRole('button', { name: /^QR コードを表示: いまの画面（2026 年 11 月時点） SMS 初回登録 手順 1 / }).click();
	await expect(page.getByRole('dialog').getByRole('img').locator('svg')).toBeVisible();
	expect(scripts.length, 'the encoder came with the page').toBeGreaterThan(before);
});

test.describe('copying', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('helpdesk copies a step’s full link, in either edition, and says so', async ({ page, baseURL }) => {
		await page.goto('/helpdesk/');
		for (const [edition, number, href] of [
			['いまの画面（2026 年 11 月時点）', 5, '/call/#setup-answer-call'],
			['手順書（2020 年 12 月版）', 4, '/manual/call/#setup-answer-call'],
		] as const) {
			const button = page.getByRole('button', {
				name: `リンクをコピー: ${edition} 電話 初回登録 手順 ${number} 「応答」を押し、キーパッドの「#」を押す`,
				exact: true,
			});
			const row = rowsOf(page).filter({ has: button });
			await button.click();
			await expect(row.getByRole('status')).toHaveText('リンクをコピーしました');
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${href}`);
		}
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('helpdesk still lists every step of both editions as a plain link, with no dead buttons', async ({ page }) => {
		await page.goto('/helpdesk/');
		await expect(rowsOf(page.locator('mfa-step-table'))).toHaveCount(STEP_ROWS.length + TASK_ROWS.length);
		await expect(page.getByRole('table').getByRole('button')).toHaveCount(0);
		await expect(
			tableOf(page, 'ja', 'today').getByRole('link', { name: 'PC に表示された QR コードをスキャンする' }).first(),
		).toHaveAttribute('href', '/push/#setup-scan-qr');
		await expect(
			tableOf(page, 'ja', 'manual').getByRole('link', { name: 'PC に表示された QR コードをスキャンする' }).first(),
		).toHaveAttribute('href', '/manual/push/#setup-scan-qr');
	});
});

test('on a 360 px phone the tables keep their rows and cells for screen readers', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/en/helpdesk/');
	for (const edition of EDITIONS) {
		const table = tableOf(page, 'en', edition);
		await expect(table.locator('caption')).toBeVisible();
		const row = rowsOf(table).first();
		await expect(row.getByRole('rowheader', { name: 'SMS', exact: true })).toBeVisible();
		await expect(row.getByRole('rowheader', { name: 'First-time registration Step 1' })).toBeVisible();
		await expect(row.getByRole('cell', { name: stepsOf('sms', edition)[0]!.title.en, exact: true })).toBeVisible();
		// The controls wrap under the step instead of pushing the page sideways.
		const box = await row.getByRole('button', { name: /^Show QR code: / }).boundingBox();
		expect(box, 'the QR button is laid out').not.toBeNull();
		expect(box!.x + box!.width).toBeLessThanOrEqual(360);
	}
});
