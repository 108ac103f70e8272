import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// House rules for the source that neither the type checker nor the formatter enforces.

const root = join(import.meta.dirname, '../..');

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}

const sources = files(join(root, 'src')).map((path) => ({ path: relative(root, path), lines: readFileSync(path, 'utf8').split('\n') }));

describe('the source', () => {
	it('has no line longer than 140 characters (a long string is split where it reads well)', () => {
		const long = sources.flatMap(({ path, lines }) =>
			lines.flatMap((line, i) => (line.length > 140 ? [`${path}:${i + 1} (${line.length})`] : [])),
		);
		expect(long).toEqual([]);
	});

	it('silences the type checker nowhere: no `as never`, no `as any`', () => {
		const casts = sources.flatMap(({ path, lines }) =>
			lines.flatMap((line, i) => (/\bas (never|any)\b/.test(line) ? [`${path}:${i + 1}`] : [])),
		);
		expect(casts).toEqual([]);
	});

	it('asks which language a page is in only in src/i18n/: elsewhere a language’s ways are its dictionary’s data', () => {
		// Adding a language is then data alone (tests/unit/other-site.test.ts builds the site with a third).
		const branches = sources
			.filter(({ path }) => !path.startsWith('src/i18n/'))
			.flatMap(({ path, lines }) =>
				lines.flatMap((line, i) =>
					/\b(lang|locale)\s*[!=]==?\s*['"][a-z]{2}['"]|['"][a-z]{2}['"]\s*[!=]==?\s*\w*lang\b/i.test(line) ? [`${path}:${i + 1}`] : [],
				),
			);
		expect(branches).toEqual([]);
	});
});
