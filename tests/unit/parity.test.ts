import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang, LOCALES, OTHER_LANGS, ROOT_LANG } from '../../src/i18n/locales';

/*
 * Every language must say the same things as the root language (Japanese). This test finds
 * its subjects by itself, from the list of languages in src/i18n/locales.ts, so a language
 * or a page added later is checked without anyone remembering to list it:
 *
 * - each language's dictionary, src/i18n/<lang>.ts (its default export), against the root
 *   language's: the same keys, every value a non-blank string, and the same
 *   `{placeholders}`. A language in the list without a dictionary fails. Any other
 *   src/i18n/*.ts module that still exports a ja/en pair (a map with exactly those two
 *   keys, like SCREEN_STRINGS in the compatibility shim screens.ts) is compared the same way.
 * - every .mdx page (or partial, _*.mdx) under content/ and its twin under content/<lang>/ for
 *   every other language: both exist, both pages have a title, and both use the same components with the
 *   same step and topic ids in the same order (a step, a step link or a topic in one
 *   language only fails).
 *
 * The browser sweep (tests/e2e/pages.spec.ts) checks the built pages as well, which covers
 * text on English pages; tests/unit/other-site.test.ts builds the site with a third language.
 */

const root = join(import.meta.dirname, '../..');
const contentDir = join(root, 'content');

type Tree = string | { [key: string]: Tree };

function placeholders(text: string): string[] {
	return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

/** A language's name in English, for the messages: "Japanese", "English". */
const nameOf = (lang: string) => new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;

/**
 * Lists every difference between two string trees, as "path: problem" lines: `base` is the
 * root language's (Japanese unless told), `other` the language compared with it (English
 * unless told).
 */
function compare(base: unknown, other: unknown, path: string, problems: string[], langs = { base: 'ja', other: 'en' }) {
	const [baseName, otherName] = [nameOf(langs.base), nameOf(langs.other)];
	if (typeof base === 'string' || typeof other === 'string') {
		if (typeof base !== 'string' || typeof other !== 'string') problems.push(`${path}: a string in one language only`);
		else {
			if (!base.trim()) problems.push(`${path}: blank in ${baseName}`);
			if (!other.trim()) problems.push(`${path}: blank in ${otherName}`);
			if (placeholders(base).join() !== placeholders(other).join()) problems.push(`${path}: placeholders differ`);
		}
		return;
	}
	if (!base || !other || typeof base !== 'object' || typeof other !== 'object') {
		problems.push(`${path}: not a string or a map in both languages`);
		return;
	}
	const keys = new Set([...Object.keys(base), ...Object.keys(other)]);
	for (const key of keys) {
		if (!(key in base)) problems.push(`${path}.${key}: missing in ${baseName}`);
		else if (!(key in other)) problems.push(`${path}.${key}: missing in ${otherName}`);
		else compare((base as Record<string, Tree>)[key], (other as Record<string, Tree>)[key], `${path}.${key}`, problems, langs);
	}
}

/** Every language's dictionary compared with the root language's: the problems, as compare() lists them. */
function dictionaryProblems(dictionaries: Readonly<Record<string, unknown>>, rootLang: string): string[] {
	const problems: string[] = [];
	for (const [lang, dictionary] of Object.entries(dictionaries)) {
		if (lang === rootLang) continue;
		compare(dictionaries[rootLang], dictionary, `${lang}.ts`, problems, { base: rootLang, other: lang });
	}
	return problems;
}

/** The ja/en pairs a module exports: two exports named `ja` and `en`, or one export shaped `{ ja: …, en: … }`. */
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
const moduleOf = (file: string) => i18nModules[`../../src/i18n/${file}`];
const dictionaries = Object.fromEntries(LANGS.map((lang) => [lang, moduleOf(`${lang}.ts`)?.default])) as Record<Lang, unknown>;

describe("UI strings: every language's dictionary has the root language's keys", () => {
	it('finds a dictionary for every language in src/i18n/locales.ts (ja.ts and en.ts at least)', () => {
		const files = Object.keys(i18nModules).map((p) => p.split('/').at(-1));
		expect(files).toEqual(expect.arrayContaining(['ja.ts', 'en.ts']));
		expect(LANGS).toEqual(expect.arrayContaining(['ja', 'en']));
		for (const lang of LANGS) {
			const dictionary = dictionaries[lang];
			expect(dictionary && typeof dictionary === 'object', `src/i18n/${lang}.ts has no default export`).toBe(true);
			expect(Object.keys(dictionary as object).length, `src/i18n/${lang}.ts is empty`).toBeGreaterThan(0);
		}
	});

	for (const lang of OTHER_LANGS) {
		it(`src/i18n/${lang}.ts has the keys of src/i18n/${ROOT_LANG}.ts, none blank, with the same placeholders`, () => {
			expect(dictionaryProblems({ [ROOT_LANG]: dictionaries[ROOT_LANG], [lang]: dictionaries[lang] }, ROOT_LANG)).toEqual([]);
		});
	}

	const dictionaryFiles = new Set(LANGS.map((lang) => `../../src/i18n/${lang}.ts`));
	for (const [file, module] of Object.entries(i18nModules).filter(([file]) => !dictionaryFiles.has(file))) {
		// LOCALES, the list of languages itself, is a ja/en pair of settings rather than strings.
		const pairs = pairsOf(module).filter((pair) => pair.ja !== LOCALES.ja);
		if (pairs.length === 0) continue;
		it(`${file.replace('../../', '')}: its ja/en pairs match`, () => {
			const problems: string[] = [];
			for (const { name, ja, en } of pairs) compare(ja, en, name, problems);
			expect(problems).toEqual([]);
		});
	}

	it('catches a key missing in one language, a blank value and a lost placeholder', () => {
		const problems: string[] = [];
		compare({ a: 'あ', b: 'い', c: '{n} 日' }, { a: 'A', c: '{days} days', d: ' ' }, 'demo', problems);
		expect(problems).toEqual(['demo.b: missing in English', 'demo.c: placeholders differ', 'demo.d: missing in Japanese']);
		expect(pairsOf({ helper: () => 1 })).toEqual([]);
	});

	it('checks every language the same way: a third, broken dictionary has its problems listed', () => {
		const ja = { 'a.title': 'タイトル', 'a.count': '{n} 件', 'a.both': '{n} / {max}', 'a.ok': 'はい' };
		const en = { 'a.title': 'Title', 'a.count': '{n} items', 'a.both': '{n} of {max}', 'a.ok': 'Yes' };
		const fr = { 'a.title': ' ', 'a.count': '{count} éléments', 'a.both': '{n} sur {max}', 'a.extra': 'En trop' };
		expect(dictionaryProblems({ ja, en, fr }, 'ja')).toEqual([
			'fr.ts.a.title: blank in French',
			'fr.ts.a.count: placeholders differ',
			'fr.ts.a.ok: missing in French',
			'fr.ts.a.extra: missing in Japanese',
		]);
		// The root language is the yardstick: a dictionary with nothing wrong adds nothing.
		expect(dictionaryProblems({ en, ja }, 'ja')).toEqual([]);
		expect(dictionaryProblems({ ja, fr: { ...en, 'a.ok': '' } }, 'ja')).toEqual(['fr.ts.a.ok: blank in French']);
	});
});

function mdxFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return mdxFiles(path);
		return /\.mdx?$/.test(name) ? [relative(contentDir, path)] : [];
	});
}

const all = mdxFiles(contentDir);
/** The root language's pages (and partials, _*.mdx, which pages import): every one not under another language's folder. */
const japanese = all.filter((p) => !OTHER_LANGS.some((lang) => p.startsWith(`${lang}/`))).sort();
/** Each other language's pages, under content/<lang>/, without that prefix. */
const pagesOf = (lang: Lang) =>
	all
		.filter((p) => p.startsWith(`${lang}/`))
		.map((p) => p.slice(lang.length + 1))
		.sort();

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

describe('pages: every page under content/ exists in every language with the same steps', () => {
	it('finds the pages', () => {
		expect(japanese).toEqual(expect.arrayContaining(['index.mdx', 'sms.mdx', 'helpdesk.mdx', 'choose.mdx', 'troubleshooting.mdx']));
	});

	for (const lang of OTHER_LANGS) {
		const pages = pagesOf(lang);
		const name = nameOf(lang);

		it(`has a twin under content/${lang}/ (${name}) for every ${nameOf(ROOT_LANG)} page, and no ${name} page alone`, () => {
			expect(pages).toEqual(japanese);
		});

		for (const page of japanese.filter((p) => pages.includes(p))) {
			it(`${page}: both have a title and the same components, steps and topics in the same order (${lang})`, () => {
				const base = readFileSync(join(contentDir, page), 'utf8');
				const twin = readFileSync(join(contentDir, lang, page), 'utf8');
				// A partial is part of a page, and has no title of its own.
				if (!page.split('/').at(-1)!.startsWith('_')) {
					expect(titleOf(base), `${nameOf(ROOT_LANG)} title`).toBeTruthy();
					expect(titleOf(twin), `${name} title`).toBeTruthy();
				}
				expect(structure(twin)).toEqual(structure(base));
			});
		}
	}

	it('reads a page’s structure from its components, not from its text', () => {
		const ja =
			'---\ntitle: x\n---\nimport Step from "s";\n<Step method="sms" id="setup-done">押す</Step> <StepLink method="call" id="signin-done" />';
		expect(structure(ja)).toEqual(['Step method=sms id=setup-done', 'StepLink method=call id=signin-done']);
	});
});
