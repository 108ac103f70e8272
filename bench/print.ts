// The chapters on paper: each chapter's page count on A4 from Chromium's own PDF,
// against the manual's (tests/support/print.ts). Its own browser, because it sets Japanese
// in a Japanese font (tests/support/fonts.ts), as a reader's computer would.
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from '../tests/support/browser.ts';
import { japaneseFontEnv } from '../tests/support/fonts.ts';
import { ChromiumPdf, printedChapters } from '../tests/support/print.ts';

export interface PrintedPages {
	pages: number;
	/** The manual's page count for the method: the most this chapter may take. */
	limit: number;
}

export async function printChapters(origin: string, root: string): Promise<Record<string, PrintedPages>> {
	const executablePath = resolveChromium();
	const browser = await chromium.launch({
		...(executablePath ? { executablePath } : {}),
		args: [...CHROMIUM_ARGS, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
		env: { ...process.env, ...japaneseFontEnv() },
	});
	const printed: Record<string, PrintedPages> = {};
	try {
		const page = await browser.newPage();
		for (const { path, limit } of printedChapters(join(root, 'dist'))) {
			await page.goto(`${origin}${path}`);
			// As "Save as PDF" prints: A4, backgrounds left out.
			const pdf = new ChromiumPdf(await page.pdf({ format: 'A4', printBackground: false }));
			printed[path] = { pages: pdf.pageCount, limit };
		}
	} finally {
		await browser.close();
	}
	return printed;
}
