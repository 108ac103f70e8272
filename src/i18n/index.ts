import type { Method, Phase } from '../methods';
import { DICTIONARIES as REGISTERED } from './dictionaries';
import { fill, type Values } from './format';
import type ja from './ja';
import { type Lang, ROOT_LANG } from './locales';

/**
 * The site's strings: one dictionary per language (ja.ts defines the keys, en.ts has the
 * same keys), read through t(). The list of languages is src/i18n/locales.ts; fill() and
 * listOf() are in src/i18n/format.ts (no dictionaries there, so client scripts may import it).
 *
 * A client script never imports this module (it would bundle every dictionary): its page
 * hands it the strings it needs as JSON, made at build time with pick().
 */

export { fill, fillParts, listOf, type Values } from './format';
export { isLang, LANGS, type Lang, LOCALES, langOf, OTHER_LANGS, ROOT_LANG } from './locales';

export type Key = keyof typeof ja;
export type Dictionary = Readonly<Record<Key, string>>;

/** Every language's dictionary (./dictionaries.ts). A language added to LOCALES without one is a type error here. */
export const DICTIONARIES: Readonly<Record<Lang, Dictionary>> = REGISTERED;

/** The text of a key in a language, with its `{placeholders}` filled from `values`. */
export function t(lang: Lang, key: Key, values?: Values): string {
	const text = DICTIONARIES[lang][key];
	return values ? fill(text, values) : text;
}

/*
 * Lists and counts in running text, from each language's dictionary (list.*, count.*) rather
 * than from Intl: the pages' own ways are not Intl's (English pages write "A, B or C" where
 * Intl writes "A, B, or C"; Japanese ones list alternatives as "A、B" in brackets where Intl
 * writes "AまたはB"), Intl spells out no numbers ("two methods"), and a language Intl lacks
 * still writes its lists. listOf() (Intl) joins the labels in the pictures' descriptions.
 */

export type Conjunction = 'and' | 'or';

/**
 * What goes before each of `count` items of a list in running text: nothing before the first,
 * the list's separator between, and before the last the conjunction ("A, B or C", "A、B、C"),
 * or the separator where there is none ("A, B, C"). With `numbers`, for method numbers
 * ("3・4", "3 or 4"). For a list of links or other elements, which listText() cannot join.
 */
export function listGlue(lang: Lang, count: number, conjunction?: Conjunction, numbers = false): string[] {
	const sep = t(lang, numbers ? 'list.numbers.sep' : 'list.sep');
	const conjunctions = { and: numbers ? 'list.numbers.and' : 'list.and', or: numbers ? 'list.numbers.or' : 'list.or' } as const;
	const last = conjunction ? t(lang, conjunctions[conjunction]) : sep;
	return Array.from({ length: count }, (_, i) => (i === 0 ? '' : i === count - 1 ? last : sep));
}

/** A list in running text: "A、B" / "A, B and C" (or "A, B or C"); with `numbers`, "3・4" / "3 and 4". */
export function listText(lang: Lang, items: readonly string[], conjunction: Conjunction = 'and', numbers = false): string {
	const glue = listGlue(lang, items.length, conjunction, numbers);
	return items.map((item, i) => `${glue[i]}${item}`).join('');
}

/** How many, in running text: "4 つ" / "four" (count.words spells the numbers 0–10 where the language does). */
export function countText(lang: Lang, count: number): string {
	const words = t(lang, 'count.words').split('|');
	return t(lang, 'count.text', { n: words[count] ?? String(count) });
}

/** Whether a string made at run time (e.g. "guide." + a step id) is a key. */
export const isKey = (key: string): key is Key => Object.hasOwn(DICTIONARIES[ROOT_LANG], key);

/** The keys that start with one of the given prefixes, e.g. KeysWith<'pairing.'>. */
export type KeysWith<Prefix extends string> = Extract<Key, `${Prefix}${string}`>;

/** The strings pick() returns: exactly the keys with those prefixes. */
export type Picked<Prefix extends string> = { [K in KeysWith<Prefix>]: string };

/**
 * The strings a client script needs, as one JSON-ready object: only the keys that start
 * with one of the prefixes (a whole key is its own prefix), in the dictionary's order, so
 * a page ships the words it can show and no more. E.g. pick(lang, ['pairing.diagram.left']).
 */
export function pick<const Prefix extends string>(lang: Lang, prefixes: readonly Prefix[]): Picked<Prefix> {
	return Object.fromEntries(
		Object.entries(DICTIONARIES[lang]).filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix))),
	) as Picked<Prefix>;
}

/** The keys the simulator (src/screens/, src/islands/simulator/) owns, by prefix. */
export const SIMULATOR_PREFIXES = ['practice.', 'pc.', 'phone.', 'error.', 'alt.'] as const;
export type SimulatorKey = KeysWith<(typeof SIMULATOR_PREFIXES)[number]>;

// Keys made from a value: each is checked against the dictionary by the type checker.
export const phaseKey = (phase: Phase) => `phase.${phase}` as const satisfies Key;
/** A phase named mid-sentence ("App code: first-time registration, step 4"). */
export const phaseInlineKey = (phase: Phase) => `steplink.phase.${phase}` as const satisfies Key;
export const methodKey = (method: Method) => `method.${method}` as const satisfies Key;
export const methodShortKey = (method: Method) => `method.short.${method}` as const satisfies Key;
