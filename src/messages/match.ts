/**
 * The message lookup's filter, shared by the page's script and the tests: no DOM, no words.
 *
 * A student reads a code or a line off the screen, often typed with a Japanese keyboard: NFKC
 * makes full-width letters and digits ("ＡＡＤＳＴＳ５００７６") and half-width katakana the
 * forms the page uses, and curly and straight apostrophes are one. Spaces are dropped on both
 * sides, since Japanese puts none between words and the page puts one between Latin letters and
 * kana ("SMS で"): each word typed must appear somewhere in the entry, in any order. A code's
 * "AADSTS" is left off (some screens and logs give the number alone, as 500121), so "50076",
 * "AADSTS50076" and "aadsts 50076" all find AADSTS50076, and "AADSTS500121" finds 500121.
 */
export function normalise(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[‘’′`]/g, "'")
		.replace(/[“”]/g, '"');
}

/** The words of a query, each without spaces. */
export function queryTerms(query: string): string[] {
	const terms = normalise(query)
		.split(/\s+/)
		.map((term) => term.replace(/^["'「『(（]+|["'」』)）.。、,:：]+$/g, '').replace(/^aadsts(?=\d)/, ''))
		.filter(Boolean);
	return terms.length > 1 ? terms.filter((term) => term !== 'aadsts') : terms;
}

/** An entry's text as the filter compares it. */
export const haystackOf = (text: string): string => normalise(text).replace(/\s+/g, '');

/** Whether an entry (its haystack) answers the query: every word of it is there; an empty query keeps all. */
export function matchesQuery(haystack: string, query: string): boolean {
	return queryTerms(query).every((term) => haystack.includes(term));
}
