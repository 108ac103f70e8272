/**
 * The site's languages: the one list that the Starlight config, the dictionaries
 * (src/i18n/<lang>.ts), the paths (src/lib/site-paths.ts) and the parity tests read.
 * The root language is served at the site's root, every other one under /<lang>/.
 *
 * - `label`: the language's name in itself, as the language switch shows it.
 * - `intl`: the tag handed to `Intl` (lists, dates). The page's `lang` attribute and
 *   Starlight's locale are the key itself.
 *
 * No strings of the site here, and no imports: client scripts import this file.
 */
export const LOCALES = {
	ja: { label: '日本語', intl: 'ja-JP', root: true },
	en: { label: 'English', intl: 'en', root: false },
} as const;

export type Lang = keyof typeof LOCALES;

/** Every language, the root one first. */
export const LANGS = /* @__PURE__ */ Object.keys(LOCALES) as Lang[];

/** The language served at the site's root (Japanese). */
export const ROOT_LANG = /* @__PURE__ */ LANGS.find((lang) => LOCALES[lang].root) as Lang;

/** Every language but the root one: each has its pages under content/<lang>/ and its paths under /<lang>/. */
export const OTHER_LANGS = /* @__PURE__ */ LANGS.filter((lang) => lang !== ROOT_LANG);

export const isLang = (value: unknown): value is Lang => typeof value === 'string' && Object.hasOwn(LOCALES, value);

/**
 * The language of a page from Starlight's route data: its `lang` ("ja", "en") or its
 * `locale` (the first path segment, undefined at the root). Anything else is the root language.
 */
export const langOf = (locale: string | undefined): Lang => (isLang(locale) ? locale : ROOT_LANG);
