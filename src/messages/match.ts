import { fold, terms } from '../i18n/fold';

/**
 * The message lookup's filter, shared by the page's script and the tests: no DOM, no words.
 * Text is folded as the screen finder's is (src/i18n/fold.ts: full-width forms, case, quotes,
 * spaces), and each word typed must appear somewhere in the entry, in any order. Quotes and
 * brackets around a word read off a screen go. A code's "AADSTS" is left off (some screens and
 * logs give the number alone, as 500121), so "50076", "AADSTS50076" and "aadsts 50076" all find
 * AADSTS50076, and "AADSTS500121" finds 500121.
 */

/** The words of a query, each folded. */
export function queryTerms(query: string): string[] {
	const words = terms(query)
		.map((term) => term.replace(/^["'「『(（]+|["'」』)）.。、,:：]+$/g, '').replace(/^aadsts(?=\d)/, ''))
		.filter(Boolean);
	return words.length > 1 ? words.filter((term) => term !== 'aadsts') : words;
}

/** An entry's text as the filter compares it. */
export const haystackOf = fold;

/** Whether an entry (its haystack) answers the query: every word of it is there; an empty query keeps all. */
export function matchesQuery(haystack: string, query: string): boolean {
	return queryTerms(query).every((term) => haystack.includes(term));
}
