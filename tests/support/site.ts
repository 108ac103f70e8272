import { METHODS, type Method } from '../../src/config/schema';
import { stepsOf, type Lang } from '../../src/steps';

export const LANGS: readonly Lang[] = ['ja', 'en'];

export const prefixOf = (lang: Lang) => (lang === 'en' ? '/en' : '');

export const chapterPath = (lang: Lang, method: Method) => `${prefixOf(lang)}/${method}/`;

/** Every page a reader can land on, in both languages. */
export const PAGES: readonly string[] = LANGS.flatMap((lang) => [
	`${prefixOf(lang)}/`,
	...METHODS.map((m) => chapterPath(lang, m)),
]);

export const CHAPTERS = LANGS.flatMap((lang) =>
	METHODS.map((method) => ({ lang, method, path: chapterPath(lang, method), steps: stepsOf(method) })),
);
