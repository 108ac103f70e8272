import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { OTHER_LANGS } from '../../src/i18n/locales.ts';
import { registerAndSignIn } from './passkey.ts';
import { simulatorReady } from './ready.ts';

export interface Bytes {
	raw: number;
	gzip: number;
}
export interface PageWeight {
	html: Bytes;
	css: Bytes;
	/** In all: on load, and through the page's interaction where its budget names one. */
	js: Bytes;
	/** Script URLs the page fetched, for telling what grew. */
	scripts: string[];
	/** What the page fetched on load, before anyone touched it: what a reader waits for. */
	firstScreen: { js: Bytes; scripts: string[] };
}

const zero = (): Bytes => ({ raw: 0, gzip: 0 });

/**
 * Loads a page and adds up what it fetched, by kind. Gzip sizes are computed here at
 * level 9 rather than read off the wire, so the figures do not depend on the server.
 */
export async function weighPage(page: Page, url: string): Promise<PageWeight> {
	const weight: PageWeight = { html: zero(), css: zero(), js: zero(), scripts: [], firstScreen: { js: zero(), scripts: [] } };
	const pending: Promise<void>[] = [];
	const onResponse = (response: import('@playwright/test').Response) => {
		const type = response.request().resourceType();
		const bucket = type === 'document' ? weight.html : type === 'stylesheet' ? weight.css : type === 'script' ? weight.js : undefined;
		if (!bucket) return;
		if (type === 'script') weight.scripts.push(new URL(response.url()).pathname);
		pending.push(
			response.body().then(
				(body) => {
					bucket.raw += body.length;
					bucket.gzip += gzipSync(body, { level: 9 }).length;
				},
				() => undefined,
			),
		);
	};
	// Scripts may import more once the browser is idle (as Starlight's search UI does, unless deferred): wait
	// for idle time, and again for as long as that brings new responses, so such code counts.
	const settle = async () => {
		for (let seen = -1; seen !== pending.length; ) {
			seen = pending.length;
			await page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 300), { timeout: 2000 })));
		}
		await Promise.all(pending);
	};
	page.on('response', onResponse);
	await page.goto(url, { waitUntil: 'networkidle' });
	await settle();
	weight.firstScreen = { js: { ...weight.js }, scripts: [...weight.scripts] };
	// A page whose budget counts an interaction (a practice page's every step, the passkey demo's
	// checks at the first press): what that loads is counted on top.
	const walk = jsBudgetFor(new URL(url, 'http://localhost').pathname).through?.walk;
	if (walk) {
		await walk(page);
		await settle();
	}
	page.off('response', onResponse);
	return weight;
}

export const KB = 1024;

/**
 * A practice page through every step, without a second page load (which would count the
 * page twice): the page goes to its deep link to the flow's last step, as the browser's
 * back button does (?step= and a popstate), and the simulator replays the whole flow in
 * the page to get there. So everything a step loads only when it is needed (the checks of a
 * typed code, the app's TOTP) is fetched, and counted.
 */
export async function throughEveryStep(page: Page): Promise<void> {
	// The simulator has booted (and the document is whole) before its address is changed under it.
	await simulatorReady(page);
	const config = await page.locator('[data-simulator] > script[type="application/json"]').textContent();
	const steps: { id: string }[] = config ? JSON.parse(config).steps : [];
	const last = steps.at(-1)?.id;
	if (!last) throw new Error(`${page.url()} has no simulator steps to walk through`);
	await page.evaluate((step) => {
		history.pushState(null, '', `?step=${step}`);
		dispatchEvent(new PopStateEvent('popstate'));
	}, last);
	await page.locator(`[data-simulator][data-state="ready"][data-step="${last}"]`).waitFor();
}

export interface JsBudget {
	kind: string;
	pattern: RegExp;
	/** Gzip bytes of JavaScript the page may fetch on load, before any interaction. */
	firstScreen: number;
	/** Where an interaction loads more: what it is, how a test does it, and the gzip bytes in all after it. */
	through?: { what: string; walk: (page: Page) => Promise<void>; bytes: number };
}

/**
 * Budgets: gzip bytes of JavaScript a page may fetch on load, and in all `through` an
 * interaction where one is named. The first pattern that matches a page's path, its language
 * prefix taken off, wins; every other page is a reading page.
 */
export const JS_BUDGETS: readonly JsBudget[] = [
	// Both editions' simulators: today's at /practice/, the manual's at /manual/practice/. On
	// load: what a reader waits for, the first screens' script; in all, through every step, as
	// code a step does not need loads when it is needed: the machines, MSW (its request handling
	// and setupWorker) and otpauth.
	{
		kind: 'practice',
		pattern: /^(\/manual)?\/practice\//,
		firstScreen: 60 * KB,
		through: { what: 'every step', walk: throughEveryStep, bytes: 110 * KB },
	},
	{ kind: 'pairing', pattern: /^\/pairing\//, firstScreen: 60 * KB },
	// The live passkey demo: everything it fetches through a registration and a
	// sign-in, as its checks load at the first press.
	{
		kind: 'passkey',
		pattern: /^\/passkey-demo\//,
		firstScreen: 45 * KB,
		through: { what: 'a registration and a sign-in', walk: registerAndSignIn, bytes: 45 * KB },
	},
	{ kind: 'reading', pattern: /^/, firstScreen: 8 * KB },
];

/** A language's prefix of a path (`/en`): a page weighs the same in every language. */
const LANG_PREFIX = new RegExp(`^/(${OTHER_LANGS.join('|')})(?=/)`);

export function jsBudgetFor(path: string): JsBudget {
	const bare = path.replace(LANG_PREFIX, '');
	return JS_BUDGETS.find((b) => b.pattern.test(bare))!;
}
