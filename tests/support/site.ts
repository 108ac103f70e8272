import { METHODS, type Method } from '../../src/config/schema';
import { LANGS, type Lang } from '../../src/i18n/locales';
import { localePrefix } from '../../src/lib/site-paths';
import { stepsOf } from '../../src/steps';

export { LANGS };

/** "" for the root language, "/en" for English: the site's paths, without a base. */
export const prefixOf = localePrefix;

export const chapterPath = (lang: Lang, method: Method) => `${prefixOf(lang)}/${method}/`;

/** The helpdesk tools' reading pages (issue 6), in the sidebar's order. */
export const TOOL_SLUGS = ['choose', 'troubleshooting', 'helpdesk'] as const;
export const toolPath = (lang: Lang, slug: (typeof TOOL_SLUGS)[number]) => `${prefixOf(lang)}/${slug}/`;

export const practicePath = (lang: Lang, method: Method) => `${prefixOf(lang)}/practice/${method}/`;
export const pairingPath = (lang: Lang) => `${prefixOf(lang)}/pairing/`;

/** Every page a reader can land on, in both languages: the sweeps in pages.spec and a11y.spec cover them all. */
export const PAGES: readonly string[] = LANGS.flatMap((lang) => [
	`${prefixOf(lang)}/`,
	...METHODS.map((m) => chapterPath(lang, m)),
	...TOOL_SLUGS.map((slug) => toolPath(lang, slug)),
	...METHODS.map((m) => practicePath(lang, m)),
	pairingPath(lang),
]);

export const CHAPTERS = LANGS.flatMap((lang) =>
	METHODS.map((method) => ({ lang, method, path: chapterPath(lang, method), steps: stepsOf(method) })),
);
