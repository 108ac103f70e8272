// The plain Playwright test: these tests break the policy on purpose (every other spec's page
// fails on a violation, see tests/support/fixtures.ts).
import { expect, test } from '@playwright/test';

// Each page's policy as the browser reads it is checked on the sweep's one load of the page
// (pages.spec.ts): only this site, scripts and styles by hash, every inline script listed.

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
