/**
 * `npm run facts`: every label of today's screens (the `pc.today.*` and `phone.today.*` keys of
 * src/i18n/today.ja.ts and today.en.ts) with where it comes from, read from the comment beside it:
 * a source key such as [SL] or [ED-PK] (../shared/facts/current-screens-2026.md and the keys
 * added since, listed in the README), UNVERIFIED, or "ours" (a page or a word the practice adds
 * itself, which claims to be no Microsoft screen). The comment is read rather than kept in a table
 * so that a label and its source stay on one line, where whoever changes the label sees it.
 *
 * Run by Node 24 as it is (type stripping), so no enums or other syntax that needs compiling.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where a label's words come from. */
export type Provenance =
	| { kind: 'source'; keys: string[] }
	| { kind: 'unverified' }
	/** The practice's own words or page: not presented as a Microsoft screen. */
	| { kind: 'ours' }
	/** No comment says: a new label that forgot its source. */
	| { kind: 'none' };

export interface Entry {
	key: string;
	/** 1-based line of the key in its file. */
	line: number;
	/** The comment that speaks for it: its own trailing comment, else the comment lines right above it. */
	comment: string;
	provenance: Provenance;
}

/** The keys that are labels of today's screens; the rest (step titles, guide lines, errors, alt texts) are the guide's own words. */
export const LABEL_PREFIXES = ['pc.today.', 'phone.today.'] as const;

export const isLabel = (key: string): boolean => LABEL_PREFIXES.some((prefix) => key.startsWith(prefix));

// Source keys are written in brackets: [SL], [ED-PK], [3P-OTEMON], [LAB0101ja]. "facts §2" points into the facts file itself.
const SOURCE_KEY = /\[([A-Za-z0-9][A-Za-z0-9-]*)\]/g;
const FACTS_SECTION = /facts §(\d+(?:\.\d+)?)/g;

/** What a comment says of the label beside it. UNVERIFIED wins over a key, as in "[UT] classic; UNVERIFIED in today's wizard". */
export function classify(comment: string): Provenance {
	if (/UNVERIFIED/.test(comment)) return { kind: 'unverified' };
	const keys = [...comment.matchAll(SOURCE_KEY)].map((m) => m[1] ?? '').filter((k) => k !== '');
	keys.push(...[...comment.matchAll(FACTS_SECTION)].map((m) => `facts §${m[1]}`));
	if (keys.length > 0) return { kind: 'source', keys: [...new Set(keys)] };
	if (/\bours\b/i.test(comment)) return { kind: 'ours' };
	return { kind: 'none' };
}

/** A line's code and comment, with string literals blanked so that a `//` inside a string is not taken for a comment. */
function split(line: string): { code: string; comment: string } {
	const blanked = line.replace(/'(?:[^'\\]|\\.)*'/g, "''");
	const at = blanked.indexOf('//');
	if (at < 0) return { code: blanked, comment: '' };
	return { code: blanked.slice(0, at), comment: blanked.slice(at + 2).trim() };
}

const KEY_LINE = /^\s*'([^']+)':/;

/**
 * The entries of a dictionary file written as the today.*.ts files are: one `'key': value,` per entry, a long value
 * continued over lines ending in `+`, a comment after the value or on the lines right above the key.
 */
export function parseDictionary(text: string): Entry[] {
	const lines = text.split('\n');
	const entries: Entry[] = [];
	let above: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		const raw = lines[i] ?? '';
		const keyMatch = KEY_LINE.exec(raw);
		if (!keyMatch) {
			const { code, comment } = split(raw);
			// A comment-only line speaks for the key below it; anything else (a blank line, code) ends that.
			if (code.trim() === '' && comment !== '') above.push(comment);
			else above = [];
			continue;
		}
		const key = keyMatch[1] ?? '';
		const trailing: string[] = [];
		let j = i;
		for (;;) {
			const { code, comment } = split(lines[j] ?? '');
			if (comment !== '') trailing.push(comment);
			if (code.trimEnd().endsWith(',') || j + 1 >= lines.length) break;
			j++;
		}
		const comment = (trailing.length > 0 ? trailing : above).join(' ');
		entries.push({ key, line: i + 1, comment, provenance: classify(comment) });
		above = [];
		i = j;
	}
	return entries;
}

const root = join(import.meta.dirname, '..');

export function readToday(lang: 'ja' | 'en'): Entry[] {
	return parseDictionary(readFileSync(join(root, `src/i18n/today.${lang}.ts`), 'utf8'));
}

const show = (p: Provenance): string =>
	p.kind === 'source'
		? p.keys.map((k) => (k.startsWith('facts') ? k : `[${k}]`)).join('')
		: p.kind === 'ours'
			? 'ours'
			: p.kind.toUpperCase();

/** Counts by kind, for the summary line and the tests. */
export function tally(entries: readonly Provenance[]): Record<Provenance['kind'], number> {
	const counts = { source: 0, unverified: 0, ours: 0, none: 0 };
	for (const p of entries) counts[p.kind]++;
	return counts;
}

function main(): void {
	const ja = readToday('ja').filter((e) => isLabel(e.key));
	const en = new Map(readToday('en').map((e) => [e.key, e]));
	const width = Math.max(...ja.map((e) => e.key.length));
	console.log(`${'label'.padEnd(width)}  ${'Japanese'.padEnd(24)}  English`);
	// The English file gives a source only where its words have their own; otherwise they follow the Japanese line's.
	const enOf = (key: string, jaProvenance: Provenance): Provenance => {
		const own = en.get(key);
		return own && own.provenance.kind !== 'none' ? own.provenance : jaProvenance;
	};
	for (const e of ja) {
		const own = en.get(e.key);
		const english = own && own.provenance.kind !== 'none' ? show(own.provenance) : '= Japanese';
		console.log(`${e.key.padEnd(width)}  ${show(e.provenance).padEnd(24)}  ${english}`);
	}
	const jaCount = tally(ja.map((e) => e.provenance));
	const enCount = tally(ja.map((e) => enOf(e.key, e.provenance)));
	const line = (c: Record<Provenance['kind'], number>) =>
		`${c.source} with a source, ${c.unverified} UNVERIFIED, ${c.ours} the practice's own` +
		(c.none > 0 ? `, ${c.none} WITHOUT EITHER` : '');
	console.log('');
	console.log(`${ja.length} labels of today's screens.`);
	console.log(`Japanese: ${line(jaCount)}.`);
	console.log(`English:  ${line(enCount)}.`);
	if (jaCount.none > 0) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
