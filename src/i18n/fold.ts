/**
 * What a search compares: a text folded so that the ways a keyboard can type the same words
 * meet. A student reads a screen or a code aloud or types it with a Japanese keyboard: NFKC
 * turns full-width letters and digits and half-width katakana into the forms the site uses
 * (「ｻｲﾝｲﾝ」→「サインイン」, 「１２」→「12」, 「ＡＡＤＳＴＳ」→「AADSTS」), case is folded, curly and
 * straight quotes are one, and spaces go, since Japanese puts none between words while the
 * site puts one between Latin letters and kana ("SMS で"). The screen finder and the message
 * lookup fold with it, at build time (each entry's words once) and in the page (what is typed).
 */
export const fold = (text: string): string =>
	text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[‘’′`]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/\s+/g, '');

/** A query's terms, each folded: an entry matches when its words hold every one. */
export const terms = (query: string): string[] =>
	query
		.normalize('NFKC')
		.split(/\s+/)
		.map(fold)
		.filter((term) => term.length > 0);
