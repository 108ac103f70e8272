/**
 * Stands in for `@pagefind/default-ui` (see the alias in astro.config.mjs). Starlight
 * imports the search UI as soon as every page is idle: about 26 KB gzip, most of what a
 * reading page fetches, and the bulk of a practice page's budget, although few readers
 * ever search. This stand-in takes the same options but fetches the real UI only when a
 * reader shows intent: hovering, focusing or pressing the search button, or opening the
 * search dialog (Ctrl+K included). The dialog opens at once; the box appears as soon as
 * the code arrives (from the same origin, a few milliseconds) and takes the focus.
 *
 * It also gives the UI what Starlight does not: the page's language's words for every line the
 * UI writes (Starlight passes only the box's placeholder for Japanese, and the UI's own choice
 * by the page's language is gone from its bundled build, so "5 results for" and "Clear" showed
 * in English), read from the page (Search.astro writes them from the dictionaries); and the
 * sections whose heading holds the query first under their page (search-results.ts), without the
 * metadata that only ranks.
 */
import { headingsFirst, type SubResult } from './search-results';

interface Result {
	url: string;
	meta?: Record<string, string>;
	sub_results: SubResult[];
}

/**
 * Metadata that ranks a page and is not shown: a troubleshooting answer's heading, as `answer`
 * (src/components/helpdesk/topics.ts, searchFirst), which the UI would list as a tag under the page.
 */
const RANKING_ONLY = ['answer'];

interface Options {
	element: string;
	translations?: Record<string, string>;
	processResult?: (result: Result) => Result | undefined;
	[key: string]: unknown;
}

/** The UI's words in the page's language, as Search.astro writes them. */
function pageWords(): Record<string, string> {
	const json = document.querySelector<HTMLElement>('[data-pagefind-words]')?.dataset.pagefindWords;
	try {
		return json ? JSON.parse(json) : {};
	} catch {
		return {};
	}
}

/** Starlight's options, with the page's words and the sections that name the query first. */
function withOurs(options: Options): Options {
	let term = '';
	return {
		...options,
		translations: { ...options.translations, ...pageWords() },
		processTerm: (typed: string) => {
			term = typed;
			return typed;
		},
		processResult: (result: Result) => {
			const processed = options.processResult?.(result) ?? result;
			for (const field of RANKING_ONLY) delete processed.meta?.[field];
			processed.sub_results = headingsFirst(processed.sub_results, processed.url, term);
			return processed;
		},
	};
}

export class PagefindUI {
	constructor(options: Options) {
		const container = document.querySelector(options.element);
		const dialog = container?.closest('dialog');
		const button = document.querySelector<HTMLButtonElement>('button[data-open-modal]');
		let loading: Promise<void> | undefined;
		const load = () =>
			(loading ??= import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs').then(({ PagefindUI: Real }) => {
				new Real(withOurs(options));
				// Starlight focused the box on opening, before it existed.
				if (dialog?.open) container?.querySelector<HTMLInputElement>('input')?.focus();
			}));
		for (const type of ['pointerenter', 'focus', 'pointerdown', 'touchstart'] as const) {
			button?.addEventListener(type, load, { once: true, passive: true });
		}
		if (!dialog || dialog.open) {
			void load();
			return;
		}
		const observer = new MutationObserver(() => {
			if (!dialog.open) return;
			observer.disconnect();
			void load();
		});
		observer.observe(dialog, { attributes: true, attributeFilter: ['open'] });
	}
}
