import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The README and the contributor's guide name files and commands that readers follow: a
 * renamed file or script must not leave them pointing at nothing. Every `src/…`, `tests/…`,
 * `content/…`, `bench/…`, `scripts/…` and `public/…` path in inline code must exist (a
 * `<placeholder>` stands for one name, a path ending in `/` for a folder), and every
 * `npm run <script>` must be one of package.json's scripts. CI runs the README's commands.
 */

const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const DOCS = ['README.md', 'CONTRIBUTING.md'];

/** Every file and folder of the project but what is installed, built or generated. */
const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results']);
const tree = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		if (SKIP.has(entry.name)) return [];
		const path = relative(root, join(dir, entry.name));
		return entry.isDirectory() ? [`${path}/`, ...tree(join(dir, entry.name))] : [path];
	});

/** The paths a document's inline code names (fenced blocks are pictures of the tree or commands, not links). */
function pathsIn(markdown: string): string[] {
	const prose = markdown.replace(/^```[\s\S]*?^```/gm, '');
	const spans = [...prose.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? '');
	return spans.flatMap((span) =>
		[...span.matchAll(/(?<![\w./-])((?:src|tests|content|bench|scripts|public)\/[\w./<>-]*)/g)].map((m) => (m[1] ?? '').replace(/\.$/, '')),
	);
}

/** A path with `<placeholders>` as a pattern over the tree's paths. */
const patternOf = (path: string) => new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/<[^>]+>/g, '[^/]+')}$`);

function missingIn(markdown: string, files: readonly string[]): string[] {
	return pathsIn(markdown).filter((path) => !files.some((file) => patternOf(path).test(file)));
}

/** The npm scripts a document runs: `npm run x`, `npm start`, `npm test`. */
function scriptsIn(markdown: string): string[] {
	const run = [...markdown.matchAll(/\bnpm run ([a-z][\w:-]*)/g)].map((m) => m[1] ?? '');
	const short = [...markdown.matchAll(/\bnpm (start|test)\b/g)].map((m) => m[1] ?? '');
	return [...new Set([...run, ...short])];
}

const files = tree(root);
const scripts = Object.keys(JSON.parse(read('package.json')).scripts);

describe('the README and the contributor’s guide', () => {
	for (const doc of DOCS) {
		it(`${doc}: every path it names exists`, () => {
			expect(pathsIn(read(doc)).length).toBeGreaterThan(0);
			expect(missingIn(read(doc), files)).toEqual([]);
		});

		it(`${doc}: every npm script it runs is in package.json`, () => {
			expect(scriptsIn(read(doc)).filter((script) => !scripts.includes(script))).toEqual([]);
		});
	}

	it('can fail: a path or a script that is not there is named', () => {
		const doc = 'See `src/steps.ts`, `src/flows/<edition>/<method>.ts`, `src/gone.ts` and `tests/e2e/` or `tests/none/`.';
		expect(pathsIn(doc)).toEqual(['src/steps.ts', 'src/flows/<edition>/<method>.ts', 'src/gone.ts', 'tests/e2e/', 'tests/none/']);
		expect(missingIn(doc, files)).toEqual(['src/gone.ts', 'tests/none/']);
		expect(scriptsIn('npm run bench, npm run nothing, then npm test')).toEqual(['bench', 'nothing', 'test']);
	});

	it('gives the commands CI runs on a clean clone (.ci/run), and CI runs no other', () => {
		const readme = read('README.md');
		const block = readme.slice(readme.indexOf('## Two commands'), readme.indexOf('\n## ', readme.indexOf('## Two commands') + 1));
		const fenced = block.match(/```sh\n([\s\S]*?)```/)?.[1] ?? '';
		const commands = (text: string) => [...text.matchAll(/\bnpm (install|start|test)\b/g)].map((m) => m[1]);
		const ci = read('.ci/run')
			.split('\n')
			.filter((line) => !line.trim().startsWith('#'))
			.join('\n');
		expect(commands(fenced)).toEqual(['install', 'start', 'test']);
		expect(commands(ci)).toEqual(commands(fenced));
	});
});
