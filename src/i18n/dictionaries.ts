import en from './en';
import ja from './ja';

/**
 * Every language's dictionary, by its code in LOCALES (./locales.ts): the one place where a
 * language's strings are registered. index.ts gives it its type, so a language in LOCALES
 * without a dictionary here is a type error there. A module of its own so that a build can
 * swap the whole set (tests/support/other-site.ts builds the site with a third language).
 */
export const DICTIONARIES = { ja, en };
