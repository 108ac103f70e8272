import type { Method } from '../../src/config/schema';
import { LANGS, type Lang, OTHER_LANGS, ROOT_LANG } from '../../src/i18n/locales';
import { STARLIGHT_STRINGS } from '../../src/i18n/starlight';
import { editionPrefix, localePrefix } from '../../src/lib/site-paths';
import { EDITION_METHODS, EDITIONS, type Edition, TASKS, type Task } from '../../src/methods';
import { stepsOf } from '../../src/steps';

export { EDITION_METHODS, EDITIONS, type Edition, LANGS, OTHER_LANGS, ROOT_LANG };

/** "" for the root language, "/en" for English: the site's paths, without a base. */
export const prefixOf = localePrefix;

/** A chapter: today's at /<method>/, the manual's at /manual/<method>/. */
export const chapterPath = (lang: Lang, method: Method, edition: Edition = 'today') =>
	`${prefixOf(lang)}${editionPrefix(edition)}/${method}/`;

/** The chapters that are tasks, not methods (TASKS in src/methods.ts): after enrolment, at /manage/. */
export const TASK_SLUGS = TASKS;
export const taskPath = (lang: Lang, task: Task) => `${prefixOf(lang)}/${task}/`;

/** The helpdesk tools' reading pages, in the sidebar's order. */
export const TOOL_SLUGS = ['choose', 'troubleshooting', 'messages', 'screens', 'helpdesk'] as const;
export const toolPath = (lang: Lang, slug: (typeof TOOL_SLUGS)[number]) => `${prefixOf(lang)}/${slug}/`;

export const practicePath = (lang: Lang, method: Method, edition: Edition = 'today') =>
	`${prefixOf(lang)}${editionPrefix(edition)}/practice/${method}/`;
/** A task's practice (/practice/manage/): its scenarios on one page. */
export const taskPracticePath = (lang: Lang, task: Task) => `${prefixOf(lang)}/practice/${task}/`;
export const pairingPath = (lang: Lang) => `${prefixOf(lang)}/pairing/`;
/** The live passkey demo, in the sidebar's practice group for every student. */
export const passkeyDemoPath = (lang: Lang) => `${prefixOf(lang)}/passkey-demo/`;

/** Every page a reader can land on, in both languages: the sweep in pages.spec covers them all. */
export const PAGES: readonly string[] = LANGS.flatMap((lang) => [
	`${prefixOf(lang)}/`,
	...EDITION_METHODS.map(([e, m]) => chapterPath(lang, m, e)),
	...TASK_SLUGS.map((task) => taskPath(lang, task)),
	...TOOL_SLUGS.map((slug) => toolPath(lang, slug)),
	...EDITION_METHODS.map(([e, m]) => practicePath(lang, m, e)),
	...TASK_SLUGS.map((task) => taskPracticePath(lang, task)),
	pairingPath(lang),
	passkeyDemoPath(lang),
]);

/** Every chapter of both editions in both languages (the passkey's in today's only), with its steps. */
export const CHAPTERS = LANGS.flatMap((lang) =>
	EDITION_METHODS.map(([edition, method]) => ({
		lang,
		edition,
		method,
		path: chapterPath(lang, method, edition),
		steps: stepsOf(method, edition),
	})),
);

/** The page at `path` (a root-language page, as `/push/`) in another language: `/en/push/`. */
export const twinPath = (path: string, lang: Lang) => `${prefixOf(lang)}${path}`;

/** The language a page of PAGES is in, by its address. */
export const langOfPath = (path: string): Lang => OTHER_LANGS.find((lang) => path.startsWith(`${prefixOf(lang)}/`)) ?? ROOT_LANG;

/**
 * One of Starlight's own words (its menu button's name, its sidebar's) as a page in `lang`
 * says it: the site's own where Starlight ships none for the language (src/i18n/starlight.ts),
 * else Starlight's translation. Tests find Starlight's controls by these names.
 */
export async function starlightWord(lang: Lang, key: string): Promise<string> {
	const own = STARLIGHT_STRINGS[lang]?.[key];
	if (own) return own;
	const file = new URL(`../../node_modules/@astrojs/starlight/dist/translations/${lang}.js`, import.meta.url);
	const words: Readonly<Record<string, string>> = (await import(file.href)).default;
	const word = words[key];
	if (!word) throw new Error(`Starlight has no "${key}" in ${lang}: give it in src/i18n/starlight.ts`);
	return word;
}
