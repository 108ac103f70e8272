import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DICTIONARIES, LANGS } from '../../src/i18n';
import { pseudo, pseudoDictionary, pseudoPage } from './pseudo';

/*
 * The whole site built as another university would build it, in a folder of its own: its own
 * institution config, and a third language that exists only here, `xx`, a pseudo-language made
 * from English (./pseudo.ts). The language is added as CONTRIBUTING.md's recipe says, as data and
 * nothing else: its line in LOCALES, its dictionary, its pages, and Starlight's words for it;
 * the site's code is the same. The project's files are not touched: the build's root is a
 * temporary folder that links to the project's src/, public/ and node_modules/, with a copy of
 * content/ that has the pseudo-language's pages, and the modules that list the languages, the
 * dictionaries, Starlight's words and the institution are stood in for by a Vite plugin.
 */

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const project = (...path: string[]) => join(projectRoot, ...path);

/** The third language's code: its pages are under /xx/. */
export const PSEUDO = 'xx';

/** Intl has no pseudo-language, so the pseudo-language's lists are Intl's Greek: neither Japanese nor English, so what Intl writes passes and whatever a component writes itself does not. */
const PSEUDO_INTL = 'el';

const files = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
	);

const literal = (value: unknown) => JSON.stringify(value, null, '\t');

export interface OtherSite {
	/** The built site. */
	out: string;
	/** Removes the build's folder. */
	remove(): void;
}

/**
 * Builds the site with `institution` (what another university's src/config/institution.ts
 * would hand to parseInstitution, with a value for the pseudo-language too) and the
 * pseudo-language beside Japanese and English. `leaveOut` names pages (as `manual/sms`) that
 * the site is built without, in every language, to save the time of pages nobody reads.
 */
export async function buildOtherSite(institution: object, { leaveOut = [] }: { leaveOut?: readonly string[] } = {}): Promise<OtherSite> {
	// Inside the project (in .astro/, which git ignores): Astro takes a module that shares no folder
	// with the root (the project's src/ and node_modules/, linked from here) for one of the root's own.
	const work = mkdtempSync(project('.astro', 'other-site-'));
	const out = join(work, 'dist');
	const write = (path: string, text: string) => {
		mkdirSync(dirname(join(work, path)), { recursive: true });
		writeFileSync(join(work, path), text);
	};

	for (const name of ['node_modules', 'public', 'src', 'package.json', 'tsconfig.json']) symlinkSync(project(name), join(work, name));
	const left = new Set(leaveOut.flatMap((page) => [`${page}.mdx`, `en/${page}.mdx`].map((path) => project('content', path))));
	cpSync(project('content'), join(work, 'content'), { recursive: true, filter: (path) => !left.has(path) });
	// The pseudo-language's pages: the English ones, translated (their prose at build time, by pseudoProse).
	for (const file of files(project('content/en')).filter((path) => !left.has(path))) {
		write(join('content', PSEUDO, relative(project('content/en'), file)), pseudoPage(readFileSync(file, 'utf8'), PSEUDO));
	}

	// Its line in LOCALES, after English's: the rest of src/i18n/locales.ts as it is.
	const locales = readFileSync(project('src/i18n/locales.ts'), 'utf8');
	const line = `\t${PSEUDO}: { label: '${pseudo('Pseudo')}', intl: '${PSEUDO_INTL}', root: false },\n`;
	const withPseudo = locales.replace(/^(\ten: \{.*\},\n)/m, `$1${line}`);
	if (withPseudo === locales) throw new Error('src/i18n/locales.ts: no line `en: { … },` in LOCALES to add the pseudo-language after');
	write('locales.ts', withPseudo);

	// Its dictionary, beside every language's own.
	write(`${PSEUDO}.ts`, `export default ${literal(pseudoDictionary(DICTIONARIES.en))};\n`);
	write(
		'dictionaries.ts',
		`${LANGS.map((lang) => `import ${lang} from ${literal(project(`src/i18n/${lang}.ts`))};`).join('\n')}
import ${PSEUDO} from './${PSEUDO}.ts';
export const DICTIONARIES = { ${[...LANGS, PSEUDO].join(', ')} };
`,
	);

	// Starlight's words for it, which Starlight does not ship.
	const starlightEnglish = (await import(project('node_modules/@astrojs/starlight/dist/translations/en.js'))).default;
	write('starlight.ts', `export const STARLIGHT_STRINGS = ${literal({ [PSEUDO]: pseudoDictionary(starlightEnglish) })};\n`);

	// The institution: validated where the pages read it, against the three languages.
	write('institution-data.ts', `export default ${literal(institution)};\n`);
	write(
		'institution.ts',
		`import { parseInstitution } from ${literal(project('src/config/schema.ts'))};
import data from './institution-data.ts';
export const institution = parseInstitution(data);
`,
	);

	const standIns = {
		[project('src/i18n/locales.ts')]: join(work, 'locales.ts'),
		[project('src/i18n/dictionaries.ts')]: join(work, 'dictionaries.ts'),
		[project('src/i18n/starlight.ts')]: join(work, 'starlight.ts'),
		[project('src/config/institution.ts')]: join(work, 'institution.ts'),
	};
	write(
		'astro.config.mjs',
		`import { satteri } from '@astrojs/markdown-satteri';
import { siteConfig } from ${literal(project('astro.config.mjs'))};
import { fill } from ${literal(project('src/i18n/format.ts'))};
import { pseudoProse } from ${literal(project('tests/support/pseudo.ts'))};
import { DICTIONARIES } from './dictionaries.ts';
import institution from './institution-data.ts';
import * as locales from './locales.ts';

// Astro loads this file outside Vite, where src/config/schema.ts would check the institution
// against our two languages: the sidebar and the title take it as it is, and the pages, which
// read ./institution.ts, validate it against the three.
const t = (lang, key, values) => fill(DICTIONARIES[lang][key], values);
const base = siteConfig({ institution, locales, t });
const standIns = new Map(Object.entries(${literal(standIns)}));

export default {
	...base,
	root: ${literal(work)},
	outDir: ${literal(out)},
	cacheDir: ${literal(join(work, 'cache'))},
	// Astro's own Markdown processor, with the plugin that translates the pseudo-language's pages.
	markdown: { ...base.markdown, processor: satteri({ mdastPlugins: [pseudoProse(${literal(join(work, 'content', PSEUDO, '/'))})] }) },
	vite: {
		...base.vite,
		plugins: [
			...(base.vite?.plugins ?? []),
			{
				name: 'other-site',
				enforce: 'pre',
				async resolveId(source, importer, options) {
					if (!importer || !/(locales|dictionaries|starlight|institution)(\\.ts)?$/.test(source)) return null;
					const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
					return (resolved && standIns.get(resolved.id)) ?? null;
				},
			},
		],
	},
};
`,
	);

	const build = [process.execPath, project('node_modules/astro/bin/astro.mjs'), 'build'];
	// At the lowest CPU priority where the system has `nice`: the other unit test files run
	// meanwhile, and some of them (the simulator's property tests) wait on real time.
	const [command, ...args] = process.platform === 'win32' ? build : ['nice', '-n', '19', ...build];
	try {
		execFileSync(command!, args, { cwd: work, stdio: 'pipe', env: { ...process.env, BASE_PATH: '' } });
	} catch (error) {
		const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
		throw new Error(`astro build failed in ${work}:\n${stdout?.toString().slice(-4000)}\n${stderr?.toString().slice(-4000)}`);
	}
	return { out, remove: () => rmSync(work, { recursive: true, force: true }) };
}
