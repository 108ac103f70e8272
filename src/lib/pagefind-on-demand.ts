/**
 * Stands in for `@pagefind/default-ui` (see the alias in astro.config.mjs). Starlight
 * imports the search UI as soon as every page is idle: about 26 KB gzip, most of what a
 * reading page fetches, and the bulk of a practice page's budget, although few readers
 * ever search. This stand-in takes the same options but fetches the real UI only when a
 * reader shows intent: hovering, focusing or pressing the search button, or opening the
 * search dialog (Ctrl+K included). The dialog opens at once; the box appears as soon as
 * the code arrives (from the same origin, a few milliseconds) and takes the focus.
 */

interface Options {
	element: string;
	[key: string]: unknown;
}

export class PagefindUI {
	constructor(options: Options) {
		const container = document.querySelector(options.element);
		const dialog = container?.closest('dialog');
		const button = document.querySelector<HTMLButtonElement>('button[data-open-modal]');
		let loading: Promise<void> | undefined;
		const load = () =>
			(loading ??= import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs').then(({ PagefindUI: Real }) => {
				new Real(options);
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
