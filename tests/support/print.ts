// Chapters on paper: which chapters print, how many A4 pages each may take, and
// what Chromium's own PDF says about them. Used by tests/e2e/print.spec.ts and by
// `npm run bench` (bench/print.ts), which runs on plain Node: so this file imports only
// files that Node can load as they are (no extensionless imports).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, LOCALES } from '../../src/i18n/locales.ts';
import { EDITIONS, type Edition, type Method, type Task } from '../../src/methods.ts';

/**
 * At most as many A4 pages as the manual of December 2020 gives the method (call P.2–5,
 * push P.6–13, code P.14–20; SMS, which the manual leaves to a web page, as many as the
 * call). One table for both editions and both languages, typed by the methods, so that a
 * method without its limit is a type error. The chapter after enrolment (a task, not a method) has
 * no page in the manual: it is held to the passkey's six, the most a chapter of today's alone has.
 */
export const PRINT_PAGE_LIMITS: Readonly<Record<Method | Task, number>> = {
	sms: 4,
	call: 4,
	push: 8,
	code: 7,
	passkey: 6,
	manage: 6,
};

export interface PrintedChapter {
	path: string;
	method: keyof typeof PRINT_PAGE_LIMITS;
	edition: Edition;
	limit: number;
}

/** A chapter's path: today's at /<method>/, the manual's at /manual/<method>/, other languages under /<lang>/. */
const chapterPath = (lang: keyof typeof LOCALES, method: string, edition: Edition) =>
	`${LOCALES[lang].root ? '' : `/${lang}`}${edition === 'manual' ? '/manual' : ''}/${method}/`;

/**
 * Every chapter of the table that the build in `dist` has, in every language and edition
 * (the manual has no passkey chapter, so it has none to check).
 */
export function printedChapters(dist: string): PrintedChapter[] {
	const methods = Object.keys(PRINT_PAGE_LIMITS) as (keyof typeof PRINT_PAGE_LIMITS)[];
	return LANGS.flatMap((lang) =>
		EDITIONS.flatMap((edition) =>
			methods
				.map((method) => ({ path: chapterPath(lang, method, edition), method, edition, limit: PRINT_PAGE_LIMITS[method] }))
				.filter(({ path }) => existsSync(join(dist, path, 'index.html'))),
		),
	);
}

/** A destination's name as the element's id: PDF escapes bytes as #XX, and Chromium percent-encodes non-ASCII ids. */
function decodeName(name: string): string {
	const escaped = name.replace(/#([\da-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
	try {
		return decodeURIComponent(escaped);
	} catch {
		return escaped;
	}
}

/**
 * Reads the page tree and the named destinations of a PDF as Chromium writes it (Skia:
 * plain objects, only the page contents compressed; no object or cross-reference streams,
 * which this refuses rather than misreads).
 */
export class ChromiumPdf {
	readonly #text: string;

	constructor(pdf: Uint8Array) {
		this.#text = Buffer.from(pdf).toString('latin1');
		if (/\/Type\s*\/(ObjStm|XRef)\b/.test(this.#text))
			throw new Error('the PDF keeps its objects in streams: this reader cannot count its pages');
	}

	#object(id: string): string {
		const found = new RegExp(`(?:^|[\\r\\n])${id} 0 obj\\b([\\s\\S]*?)\\bendobj`).exec(this.#text);
		if (!found?.[1]) throw new Error(`PDF object ${id} not found`);
		return found[1];
	}

	get #catalog(): string {
		return this.#object(this.#ref(this.#text.slice(this.#text.lastIndexOf('trailer')), 'Root'));
	}

	#ref(body: string, key: string): string {
		const found = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(body);
		if (!found?.[1]) throw new Error(`no /${key} in ${body.slice(0, 80)}`);
		return found[1];
	}

	/** The page objects' ids in reading order, from the root of the page tree down. */
	get pageIds(): string[] {
		const walk = (id: string): string[] => {
			const node = this.#object(id);
			if (!/\/Type\s*\/Pages\b/.test(node)) return [id];
			const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1] ?? '';
			const ids = [...kids.matchAll(/(\d+)\s+0\s+R/g)].flatMap((m) => walk(m[1] ?? ''));
			// The tree's own count must agree with its leaves, or the walk missed something.
			const count = Number(/\/Count\s+(\d+)/.exec(node)?.[1]);
			if (count !== ids.length) throw new Error(`page tree node ${id}: /Count ${count}, ${ids.length} pages found`);
			return ids;
		};
		return walk(this.#ref(this.#catalog, 'Pages'));
	}

	/** The first page's size in points (Chromium gives every page of a PDF the same). */
	get pageSize(): { width: number; height: number } {
		const box = /\/MediaBox\s*\[\s*[-\d.]+\s+[-\d.]+\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(this.#object(this.pageIds[0] ?? ''));
		if (!box) throw new Error('the first page has no /MediaBox');
		return { width: Number(box[1]), height: Number(box[2]) };
	}

	get pageCount(): number {
		return this.pageIds.length;
	}

	/**
	 * Where each named destination is: Chromium writes one for every element that an in-page
	 * link points to (a step's number links to its own section), at the element's top.
	 * `page` counts from 1; `top` is in points from the bottom of the page, as PDF measures.
	 */
	destinations(): Map<string, { page: number; top: number }> {
		const pages = this.pageIds;
		const dests = this.#object(this.#ref(this.#catalog, 'Dests'));
		const found = new Map<string, { page: number; top: number }>();
		for (const m of dests.matchAll(/\/([^\s[/<>]+)\s*\[\s*(\d+)\s+0\s+R\s*\/XYZ\s+[-\d.]+\s+([-\d.]+)/g)) {
			const [, name = '', page = '', top = ''] = m;
			found.set(decodeName(name), { page: pages.indexOf(page) + 1, top: Number(top) });
		}
		return found;
	}
}
