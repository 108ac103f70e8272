import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChromiumPdf, PRINT_PAGE_LIMITS, printedChapters } from '../support/print';

/** A PDF laid out as Chromium's Skia writes one: a two-level page tree, named destinations, objects in plain text. */
const pdf = (extra = '') =>
	new TextEncoder().encode(
		[
			'%PDF-1.4',
			'1 0 obj',
			'<</Type /Catalog',
			'/Pages 2 0 R',
			'/Dests 3 0 R>>',
			'endobj',
			'2 0 obj',
			'<</Type /Pages',
			'/Count 3',
			'/Kids [4 0 R 5 0 R]>>',
			'endobj',
			'4 0 obj',
			'<</Type /Pages',
			'/Count 2',
			'/Kids [6 0 R 7 0 R]>>',
			'endobj',
			'6 0 obj',
			'<</Type /Page',
			'/MediaBox [0 0 595.91998 842.88]>>',
			'endobj',
			'7 0 obj',
			'<</Type /Page',
			'/MediaBox [0 0 595.91998 842.88]>>',
			'endobj',
			'5 0 obj',
			'<</Type /Page',
			'/MediaBox [0 0 595.91998 842.88]>>',
			'endobj',
			'3 0 obj',
			'<</setup-sign-in [7 0 R /XYZ 0 500.5 0]',
			// "初回" as Chromium writes a non-ASCII id: percent-encoded, then PDF-escaped.
			'/#25E5#2588#259D#25E5#259B#259E [5 0 R /XYZ 0 842.88 0]>>',
			'endobj',
			extra,
			'trailer',
			'<</Size 8',
			'/Root 1 0 R>>',
			'%%EOF',
		].join('\n'),
	);

describe('reading the PDF Chromium prints', () => {
	it('counts the pages of a nested page tree, in reading order', () => {
		const read = new ChromiumPdf(pdf());
		expect(read.pageCount).toBe(3);
		expect(read.pageIds).toEqual(['6', '7', '5']);
		expect(read.pageSize).toEqual({ width: 595.91998, height: 842.88 });
	});

	it('finds where each named destination is: page from 1, top in points', () => {
		const dests = new ChromiumPdf(pdf()).destinations();
		expect(dests.get('setup-sign-in')).toEqual({ page: 2, top: 500.5 });
		expect(dests.get('初回')).toEqual({ page: 3, top: 842.88 });
	});

	it('refuses what it cannot read rather than miscount', () => {
		expect(() => new ChromiumPdf(pdf('9 0 obj\n<</Type /ObjStm /N 3>>\nendobj'))).toThrow(/streams/);
		const miscounted = new TextDecoder().decode(pdf()).replace('/Count 3', '/Count 4');
		expect(() => new ChromiumPdf(new TextEncoder().encode(miscounted)).pageCount).toThrow(/Count 4/);
	});
});

describe('the chapters on paper', () => {
	it('lists the chapters the build has, with the manual’s limit: passkey as soon as it is built', () => {
		const dist = mkdtempSync(join(tmpdir(), 'print-dist-'));
		for (const path of ['sms', 'en/manual/code', 'passkey', 'manual/practice/push']) {
			mkdirSync(join(dist, path), { recursive: true });
			writeFileSync(join(dist, path, 'index.html'), '');
		}
		expect(printedChapters(dist)).toEqual([
			{ path: '/sms/', method: 'sms', edition: 'today', limit: 4 },
			{ path: '/passkey/', method: 'passkey', edition: 'today', limit: 6 },
			{ path: '/en/manual/code/', method: 'code', edition: 'manual', limit: 7 },
		]);
		rmSync(dist, { recursive: true });
		expect(PRINT_PAGE_LIMITS).toMatchObject({ sms: 4, call: 4, push: 8, code: 7, passkey: 6 });
	});
});
