import { createHmac } from 'node:crypto';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { axe, violationsOf } from '../support/axe';
import { expect, type Page, test } from '../support/fixtures';
import { chapterPath, EDITIONS } from '../support/site';

// The reference for every code in this file is Node's own HMAC-SHA1 (RFC 4226/6238 by
// hand), never the otpauth library that the page uses: a bug there must fail here.
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function base32Decode(text: string): Buffer {
	let bits = 0;
	let value = 0;
	const out: number[] = [];
	for (const char of text.replace(/=+$/, '')) {
		const index = BASE32.indexOf(char);
		if (index < 0) throw new Error(`not base32: ${char}`);
		value = ((value << 5) | index) & 0xffff;
		bits += 5;
		if (bits >= 8) {
			out.push((value >>> (bits - 8)) & 0xff);
			bits -= 8;
		}
	}
	return Buffer.from(out);
}
function codeAt(key: Buffer, ms: number): string {
	const counter = Buffer.alloc(8);
	counter.writeBigUInt64BE(BigInt(Math.floor(ms / 30_000)));
	const mac = createHmac('sha1', key).update(counter).digest();
	const offset = mac[mac.length - 1]! & 0xf;
	return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}
/** Six digits that are the code of no window within ±10 of `ms`: wrong, not just skewed. */
function wrongCode(key: Buffer, ms: number): string {
	const near = new Set(Array.from({ length: 21 }, (_, i) => codeAt(key, ms + (i - 10) * 30_000)));
	for (let n = 123_456; ; n++) {
		const candidate = String(n % 1_000_000).padStart(6, '0');
		if (!near.has(candidate)) return candidate;
	}
}
const fullWidth = (digits: string) => [...digits].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');

// 5 s into a 30-s window: no test runs long enough to cross into the next by accident.
const T0 = Date.UTC(2026, 10, 25, 5, 0, 5);

const JA = {
	path: '/pairing/',
	qr: /^QR コード/,
	field: 'アプリに表示されている 6 桁のコード',
	verify: '確認',
	form: '練習用アカウントのコードを確かめる',
	open: 'この端末の認証アプリで開く',
	issuer: '練習 (削除してOK)',
	virtual: 'スマートフォンがないとき: この画面の練習用アプリを使う',
};
const EN = {
	path: '/en/pairing/',
	qr: /^QR code/,
	field: 'The 6-digit code shown in the app',
	verify: 'Verify',
	form: 'Check the practice account’s code',
	open: 'Open in this device’s authenticator app',
	issuer: 'Practice (delete me)',
	virtual: 'No phone? Use the practice app on this page',
};

/** Reads the QR code the way a phone does: from the pixels on screen, with jsQR. */
async function scanQr(page: Page, name: RegExp): Promise<string> {
	const png = await page.getByRole('img', { name }).screenshot();
	const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	const found = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height);
	expect(found, 'jsQR found no QR code on the screen').not.toBeNull();
	return found!.data;
}

async function keyFromQr(page: Page, name: RegExp) {
	const uri = await scanQr(page, name);
	const secret = new URL(uri).searchParams.get('secret')!;
	return { uri, secret, key: base32Decode(secret) };
}

function checkForm(page: Page, lang = JA) {
	const form = page.getByRole('form', { name: lang.form });
	return {
		form,
		field: form.getByRole('textbox', { name: lang.field }),
		verify: form.getByRole('button', { name: lang.verify }),
		status: form.getByRole('status'),
		alert: form.getByRole('alert'),
	};
}

async function submit(page: Page, text: string, lang = JA) {
	const { field, verify } = checkForm(page, lang);
	await field.fill(text);
	await verify.click();
}

test.describe('pairing a real authenticator app', () => {
	// The page's clock stands still at T0 and moves only when a test moves it, so every
	// code and countdown below is exact however slow the machine.
	test.beforeEach(async ({ page }) => {
		await page.clock.install({ time: T0 - 10_000 });
		await page.clock.pauseAt(T0);
	});

	test('student scans the QR code, types the app’s code, and cannot use it twice', async ({ page }) => {
		await page.goto(JA.path);
		const { uri, secret, key } = await keyFromQr(page, JA.qr);

		// What the apps need: a TOTP URI with SHA-1, 6 digits, 30 s and a 160-bit secret,
		// under a name that says it is practice.
		const parsed = new URL(uri);
		expect(parsed.protocol).toBe('otpauth:');
		expect(parsed.host).toBe('totp');
		expect(decodeURIComponent(parsed.pathname)).toBe(`/${JA.issuer}:s1234567@example.ac.jp`);
		expect(parsed.searchParams.get('issuer')).toBe(JA.issuer);
		expect(parsed.searchParams.get('algorithm')).toBe('SHA1');
		expect(parsed.searchParams.get('digits')).toBe('6');
		expect(parsed.searchParams.get('period')).toBe('30');
		expect(key).toHaveLength(20);
		// The same secret as the link and as the key typed by hand, in groups of four.
		await expect(page.getByRole('link', { name: JA.open })).toHaveAttribute('href', uri);
		await expect(page.getByText(secret.match(/.{4}/g)!.join(' '), { exact: true })).toBeVisible();

		const { field, status, alert } = checkForm(page);
		await expect(page.getByText('まだペアリングしていません。')).toBeVisible();
		const code = codeAt(key, T0);
		await submit(page, code);
		await expect(status).toContainText('ペアリングできました');
		await expect(alert).toBeEmpty();
		await expect(field).toHaveValue('');
		await expect(field).toBeFocused();
		await expect(page.getByText('ペアリング済み。サインインの練習に成功した回数: 1')).toBeVisible();

		await submit(page, code);
		await expect(alert).toContainText('このコードはもう使われています');
		await expect(status).toBeEmpty();
		await expect(field).toHaveValue(code);

		// The next window brings the next code, and practising with it works.
		await page.clock.fastForward(30_000);
		await submit(page, codeAt(key, T0 + 30_000));
		await expect(status).toContainText('サインインできました（2 回目）');
	});

	test('full-width digits with an ideographic space, as a Japanese IME types them, are accepted', async ({ page }) => {
		await page.goto(JA.path);
		const { key } = await keyFromQr(page, JA.qr);
		const code = fullWidth(codeAt(key, T0));
		await submit(page, `${code.slice(0, 3)}\u3000${code.slice(3)}`);
		await expect(checkForm(page).status).toContainText('ペアリングできました');
	});

	test('junk is refused with a reason for each kind, and what was typed stays in the field', async ({ page }) => {
		await page.goto(JA.path);
		const { key } = await keyFromQr(page, JA.qr);
		const { field, alert, status } = checkForm(page);
		const right = codeAt(key, T0);
		const wrong = wrongCode(key, T0);
		const cases: [string, RegExp][] = [
			['', /コードを入力してください/],
			['12345', /入力されたのは 5 桁です/],
			['1234567', /入力されたのは 7 桁です/],
			['12a456', /コードは数字だけです/],
			['パスワード', /コードは数字だけです/],
			[wrong, /コードが違います。[\s\S]*あと 4 回間違えると/],
		];
		for (const [typed, message] of cases) {
			await submit(page, typed);
			await expect(alert).toHaveText(message);
			await expect(field).toHaveValue(typed);
			await expect(field).toHaveAttribute('aria-invalid', 'true');
			await expect(status).toBeEmpty();
		}
		// Only the wrong code counted as a try: the right one still pairs.
		await submit(page, right);
		await expect(status).toContainText('ペアリングできました');
		await expect(field).not.toHaveAttribute('aria-invalid');
	});

	test('five wrong codes in a row lock the field for 30 s, with a countdown', async ({ page }) => {
		await page.goto(JA.path);
		const { key } = await keyFromQr(page, JA.qr);
		const { alert, status, verify, field } = checkForm(page);
		const wrong = wrongCode(key, T0);
		for (let i = 0; i < 4; i++) await submit(page, wrong);
		await expect(alert).toContainText('あと 1 回間違えると');
		await submit(page, wrong);
		await expect(alert).toContainText('間違ったコードが 5 回続いたので、安全のため 30 秒間は入力を受け付けません');
		const countdown = page.getByText(/^あと \d+ 秒で入力できます。$/);
		await expect(countdown).toHaveText('あと 30 秒で入力できます。');
		await expect(verify).toHaveAttribute('aria-disabled', 'true');

		await page.clock.fastForward(10_000);
		await expect(countdown).toHaveText('あと 20 秒で入力できます。');
		// Even the right code waits: the lock is on the field, not on one code. (Typed and
		// sent with Enter: Playwright will not click an aria-disabled button, though a
		// person can, and is told the same.)
		await field.fill(codeAt(key, T0 + 10_000));
		await field.press('Enter');
		await expect(alert).toHaveText('まだ入力を受け付けていません。あと 20 秒待ってください。');

		await page.clock.fastForward(20_000);
		await expect(status).toHaveText('もう一度コードを入力できます。');
		await expect(countdown).toBeHidden();
		await expect(verify).not.toHaveAttribute('aria-disabled');
		await submit(page, codeAt(key, T0 + 30_000));
		await expect(status).toContainText('ペアリングできました');
	});

	test('a phone whose clock is two minutes fast is told so, and how to fix it', async ({ page }) => {
		await page.goto(JA.path);
		const { key } = await keyFromQr(page, JA.qr);
		const { alert, status } = checkForm(page);
		await submit(page, codeAt(key, T0 + 120_000));
		await expect(alert).toContainText('スマートフォンの時計が、このページを開いている端末の時計より約 2 分進んでいるようです');
		await expect(alert).toContainText('「自動設定」をいったんオフにしてからオンに戻してください');
		await submit(page, codeAt(key, T0 - 90_000));
		await expect(alert).toContainText('約 90 秒遅れているようです');
		// Being off by one window is normal and accepted.
		await submit(page, codeAt(key, T0 - 30_000));
		await expect(status).toContainText('ペアリングできました');
		await expect(status).toContainText('前後 30 秒のもの');
	});

	test('a reload keeps the pairing and the used codes; “start over” makes a new secret', async ({ page }) => {
		await page.goto(JA.path);
		const first = await keyFromQr(page, JA.qr);
		const code = codeAt(first.key, T0);
		await submit(page, code);
		await expect(checkForm(page).status).toContainText('ペアリングできました');

		await page.reload();
		expect((await keyFromQr(page, JA.qr)).secret).toBe(first.secret);
		await expect(page.getByText('ペアリング済み。サインインの練習に成功した回数: 1')).toBeVisible();
		await submit(page, code);
		await expect(checkForm(page).alert).toContainText('もう使われています');

		await page.getByRole('button', { name: '最初からやり直す（新しい QR コードを作る）' }).click();
		await expect(page.getByRole('status').filter({ hasText: '新しい秘密鍵で QR コードを作り直しました' })).toBeVisible();
		await expect(checkForm(page).alert).toBeEmpty();
		await expect(page.getByText('まだペアリングしていません。')).toBeVisible();
		const second = await keyFromQr(page, JA.qr);
		expect(second.secret).not.toBe(first.secret);
		await expect(page.getByRole('link', { name: JA.open })).toHaveAttribute('href', new RegExp(`secret=${second.secret}`));
		// The on-page app follows at once (the clock stands still, so no tick could do it).
		await page.getByText(JA.virtual).click();
		await expect(
			page.getByRole('region', { name: '練習用の認証アプリ' }).getByText(codeAt(second.key, T0).replace(/^(\d{3})/, '$1 ')),
		).toBeVisible();
		// The old app entry's codes no longer work; the new entry's do.
		await page.clock.fastForward(30_000);
		await submit(page, codeAt(first.key, T0 + 30_000));
		await expect(checkForm(page).alert).toContainText('コードが違います');
		await submit(page, codeAt(second.key, T0 + 30_000));
		await expect(checkForm(page).status).toContainText('ペアリングできました');
	});

	test('a reader without a phone uses the practice app on the page: same secret, ticking code', async ({ page }) => {
		await page.goto(JA.path);
		const { key } = await keyFromQr(page, JA.qr);
		await page.getByText(JA.virtual).click();
		const app = page.getByRole('region', { name: '練習用の認証アプリ' });
		const shown = (ms: number) => codeAt(key, ms).replace(/^(\d{3})/, '$1 ');
		await expect(app.getByText(shown(T0))).toBeVisible();
		await expect(app.getByText('あと 25 秒')).toBeVisible();

		// Typed as shown, with the space, it pairs.
		await submit(page, shown(T0));
		await expect(checkForm(page).status).toContainText('ペアリングできました');

		await page.clock.fastForward(30_000);
		await expect(app.getByText(shown(T0 + 30_000))).toBeVisible();
	});

	test('the picture of the 30-second windows counts down with the clock', async ({ page }) => {
		await page.goto(JA.path);
		const figure = page.getByRole('figure', { name: '30 秒ごとの「窓」と、受け付けるコード' });
		await expect(figure.getByText('今のコードが変わるまで: あと 25 秒')).toBeVisible();
		await expect(figure.getByText(`窓の番号: ${Math.floor(T0 / 30_000)}`)).toBeVisible();
		await page.clock.fastForward(10_000);
		await expect(figure.getByText('今のコードが変わるまで: あと 15 秒')).toBeVisible();
		await expect(figure.getByRole('listitem')).toHaveCount(5);
	});

	test('in English: the app entry says practice, and a pasted “123 456” pairs', async ({ page }) => {
		await page.goto(EN.path);
		const { uri, key } = await keyFromQr(page, EN.qr);
		expect(new URL(uri).searchParams.get('issuer')).toBe(EN.issuer);
		await expect(page.getByRole('link', { name: EN.open })).toHaveAttribute('href', uri);
		const code = codeAt(key, T0);
		await submit(page, 'abc', EN);
		await expect(checkForm(page, EN).alert).toHaveText(/The code is made of digits only/);
		await submit(page, `${code.slice(0, 3)} ${code.slice(3)}`, EN);
		await expect(checkForm(page, EN).status).toContainText('Paired!');
		await submit(page, code, EN);
		await expect(checkForm(page, EN).alert).toContainText('This code has already been used');
	});
});

test.describe('the pairing page as a page', () => {
	// The states' colours are the same in both languages: Japanese in both themes, English in the
	// dark one (where contrast is tightest), for its longer words.
	for (const [lang, schemes] of [
		[JA, ['light', 'dark']],
		[EN, ['dark']],
	] as const) {
		for (const colorScheme of schemes) {
			test(`axe finds no violation on ${lang.path} (${colorScheme} theme): at first, after an error, after a success and during a lock-out`, async ({
				page,
			}) => {
				// Four full-page axe sweeps and a QR code read off a screenshot: more than the default
				// 30 s on two busy cores, and the time says nothing about the page.
				test.setTimeout(90_000);
				await page.emulateMedia({ colorScheme });
				// A fixed start, so the code of the QR code's secret is known; the clock then runs
				// (axe waits on timers), and a code stays good for the window either side.
				await page.clock.install({ time: T0 });
				await page.goto(lang.path);
				// The theme really is the one scanned (Starlight follows the system setting).
				await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
				const { key } = await keyFromQr(page, lang.qr);
				const { alert, status, verify } = checkForm(page, lang);
				// The page around the demo is swept in pages.spec.ts; here, what changes as the reader
				// uses it: the QR code, the check form and the practice app.
				const scan = async (when: string) => {
					const results = await axe(page).include('mfa-pairing-qr').include('mfa-pairing-check').include('mfa-virtual-app').analyze();
					expect(violationsOf(results), when).toEqual([]);
				};
				await scan('at first');

				await page.getByText(lang.virtual).click();
				await submit(page, '12', lang);
				await expect(alert).not.toBeEmpty();
				await scan('after an error, with the practice app open');

				await submit(page, codeAt(key, T0), lang);
				await expect(status).not.toBeEmpty();
				await expect(alert).toBeEmpty();
				await scan('after a success');

				const wrong = wrongCode(key, T0);
				for (let i = 0; i < 5; i++) await submit(page, wrong, lang);
				await expect(verify).toHaveAttribute('aria-disabled', 'true');
				await expect(page.locator('[data-countdown]')).toBeVisible();
				await scan('during a lock-out');
			});
		}
	}

	test('every control is reachable by keyboard alone, and Enter submits the code', async ({ page }) => {
		await page.goto(JA.path);
		const { field, alert } = checkForm(page);
		await expect(page.getByRole('img', { name: JA.qr })).toBeVisible();
		const reached = new Set<string>();
		await page.getByRole('link', { name: JA.open }).focus();
		for (let i = 0; i < 12; i++) {
			reached.add(
				await page.evaluate(() => {
					const el = document.activeElement as HTMLElement | null;
					return `${el?.tagName.toLowerCase()}:${el?.getAttribute('aria-label') ?? el?.textContent?.trim().slice(0, 20)}`;
				}),
			);
			await page.keyboard.press('Tab');
		}
		expect([...reached].join('\n')).toMatch(/button:秘密鍵をコピー/);
		expect([...reached].join('\n')).toMatch(/input:/);
		expect([...reached].join('\n')).toMatch(/button:確認/);
		expect([...reached].join('\n')).toMatch(/summary:スマートフォンがないとき/);
		expect([...reached].join('\n')).toMatch(/button:最初からやり直す/);
		await field.focus();
		await page.keyboard.type('１２３');
		await page.keyboard.press('Enter');
		await expect(alert).toContainText('入力されたのは 3 桁です');
	});

	// A clean load (no console error, no request to another origin) and the page's JavaScript
	// budget are checked on the sweep's load of each page (pages.spec.ts).

	test('a 360 px wide phone never scrolls sideways, messages and the practice app open', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		for (const lang of [JA, EN]) {
			await page.goto(lang.path);
			await page.getByText(lang.virtual).click();
			await submit(page, '000000', lang);
			await expect(checkForm(page, lang).alert).not.toBeEmpty();
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, `${lang.path} is wider than the screen`).toBeLessThanOrEqual(0);
			const qr = await page.getByRole('img', { name: lang.qr }).boundingBox();
			expect(qr!.width, 'the QR code stays big enough to scan').toBeGreaterThanOrEqual(200);
		}
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const lang of [JA, EN]) {
		test(`${lang.path} says the demo needs JavaScript and still explains how the codes work`, async ({ page }) => {
			await page.goto(lang.path);
			await expect(page.getByText(lang === JA ? 'この練習には JavaScript が必要です' : 'This practice needs JavaScript')).toBeVisible();
			// No dead controls: nothing to type into and no QR code without a secret.
			await expect(page.getByRole('textbox', { name: lang.field })).toHaveCount(0);
			await expect(page.getByRole('img', { name: lang.qr })).toHaveCount(0);
			await expect(page.getByRole('button', { name: lang.verify })).toHaveCount(0);
			const figure = page.getByRole('figure', {
				name: lang === JA ? '30 秒ごとの「窓」と、受け付けるコード' : 'The 30-second windows, and which codes are accepted',
			});
			await expect(figure.getByRole('listitem')).toHaveCount(5);
			await expect(figure.getByRole('listitem').nth(2)).toContainText(lang === JA ? '今の 30 秒' : 'These 30 s');
			await expect(
				page.getByRole('heading', {
					level: 2,
					name: lang === JA ? 'コードが 30 秒ごとに変わるしくみ' : 'Why the code changes every 30 seconds',
				}),
			).toBeVisible();
		});
	}
});

test.describe('finding the pairing demo', () => {
	for (const { lang, overview, sidebarGroup, title } of [
		{ lang: 'ja', overview: '/', sidebarGroup: '練習する', title: '練習：本物のアプリとペアリングする' },
		{ lang: 'en', overview: '/en/', sidebarGroup: 'Practice', title: 'Practice: pair a real app' },
	] as const) {
		test(`(${lang}) the sidebar, the overview and the code chapter (both editions) link to the pairing demo`, async ({ page, baseURL }) => {
			const pairing = lang === 'ja' ? JA.path : EN.path;
			await page.goto(overview);
			const nav = page.getByRole('navigation', { name: lang === 'ja' ? 'メイン' : 'Main' });
			await expect(nav.getByText(sidebarGroup, { exact: true })).toBeVisible();
			await expect(nav.getByRole('link', { name: title, exact: true })).toHaveAttribute('href', pairing);
			await expect(page.locator('main').getByRole('link', { name: title, exact: true })).toHaveAttribute('href', pairing);
			// The code chapter of each edition: today's links to it from a step and from its
			// practice links, so every link of that name must lead there.
			for (const chapter of EDITIONS.map((edition) => chapterPath(lang, 'code', edition))) {
				await page.goto(chapter);
				const links = page.locator('main').getByRole('link', { name: title, exact: true });
				expect(await links.count(), chapter).toBeGreaterThan(0);
				// Chapters link relatively ("../pairing/"): where the link leads is what matters.
				for (const link of await links.all())
					expect(await link.evaluate((a: HTMLAnchorElement) => a.href), chapter).toBe(`${baseURL}${pairing}`);
			}
			await page.locator('main').getByRole('link', { name: title, exact: true }).first().click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		});
	}
});
