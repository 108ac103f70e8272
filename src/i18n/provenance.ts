/**
 * Where each label of today's screens comes from, read from the comment beside it in
 * today.<lang>.ts (a source key, UNVERIFIED, or "ours"). Pure, so that the build (which marks
 * the practice's screens whose words no source confirms) and `npm run facts` (scripts/facts.ts,
 * which lists them) read the same way. Run by Node 24 as it is too: no syntax that needs compiling.
 */

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

/**
 * The dictionary files whose labels carry their sources, per language (`<name>.<lang>.ts`): today's
 * screens, and the Security info page's after enrolment. The build's "may differ" list
 * (unverified.ts) and `npm run facts` read them all.
 */
export const LABEL_FILES = ['today', 'manage'] as const;

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
	// Read left to right, as the compiler does: a quote opens a string only in code, so the
	// apostrophes of a comment ("the passkey's") are words, not strings hiding what follows.
	let code = '';
	let quote: string | null = null;
	for (let i = 0; i < line.length; i++) {
		const c = line[i] ?? '';
		if (quote) {
			if (c === '\\') i++;
			else if (c === quote) {
				quote = null;
				code += `${c}${c}`;
			}
			continue;
		}
		if (c === '/' && line[i + 1] === '/') return { code, comment: line.slice(i + 2).trim() };
		if (c === "'" || c === '"' || c === '`') quote = c;
		else code += c;
	}
	return { code, comment: '' };
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

/** Counts by kind, for the summary line and the tests. */
export function tally(entries: readonly Provenance[]): Record<Provenance['kind'], number> {
	const counts = { source: 0, unverified: 0, ours: 0, none: 0 };
	for (const p of entries) counts[p.kind]++;
	return counts;
}

/**
 * Each label's provenance in a language: its own line's comment where it has one, else the
 * Japanese line's (today's screens were checked per language; a line that says nothing
 * follows the Japanese, as does every line of a language with no file of its own).
 */
export function inLanguage(ja: readonly Entry[], own: readonly Entry[] = []): Map<string, Provenance> {
	const said = new Map(own.filter((e) => e.provenance.kind !== 'none').map((e) => [e.key, e.provenance]));
	return new Map(ja.map((e) => [e.key, said.get(e.key) ?? e.provenance]));
}
