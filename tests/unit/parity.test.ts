import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Japanese and English must say the same things. This test finds its subjects by itself,
 * so a file added later is checked without anyone remembering to list it:
 *
 * - every src/i18n/*.ts module. Convention: a module exports its strings as a pair of
 *   maps, either as two exports named `ja` and `en`, or as one export shaped
 *   `{ ja: …, en: … }` (like `UI` in ui.ts and `TOOLS` in tools.ts). Both maps must have
 *   the same keys, nested maps included, every value a non-blank string, and the same
 *   `{placeholders}`. A module with no such pair fails: it would be unchecked.
 * - every .mdx page under content/ and its twin under content/en/: both exist, both have a
 *   title, and both use the same components with the same step and topic ids in the same
 *   order (a step, a step link or a topic in one language only fails).
 *
 * The browser test tests/e2e/parity.spec.ts checks the built pages as well, which covers
 * steps that components render (src/components/chapters/) and text on English pages.
 */

const root = join(import.meta.dirname, '../..');
const contentDir = join(root, 'content');

type Tree = string | { [key: string]: Tree };

function placeholders(text: string): string[] {
	return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

/** Lists every difference between two string trees, as "path: problem" lines. */
function compare(ja: unknown, en: unknown, path: string, problems: string[]) {
	if (typeof ja === 'string' || typeof en === 'string') {
		if (typeof ja !== 'string' || typeof en !== 'string') problems.push(`${path}: a string in one language only`);
		else {
			if (!ja.trim()) problems.push(`${path}: blank in Japanese`);
			if (!en.trim()) problems.push(`${path}: blank in English`);
			if (placeholders(ja).join() !== placeholders(en).join()) problems.push(`${path}: placeholders differ`);
		}
		return;
	}
	if (!ja || !en || typeof ja !== 'object' || typeof en !== 'object') {
		problems.push(`${path}: not a string or a map in both languages`);
		return;
	}
	const keys = new Set([...Object.keys(ja), ...Object.keys(en)]);
	for (const key of keys) {
		if (!(key in ja)) problems.push(`${path}.${key}: missing in Japanese`);
		else if (!(key in en)) problems.push(`${path}.${key}: missing in English`);
		else compare((ja as Record<string, Tree>)[key], (en as Record<string, Tree>)[key], `${path}.${key}`, problems);
	}
}

/** The ja/en pairs a module exports, by the convention above. */
function pairsOf(module: Record<string, unknown>): { name: string; ja: unknown; en: unknown }[] {
	const pairs: { name: string; ja: unknown; en: unknown }[] = [];
	if ('ja' in module && 'en' in module) pairs.push({ name: 'ja/en', ja: module.ja, en: module.en });
	for (const [name, value] of Object.entries(module)) {
		if (value && typeof value === 'object' && !Array.isArray(value)) {
			const keys = Object.keys(value).sort();
			if (keys.length === 2 && keys[0] === 'en' && keys[1] === 'ja') {
				const v = value as { ja: unknown; en: unknown };
				pairs.push({ name, ja: v.ja, en: v.en });
			}
		}
	}
	return pairs;
}

const i18nModules = import.meta.glob<Record<string, unknown>>('../../src/i18n/*.ts', { eager: true });

describe('UI strings: every src/i18n/*.ts file has the same keys in Japanese and English', () => {
	it('finds the string files (ui.ts and tools.ts at least)', () => {
		const files = Object.keys(i18nModules).map((p) => p.split('/').at(-1));
		expect(files).toEqual(expect.arrayContaining(['ui.ts', 'tools.ts']));
	});

	for (const [file, module] of Object.entries(i18nModules)) {
		it(`${file.replace('../../', '')}`, () => {
			const pairs = pairsOf(module);
			expect(pairs.length, `${file} exports no ja/en pair (see the convention at the top of this test)`).toBeGreaterThan(0);
			const problems: string[] = [];
			for (const { name, ja, en } of pairs) compare(ja, en, name, problems);
			expect(problems).toEqual([]);
		});
	}

	it('catches a key missing in one language, a blank value and a lost placeholder', () => {
		const problems: string[] = [];
		compare({ a: 'あ', b: 'い', c: '{n} 日' }, { a: 'A', c: '{days} days', d: ' ' }, 'demo', problems);
		expect(problems).toEqual([
			'demo.b: missing in English',
			'demo.c: placeholders differ',
			'demo.d: missing in Japanese',
		]);
		expect(pairsOf({ helper: () => 1 })).toEqual([]);
	});
});

function mdxFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return mdxFiles(path);
		return /\.mdx?$/.test(name) && !name.startsWith('_') ? [relative(contentDir, path)] : [];
	});
}

const all = mdxFiles(contentDir);
const japanese = all.filter((p) => !p.startsWith('en/')).sort();
const english = all.filter((p) => p.startsWith('en/')).map((p) => p.slice(3)).sort();

/**
 * The components a page uses, in order, with the attributes that carry ids: which step,
 * which method, which topic. Text and other attributes may rightly differ between languages.
 */
function structure(source: string): string[] {
	const body = source.replace(/^---[\s\S]*?---/, '').replace(/^import .*$/gm, '');
	return [...body.matchAll(/<([A-Z]\w*)\b([^>]*?)\/?>/g)].map(([, tag, attrs]) => {
		const ids = [...attrs!.matchAll(/\b(method|id|step)="([^"]*)"/g)].map(([, k, v]) => `${k}=${v}`);
		return [tag, ...ids].join(' ');
	});
}

const titleOf = (source: string) => /^---[\s\S]*?^title:\s*(.+)$[\s\S]*?---/m.exec(source)?.[1]?.trim();

describe('pages: every page under content/ exists in both languages with the same steps', () => {
	it('finds the pages', () => {
		expect(japanese).toEqual(expect.arrayContaining(['index.mdx', 'sms.mdx', 'helpdesk.mdx', 'choose.mdx', 'troubleshooting.mdx']));
	});

	it('has an English twin under content/en/ for every Japanese page, and no English page alone', () => {
		expect(english).toEqual(japanese);
	});

	for (const page of japanese.filter((p) => english.includes(p))) {
		it(`${page}: both have a title and the same components, steps and topics in the same order`, () => {
			const ja = readFileSync(join(contentDir, page), 'utf8');
			const en = readFileSync(join(contentDir, 'en', page), 'utf8');
			expect(titleOf(ja), 'Japanese title').toBeTruthy();
			expect(titleOf(en), 'English title').toBeTruthy();
			expect(structure(en)).toEqual(structure(ja));
		});
	}

	it('reads a page’s structure from its components, not from its text', () => {
		const ja = '---\ntitle: x\n---\nimport Step from "s";\n<Step method="sms" id="setup-done">押す</Step> <StepLink method="call" id="signin-done" />';
		expect(structure(ja)).toEqual(['Step method=sms id=setup-done', 'StepLink method=call id=signin-done']);
	});
});
