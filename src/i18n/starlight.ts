import type { Lang } from './locales';

/**
 * Starlight's own words (the search, theme and language controls, the menu, "on this page",
 * previous and next, asides) for a language that Starlight does not ship. It ships Japanese
 * and English (node_modules/@astrojs/starlight/dist/translations/), so nothing is needed here
 * for them; a language it lacks would otherwise show the root language's words (Japanese).
 * Keys as in Starlight's en.js, e.g. `'tableOfContents.onThisPage': 'On this page'`;
 * src/content.config.ts hands them to Starlight as its i18n collection.
 */
export const STARLIGHT_STRINGS: Partial<Record<Lang, Readonly<Record<string, string>>>> = {};
