// The plain Playwright test: these tests break the policy on purpose (every other spec's page
// fails on a violation, see tests/support/fixtures.ts).
import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { PAGES } from '../support/site';

/** The policy of a page as the browser reads it: directive → its sources. */
async function policyOf(page: import('@playwright/test').Page) {
	const content = await page.locator('head meta[http-equiv="content-security-policy"]').getAttribute('content');
	const entries = (content ?? '')
		.split(';')
		.map((d) => d.trim().split(/\s+/))
		.filter(([name]) => name);
	return { content: content ?? '', directives: new Map(entries.map(([name, ...sources]) => [name!, sources])) };
}

test('every page has its policy: only this site, scripts and styles by hash, every script in the page listed', async ({ page }) => {
	// Every page of both languages: the policy is read here; every other spec's page fails on a
	// violation (tests/support/fixtures.ts), so it is exercised by every click of the suite.
	test.setTimeout(120_000);
	for (const path of PAGES) {
		await page.goto(path, { waitUntil: 'domcontentloaded' });
		const { content, directives } = await policyOf(page);
		expect(content, path).not.toBe('');
		// Every script written into the page runs only because its hash is in the policy (Starlight's
		// theme script, which runs before the <meta> is read, is listed too, so nothing is exempt).
		const inline = await page
			.locator('script:not([src]):not([type="application/json"])')
			.evaluateAll((scripts) => scripts.map((s) => s.textContent ?? ''));
		for (const text of inline) {
			const hash = `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
			expect(directives.get('script-src'), `${path}: ${text.slice(0, 60)}`).toContain(hash);
		}
		expect(directives.get('default-src'), path).toEqual(["'self'"]);
		expect(directives.get('connect-src'), path).toEqual(["'self'"]);
		expect(directives.get('object-src'), path).toEqual(["'none'"]);
		const scripts = directives.get('script-src') ?? [];
		expect(scripts, path).toContain("'self'");
		expect(
			scripts.filter((s) => !/^'(self|wasm-unsafe-eval|sha256-[A-Za-z0-9+/=]+)'$/.test(s)),
			path,
		).toEqual([]);
		const styles = directives.get('style-src') ?? [];
		expect(
			styles.filter((s) => !/^'(self|sha256-[A-Za-z0-9+/=]+)'$/.test(s)),
			path,
		).toEqual([]);
		// No other origin anywhere in the policy, and no wildcard.
		expect(content, path).not.toMatch(/https?:|\*|'unsafe-eval'/);
	}
});

test('the browser refuses what the policy does not allow, and says which rule refused it', async ({ page }) => {
	await page.goto('/');
	const outcome = await page.evaluate(async () => {
		const refused: string[] = [];
		document.addEventListener('securitypolicyviolation', (e) => refused.push(`${e.effectiveDirective} ${e.blockedURI}`));
		// A request to another origin (the network may be offline too: the event is what only the policy sends).
		await fetch('https://example.com/tracker').catch(() => undefined);
		// A picture from another origin.
		await new Promise<void>((done) => {
			const img = new Image();
			img.onload = img.onerror = () => done();
			img.src = 'https://example.com/pixel.png';
		});
		// A script put into the page, as an injection would.
		const script = document.createElement('script');
		script.textContent = 'document.documentElement.dataset.injected = "ran"';
		document.body.append(script);
		await new Promise((r) => setTimeout(r, 200));
		return { refused, injected: document.documentElement.dataset['injected'] ?? null };
	});
	expect(outcome.injected).toBeNull();
	expect(outcome.refused).toEqual(
		expect.arrayContaining(['connect-src https://example.com/tracker', 'img-src https://example.com/pixel.png', 'script-src-elem inline']),
	);
});
