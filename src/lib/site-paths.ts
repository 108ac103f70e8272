import { type Lang, LOCALES } from '../i18n/locales';
import type { Edition, Method, Task } from '../methods';

/**
 * Every localized path the site makes: pages, steps, the simulator, the language switch,
 * and the content entries behind them. Every page path goes through Astro's base so that
 * a sub-path deployment (BASE_PATH=/mfa/) keeps working.
 */

/** The base without its trailing slash: "" at the root, "/mfa" under a sub-path. */
export function baseOf(base: string = import.meta.env.BASE_URL): string {
	return base.replace(/\/+$/, '');
}

/** "" for the root language (Japanese), "/<lang>" for the others, e.g. "/en". */
export const localePrefix = (lang: Lang) => (LOCALES[lang].root ? '' : `/${lang}`);

/** A page of the site in a language, e.g. sitePath('en', '/push/') → "/mfa/en/push/". */
export function sitePath(lang: Lang, path: string, base?: string): string {
	return `${baseOf(base)}${localePrefix(lang)}${path}`;
}

/** Where an edition's pages live: today's at the chapters' own addresses, the manual's under /manual/. */
export const editionPrefix = (edition: Edition) => (edition === 'manual' ? '/manual' : '');

/** A chapter: chapterPath('en', 'push') → "/mfa/en/push/", chapterPath('ja', 'push', 'manual') → "/mfa/manual/push/". */
export const chapterPath = (lang: Lang, method: Method | Task, edition: Edition = 'today', base?: string) =>
	sitePath(lang, `${editionPrefix(edition)}/${method}/`, base);

/** A step in its chapter: the link a helpdesk sends. */
export const stepPath = (lang: Lang, method: Method, id: string, edition: Edition = 'today', base?: string) =>
	`${chapterPath(lang, method, edition, base)}#${id}`;

/** A method's simulator: /practice/<method>/ plays today's screens, /manual/practice/<method>/ the manual's. */
export const simulatorPath = (lang: Lang, method: Method | Task, edition: Edition = 'today', base?: string) =>
	sitePath(lang, `${editionPrefix(edition)}/practice/${method}/`, base);

/** The simulator opened at a step. */
export const practicePath = (lang: Lang, method: Method | Task, id: string, edition: Edition = 'today', base?: string) =>
	`${simulatorPath(lang, method, edition, base)}?step=${encodeURIComponent(id)}`;

/** Which edition a content entry belongs to, from its id ("manual/push", "en/manual/practice/sms" → manual). */
export function editionOf(entry: string): Edition {
	const [first, second] = entry.split('/');
	return first === 'manual' || (first !== undefined && first in LOCALES && second === 'manual') ? 'manual' : 'today';
}

/**
 * A page's entry in the content collection (content/, English under content/en/):
 * entryId('ja', 'practice/push') → "practice/push", entryId('en', 'push') → "en/push".
 */
export const entryId = (lang: Lang, slug: string) => (LOCALES[lang].root ? slug : `${lang}/${slug}`);

/**
 * The same page in another language: strips the base and the current locale's prefix,
 * then adds the target's. Query and hash are left to the caller (the switch adds them in
 * the browser, where it knows which step is being read).
 */
export function otherLanguagePath(pathname: string, from: Lang, to: Lang, base?: string): string {
	const root = baseOf(base);
	let rest = root && pathname.startsWith(root) ? pathname.slice(root.length) : pathname;
	if (!rest.startsWith('/')) rest = `/${rest}`;
	const prefix = localePrefix(from);
	if (prefix && (rest === prefix || rest.startsWith(`${prefix}/`))) rest = rest.slice(prefix.length) || '/';
	return `${root}${localePrefix(to)}${rest}`;
}
