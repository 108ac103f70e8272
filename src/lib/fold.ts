/**
 * What the screen finder compares: a text folded so that the ways a keyboard can type the
 * same words meet. NFKC turns full-width letters and digits and half-width katakana into the
 * forms the screens use (「ｻｲﾝｲﾝ」→「サインイン」, 「１２」→「12」), case is folded, and spaces go,
 * so "Sign in", "signin" and 「サインイン 」 each find what they name. Shared by the build (which
 * folds each screen's words once) and the page's filter (which folds what is typed).
 */
export const fold = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** A query's terms, each folded: a screen matches when its words hold every one. */
export const terms = (query: string): string[] =>
	query
		.normalize('NFKC')
		.split(/\s+/)
		.map(fold)
		.filter((term) => term.length > 0);
