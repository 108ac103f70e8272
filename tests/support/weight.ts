import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export interface Bytes {
	raw: number;
	gzip: number;
}
export interface PageWeight {
	html: Bytes;
	css: Bytes;
	js: Bytes;
	/** Script URLs the page fetched, for telling what grew. */
	scripts: string[];
}

const zero = (): Bytes => ({ raw: 0, gzip: 0 });

/**
 * Loads a page and adds up what it fetched, by kind. Gzip sizes are computed here at
 * level 9 rather than read off the wire, so the figures do not depend on the server.
 */
export async function weighPage(page: Page, url: string): Promise<PageWeight> {
	const weight: PageWeight = { html: zero(), css: zero(), js: zero(), scripts: [] };
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
	page.on('response', onResponse);
	await page.goto(url, { waitUntil: 'networkidle' });
	await Promise.all(pending);
	page.off('response', onResponse);
	return weight;
}

export const KB = 1024;
/** Budgets from the issues, in gzip bytes of JavaScript fetched by a page. */
export const JS_BUDGET = {
	reading: 36 * KB,
} as const;
