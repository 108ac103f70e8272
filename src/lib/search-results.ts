/**
 * Which of a page's sections Pagefind's result lists under it. Pagefind's UI keeps the three
 * sections with the most matched words, in the page's order; Japanese queries are cut into
 * words and particles (「身に覚えのない」: 身・に・覚え・の・ない), which match almost every
 * section, so the three with the most text won and the answer the reader typed the heading of
 * was left out. Here a section whose heading holds the whole query comes first, then as many of
 * the others as fit in three, so the UI shows them as given.
 */
export interface SubResult {
	title?: string;
	url: string;
	locations: readonly number[];
}

/** How many sections Pagefind's UI lists under a page without thinning them. */
const SHOWN = 3;

const compact = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

export function headingsFirst<S extends SubResult>(subs: readonly S[], pageUrl: string, term: string): S[] {
	const query = compact(term);
	// The page's own entry (its top, before the first heading) stays first, as the UI expects it.
	const root = subs[0]?.url === pageUrl ? subs.slice(0, 1) : [];
	const sections = subs.slice(root.length);
	const named = query ? sections.filter((s) => compact(s.title ?? '').includes(query)) : [];
	if (named.length === 0) return [...subs];
	const others = sections
		.filter((s) => !named.includes(s))
		.sort((a, b) => b.locations.length - a.locations.length)
		.slice(0, Math.max(0, SHOWN - named.length));
	return [...root, ...named, ...others];
}
