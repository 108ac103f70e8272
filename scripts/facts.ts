/**
 * `npm run facts`: every label of today's screens (the `pc.today.*` and `phone.today.*` keys of
 * src/i18n/today.ja.ts and today.en.ts, and manage.*.ts's after enrolment) with where it comes from, read from the comment beside it:
 * a source key such as [SL] or [ED-PK] (../shared/facts/current-screens-2026.md and the keys
 * listed in today.ja.ts's head), UNVERIFIED, or "ours" (a page or a word the practice adds
 * itself, which claims to be no Microsoft screen). The comment is read rather than kept in a table
 * so that a label and its source stay on one line, where whoever changes the label sees it.
 *
 * Run by Node 24 as it is (type stripping), so no enums or other syntax that needs compiling.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Entry, inLanguage, isLabel, LABEL_FILES, type Provenance, parseDictionary, tally } from '../src/i18n/provenance.ts';

export type { Entry, Provenance } from '../src/i18n/provenance.ts';
export { classify, isLabel, parseDictionary, tally } from '../src/i18n/provenance.ts';

const root = join(import.meta.dirname, '..');

/** Every labelled entry of a language: today's screens' and those after enrolment (LABEL_FILES), with their file. */
export function readToday(lang: 'ja' | 'en'): (Entry & { file: string })[] {
	return LABEL_FILES.flatMap((name) => {
		const file = `${name}.${lang}.ts`;
		return parseDictionary(readFileSync(join(root, 'src/i18n', file), 'utf8')).map((e) => ({ ...e, file }));
	});
}

const show = (p: Provenance): string =>
	p.kind === 'source'
		? p.keys.map((k) => (k.startsWith('facts') ? k : `[${k}]`)).join('')
		: p.kind === 'ours'
			? 'ours'
			: p.kind.toUpperCase();

function main(): void {
	const ja = readToday('ja').filter((e) => isLabel(e.key));
	const en = new Map(readToday('en').map((e) => [e.key, e]));
	const width = Math.max(...ja.map((e) => e.key.length));
	console.log(`${'label'.padEnd(width)}  ${'Japanese'.padEnd(24)}  English`);
	const english = inLanguage(ja, [...en.values()]);
	for (const e of ja) {
		const own = en.get(e.key);
		const shown = own && own.provenance.kind !== 'none' ? show(own.provenance) : '= Japanese';
		console.log(`${e.key.padEnd(width)}  ${show(e.provenance).padEnd(24)}  ${shown}`);
	}
	const jaCount = tally(ja.map((e) => e.provenance));
	const enCount = tally(ja.map((e) => english.get(e.key) ?? e.provenance));
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
