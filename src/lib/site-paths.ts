import type { Method } from '../config/schema';
import type { Lang } from '../steps';

/**
 * Paths the helpdesk tools link to. Every one goes through Astro's base so that a
 * sub-path deployment (BASE_PATH=/mfa/) keeps working, as MethodCards.astro does.
 */

/** The base without its trailing slash: "" at the root, "/mfa" under a sub-path. */
export function baseOf(base: string = import.meta.env.BASE_URL): string {
	return base.replace(/\/+$/, '');
}

/** "/en" for English, "" for Japanese (the root locale). */
export const localePrefix = (lang: Lang) => (lang === 'en' ? '/en' : '');

/** A page of the site in a language, e.g. sitePath('en', '/push/') → "/mfa/en/push/". */
export function sitePath(lang: Lang, path: string, base?: string): string {
	return `${baseOf(base)}${localePrefix(lang)}${path}`;
}

/** A step in its chapter: the link a helpdesk sends. */
export const stepPath = (lang: Lang, method: Method, id: string, base?: string) =>
	sitePath(lang, `/${method}/#${id}`, base);

/** The simulator opened at a step (built by the simulator's team at /practice/<method>/). */
export const practicePath = (lang: Lang, method: Method, id: string, base?: string) =>
	sitePath(lang, `/practice/${method}/?step=${encodeURIComponent(id)}`, base);

/**
 * The same page in the other language: strips the base and the current locale's prefix,
 * then adds the target's. Query and hash are left to the caller (the switch adds them in
 * the browser, where it knows which step is being read).
 */
export function otherLanguagePath(pathname: string, from: Lang, to: Lang, base?: string): string {
	const root = baseOf(base);
	let rest = root && pathname.startsWith(root) ? pathname.slice(root.length) : pathname;
	if (!rest.startsWith('/')) rest = `/${rest}`;
	if (from === 'en') rest = rest.replace(/^\/en(?=\/|$)/, '') || '/';
	return `${root}${localePrefix(to)}${rest}`;
}
